/**
 * Issue 10 through the API: every coefficient per field, bulk acceptance of unanimous items
 * with a reason per item, an item's paragraph and its notice's source for participants, the
 * wide export and the class summary's agreement and reasons.
 *
 * The notice has five items: A committee/[other]/obl, B committee/[reporting]/obl,
 * C committee/[staffing]/obl (one paragraph, A B C in that order), D grassroots/[publicity]/obl,
 * E member/[other]/mixed. P1, P2, P3 code A, B, C as the extractor reads them; D: P1 and P2
 * as read, P3 member/[publicity]/obl; E: P1 and P2 as read, P3 not at all.
 *
 * Overall, tier field: A, B, C [3,0,0]; D [0,2,1]; E [0,0,2] (committee, grassroots, member).
 *   P̄ = (1+1+1+1/3+1)/5 = 13/15; n = 14 (committee 9, grassroots 2, member 3);
 *   Fleiss P̄e = (81+4+9)/196; κ = (13/15 − 94/196)/(1 − 94/196);
 *   Σ o_cc = 3+3+3+1+2 = 12; α = 1 − 13 · (14 − 12)/(196 − 94) = 1 − 26/102.
 * Committee tier, tier field: every coding "committee": flagged skewed, κ and α undefined,
 *   observed agreement 1 and AC1 1.
 */
import { beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import {
  AcceptUnanimousResponseSchema,
  AdjudicationResponseSchema,
  AgreementResponseSchema,
  ExerciseSourceResponseSchema,
  ITEM_TYPES,
  LEVELS,
  LEVEL_LABELS,
  MODALITIES,
  type ExerciseItem,
  type ItemType,
  type Level,
  type Modality,
} from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { MODALITY_LABELS, TYPE_LABELS } from "../src/modules/exports/export-rows";
import { signedIn, type SignedIn } from "./agents";
import {
  classSummaryOf,
  createExercise,
  createInvite,
  importNotice,
  itemsOf,
  joinAsNewParticipant,
  review,
} from "./exercise-fixtures";
import { expectError, SAMPLE_NOTICE } from "./helpers";

const NOTICE = [
  "各市（州）党委，省直各部门党组（党委）：",
  "为做好当前防汛救灾工作，现就有关事项通知如下。",
  "一、加强组织领导",
  "各级党委（党组）要切实加强组织领导。各级党委要及时向省委报告工作进展情况。组织部门要选派优秀干部充实一线工作队伍。",
  "二、做好宣传引导",
  "基层党组织要广泛开展宣传引导。广大党员要带头遵守防汛纪律，不得擅离职守。",
  "中共某某省委",
  "2021年7月20日",
].join("\n");

let instructor: SignedIn;
let exerciseId: string;
let documentId: string;
let otherDocumentId: string;
let items: ExerciseItem[];
let participants: { agent: SignedIn["agent"]; id: string }[];

const code = (level: Level, types: ItemType[], modality: Modality) => ({
  reviewed: true,
  coding: { level, types, modality },
});
const asRead = (item: ExerciseItem) =>
  code(item.reading!.level, item.reading!.types, item.reading!.modality);

beforeAll(async () => {
  instructor = await signedIn("instructor");
  const document = await importNotice(instructor.agent, NOTICE, "组织领导通知");
  documentId = document.id;
  otherDocumentId = (await importNotice(instructor.agent, SAMPLE_NOTICE.replaceAll("防汛", "防火")))
    .id;
  const exercise = await createExercise(instructor.agent, {
    documentIds: [document.id],
    blind: false,
  });
  exerciseId = exercise.id;
  const { token } = await createInvite(instructor.agent, exerciseId);
  const joined = [];
  for (const name of ["P1", "P2", "P3"]) joined.push(await joinAsNewParticipant(token, name));
  participants = joined.map((p) => ({ agent: p.agent, id: p.user.id }));
  items = await itemsOf(instructor.agent, exerciseId);
  expect(items.map((i) => [i.reading?.level, i.reading?.types])).toEqual([
    ["committee", ["other"]],
    ["committee", ["reporting"]],
    ["committee", ["staffing"]],
    ["grassroots", ["publicity"]],
    ["member", ["other"]],
  ]);
  const [A, B, C, D, E] = items.map((i) => i) as [
    ExerciseItem,
    ExerciseItem,
    ExerciseItem,
    ExerciseItem,
    ExerciseItem,
  ];
  for (const p of participants) {
    for (const item of [A, B, C]) await review(p.agent, exerciseId, item, asRead(item));
  }
  const [p1, p2, p3] = participants as [
    (typeof participants)[number],
    (typeof participants)[number],
    (typeof participants)[number],
  ];
  await review(p1.agent, exerciseId, D, asRead(D));
  await review(p2.agent, exerciseId, D, asRead(D));
  await review(p3.agent, exerciseId, D, code("member", ["publicity"], "obligation"));
  await review(p1.agent, exerciseId, E, asRead(E));
  await review(p2.agent, exerciseId, E, asRead(E));
});

describe("agreement per field", () => {
  it("when three participants have coded, then every coefficient matches the hand count, with intervals, pairs and tables", async () => {
    const res = await instructor.agent.get(`/api/exercises/${exerciseId}/agreement`);
    expect(res.status).toBe(200);
    const body = AgreementResponseSchema.parse(res.body);
    expect(body.participants.map((p) => p.name)).toEqual(["P1", "P2", "P3"]);
    const level = body.overall.fields.find((f) => f.field === "level")!;
    expect(level.units).toBe(5);
    expect(level.codings).toBe(14);
    expect(level.class.observed.value).toBeCloseTo(13 / 15, 12);
    const pe = 94 / 196;
    expect(level.class.fleiss.value).toBeCloseTo((13 / 15 - pe) / (1 - pe), 12);
    expect(level.class.alpha.value).toBeCloseTo(1 - 26 / 102, 12);
    expect(level.class.ac1.value).not.toBeNull();
    for (const key of ["observed", "fleiss", "alpha", "ac1"] as const) {
      const e = level.class[key];
      expect(e.low).not.toBeNull();
      expect(e.low!).toBeLessThanOrEqual(e.value! + 1e-12);
      expect(e.high!).toBeGreaterThanOrEqual(e.value! - 1e-12);
    }
    expect(level.pairs.map((p) => [p.units, p.agreement])).toEqual([
      [5, 1],
      [4, 0.75],
      [4, 0.75],
    ]);
    // Rows: the reading; columns: codings. D (grassroots) got grassroots ×2 and member ×1.
    expect(level.confusion).toEqual([
      [9, 0, 0],
      [0, 2, 1],
      [0, 0, 2],
    ]);
    // Nothing adjudicated yet: no item to compare with an answer.
    expect(level.participants.every((p) => p.units === 0 && p.kappa === null)).toBe(true);
    expect(level.extractor.class).toBeCloseTo((1 + 1 + 1 + 2 / 3 + 1) / 5, 12);

    const committee = body.tiers.find((t) => t.level === "committee")!;
    const committeeLevel = committee.fields.find((f) => f.field === "level")!;
    expect(committeeLevel).toMatchObject({
      skewed: true,
      dominant: { category: "committee", share: 1 },
    });
    expect(committeeLevel.class.fleiss.value).toBeNull();
    expect(committeeLevel.class.alpha.value).toBeNull();
    expect(committeeLevel.class.observed.value).toBe(1);
    expect(committeeLevel.class.ac1.value).toBeCloseTo(1, 12);
    expect(committee.fields.map((f) => f.field)).toEqual(["level", "modality", ...ITEM_TYPES]);
  });

  it("when asked twice, then the intervals are the same (seeded)", async () => {
    const first = await instructor.agent.get(`/api/exercises/${exerciseId}/agreement`);
    const second = await instructor.agent.get(`/api/exercises/${exerciseId}/agreement`);
    expect(second.body).toEqual(first.body);
  });
});

describe("adjudication at scale", () => {
  it("when the queue is read, then each item says whether it is unanimous, disputed, or differs from the extractor", async () => {
    const queue = AdjudicationResponseSchema.parse(
      (await instructor.agent.get(`/api/exercises/${exerciseId}/adjudication`)).body,
    );
    const byId = new Map(queue.items.map((i) => [i.id, i]));
    const [A, , , D, E] = items;
    expect(byId.get(A!.id)).toMatchObject({
      unanimous: true,
      disputed: false,
      differsFromExtractor: false,
    });
    expect(byId.get(D!.id)).toMatchObject({
      unanimous: false,
      disputed: true,
      differsFromExtractor: true,
    });
    expect(byId.get(E!.id)).toMatchObject({ unanimous: true });
    // Most disputed first.
    expect(queue.items[0]?.id).toBe(D!.id);
  });

  it("when the body is wrong, then 400 with the field's path and nothing is stored", async () => {
    const url = `/api/exercises/${exerciseId}/adjudication/unanimous`;
    const wrongType = expectError(
      await instructor.agent.post(url).send({ note: 12 }),
      400,
      "VALIDATION_FAILED",
    );
    expect(wrongType.issues?.map((i) => i.path)).toEqual(["body.note"]);
    const extra = expectError(
      await instructor.agent.post(url).send({ note: "ok", all: true }),
      400,
      "VALIDATION_FAILED",
    );
    expect(extra.issues?.[0]?.path).toMatch(/^body/);
    const long = expectError(
      await instructor.agent.post(url).send({ note: "x".repeat(2001) }),
      400,
      "VALIDATION_FAILED",
    );
    expect(long.issues?.map((i) => i.path)).toEqual(["body.note"]);
    expect(await prisma.adjudication.count({ where: { exerciseId } })).toBe(0);
  });

  it("when the instructor accepts all unanimous items, then each open unanimous item equal to the extractor is settled with its own reason, and a second call settles nothing", async () => {
    const url = `/api/exercises/${exerciseId}/adjudication/unanimous`;
    const res = await instructor.agent.post(url).send({ note: "第三周讨论" });
    expect(res.status).toBe(200);
    const body = AcceptUnanimousResponseSchema.parse(res.body);
    const [A, B, C, D, E] = items;
    expect(new Set(body.accepted)).toEqual(new Set([A!.id, B!.id, C!.id, E!.id]));
    const stored = await prisma.adjudication.findMany({
      where: { exerciseId },
      select: { itemId: true, decision: true, reason: true },
    });
    expect(stored).toHaveLength(4);
    expect(stored.find((s) => s.itemId === A!.id)).toEqual({
      itemId: A!.id,
      decision: "accept-extractor",
      // The instructor's language is Chinese (the default).
      reason: "全体一致：编码该条目的 3 名参与者均选择了抽取器的判读。 第三周讨论",
    });
    expect(stored.find((s) => s.itemId === E!.id)?.reason).toMatch(
      /^全体一致：编码该条目的 2 名参与者/,
    );
    expect(stored.some((s) => s.itemId === D!.id)).toBe(false);
    const queue = AdjudicationResponseSchema.parse(
      (await instructor.agent.get(`/api/exercises/${exerciseId}/adjudication`)).body,
    );
    expect(queue.items.find((i) => i.id === D!.id)?.adjudication).toBeNull();
    expect(
      queue.items
        .filter((i) => i.adjudication !== null)
        .map((i) => i.id)
        .sort(),
    ).toEqual([A!.id, B!.id, C!.id, E!.id].sort());
    // Settled items go after the open ones.
    expect(queue.items[0]?.id).toBe(D!.id);

    const again = AcceptUnanimousResponseSchema.parse((await instructor.agent.post(url)).body);
    expect(again.accepted).toEqual([]);
  });

  it("when the extractor's reading is accepted with a reason, then the reason is stored", async () => {
    const D = items[3]!;
    const res = await instructor.agent
      .post(`/api/exercises/${exerciseId}/adjudication/${D.id}`)
      .send({ decision: "accept-extractor", reason: "P3 misread the bearer" });
    expect(res.status).toBe(200);
    const row = await prisma.adjudication.findFirstOrThrow({
      where: { exerciseId, itemId: D.id },
    });
    expect(row.reason).toBe("P3 misread the bearer");
  });

  it("when items are adjudicated, then each participant and the extractor are compared with the answer", async () => {
    const body = AgreementResponseSchema.parse(
      (await instructor.agent.get(`/api/exercises/${exerciseId}/agreement`)).body,
    );
    expect(body.overall.adjudicated).toBe(5);
    const level = body.overall.fields.find((f) => f.field === "level")!;
    expect(level.participants.map((p) => [p.units, p.agreement])).toEqual([
      [5, 1],
      [5, 1],
      [4, 0.75],
    ]);
    expect(level.extractor.answer).toMatchObject({ units: 5, agreement: 1 });
  });
});

describe("context while coding", () => {
  it("when a participant lists items, then each carries the units before and after it in its paragraph", async () => {
    const [A, B, C] = items;
    const mine = await itemsOf(participants[0]!.agent, exerciseId);
    const b = mine.find((i) => i.id === B!.id)!;
    expect(b.context).toEqual({ before: A!.text, after: C!.text });
    const a = mine.find((i) => i.id === A!.id)!;
    expect(a.context).toEqual({ before: "", after: `${B!.text}${C!.text}` });
    expect(b.section).toMatchObject({ number: "一、", heading: "加强组织领导" });
    expect(b.document.title).toBe("组织领导通知");
  });

  it("when a participant of a blind exercise has not submitted, then the context is there and the reading is not", async () => {
    const blind = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: true,
    });
    const { token } = await createInvite(instructor.agent, blind.id);
    const p = await joinAsNewParticipant(token, "Blind");
    const listed = await itemsOf(p.agent, blind.id);
    expect(listed[1]?.context.before).toBe(items[0]!.text);
    expect(listed[1]?.reading).toBeNull();
    const source = await p.agent.get(`/api/exercises/${blind.id}/documents/${documentId}/source`);
    expect(source.status).toBe(200);
    const body = ExerciseSourceResponseSchema.parse(source.body);
    expect(body.text).toBe(NOTICE);
    expect(body.sections.map((s) => s.heading)).toEqual([null, "加强组织领导", "做好宣传引导"]);
    // Only text: nothing of the extractor's reading.
    expect(JSON.stringify(source.body)).not.toMatch(/"level"|"types"|"modality"|"cues"/);
  });

  it("when the notice is not part of the exercise, then 404", async () => {
    const res = await participants[0]!.agent.get(
      `/api/exercises/${exerciseId}/documents/${otherDocumentId}/source`,
    );
    expectError(res, 404, "NOT_FOUND");
  });
});

describe("class outputs", () => {
  it("when exported wide, then one row per item with a column group per participant, in the screen's words", async () => {
    const res = await instructor.agent.get(`/api/exercises/${exerciseId}/export.csv?layout=wide`);
    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toMatch(/-wide-/);
    const lines = res.text.slice(1).trimEnd().split("\r\n");
    const header = lines[0]!.split(",");
    expect(header).toContain("P1：层级");
    expect(header).toContain("P3：备注");
    expect(header).toContain("裁定理由");
    expect(lines).toHaveLength(1 + 5);
    const col = (name: string) => header.indexOf(name);
    const last = lines[5]!.split(",");
    expect(last[col("P1：语气")]).toBe("兼有");
    expect(last[col("P3：层级")]).toBe("");
    expect(last[col("P3：已审阅")]).toBe("否");
  });

  it("when the layout is unknown, then 400 at query.layout", async () => {
    const error = expectError(
      await instructor.agent.get(`/api/exercises/${exerciseId}/export.csv?layout=tall`),
      400,
      "VALIDATION_FAILED",
    );
    expect(error.issues?.map((i) => i.path)).toEqual(["query.layout"]);
  });

  it("the exports' labels are the screen's, in both languages", () => {
    const locales = path.resolve(__dirname, "../../client/src/locales");
    for (const language of ["en", "zh"] as const) {
      const common = JSON.parse(
        fs.readFileSync(path.join(locales, language, "common.json"), "utf8"),
      ) as {
        type: Record<string, string>;
        modality: Record<string, string>;
        level?: Record<string, string>;
      };
      for (const type of ITEM_TYPES) expect(TYPE_LABELS[type][language]).toBe(common.type[type]);
      for (const m of MODALITIES) expect(MODALITY_LABELS[m][language]).toBe(common.modality[m]);
      if (common.level) {
        for (const l of LEVELS) expect(LEVEL_LABELS[l][language]).toBe(common.level[l]);
      }
    }
  });

  it("when printed, then each tier carries its agreement figures and each item its adjudication's reason", async () => {
    const { data: summary } = await classSummaryOf(instructor.agent, exerciseId);
    const committee = summary.tiers.find((t) => t.level === "committee")!;
    const level = committee.agreement.find((f) => f.field === "level")!;
    expect(level.skewed).toBe(true);
    expect(level.class.ac1.value).toBeCloseTo(1, 12);
    const grassroots = summary.tiers.find((t) => t.level === "grassroots")!;
    expect(grassroots.items[0]?.adjudication).toMatchObject({
      decision: "accept-extractor",
      reason: "P3 misread the bearer",
    });
    expect(committee.items[0]?.adjudication?.reason).toMatch(/^全体一致/);
  });
});

describe("paragraphContext", () => {
  it("takes at most two units each side, a second only while short, never across a section or a line", async () => {
    const { paragraphContext, CONTEXT_CHARS } =
      await import("../src/modules/exercises/item-context");
    //           0123456789...
    const text = "甲。乙。丙。丁。戊。\n己。";
    const unit = (start: number, sectionIndex = 1) => ({ start, end: start + 2, sectionIndex });
    const units = [unit(0, 0), unit(2), unit(4), unit(6), unit(8), unit(11)];
    // Item 丙 (4–6): before 乙 (甲 is another section), after 丁戊; 己 is on the next line.
    expect(paragraphContext(text, units, { start: 4, end: 6, sectionIndex: 1 })).toEqual({
      before: "乙。",
      after: "丁。戊。",
    });
    const long = "长".repeat(CONTEXT_CHARS);
    const longText = `${long}。短。项。`;
    const longUnits = [
      { start: 0, end: long.length + 1, sectionIndex: 1 },
      { start: long.length + 1, end: long.length + 3, sectionIndex: 1 },
    ];
    // The nearest unit always; the long one behind it would pass the limit.
    expect(
      paragraphContext(longText, longUnits, {
        start: long.length + 3,
        end: long.length + 5,
        sectionIndex: 1,
      }).before,
    ).toBe("短。");
  });
});
