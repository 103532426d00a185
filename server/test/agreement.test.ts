/**
 * Agreement and adjudication through the API, against values worked out by hand below.
 *
 * The sample notice gives four items: C1 committee/[reporting]/obligation,
 * G grassroots/[publicity]/obligation, M member/[other]/mixed, C2 committee/[staffing]/obligation.
 * Codings (P1, P2, P3):
 *   C1: committee/[reporting]/obl · committee/[reporting]/obl · grassroots/[reporting]/obl
 *   C2: committee/[staffing]/obl  · committee/[staffing,reporting]/obl · —
 *   G:  grassroots/[publicity]/obl · grassroots/[publicity]/proh · grassroots/[publicity]/obl
 *   M:  member/[other]/mixed · — · —        (one coder: no pairs, left out of kappa)
 *
 * Committee tier, tier kappa: C1 [2,1,0] P=1/3; C2 [2,0,0] P=1; P̄=2/3; 5 ratings, 4 committee
 *   + 1 grassroots → P̄e = (16+1)/25 = 17/25; κ = (2/3 − 17/25)/(8/25) = −1/24.
 * Committee tier, reporting: C1 [3 present] P=1; C2 [1,1] P=0; P̄=1/2; 4 present of 5 →
 *   P̄e = 17/25; κ = (1/2 − 17/25)/(8/25) = −9/16.
 * Committee tier, staffing: C1 [0,3] P=1; C2 [2,0] P=1; P̄ = 1; P̄e = (4+9)/25; κ = 1.
 * Committee tier, modality: every rating "obligation" → undefined (null).
 * Grassroots tier, modality: G [2 obl, 1 proh] P=1/3; P̄e = 5/9; κ = (1/3 − 5/9)/(4/9) = −1/2.
 * Overall, tier: C1 P=1/3, C2 P=1, G P=1 → P̄ = 7/9; 8 ratings, 4 committee + 4 grassroots →
 *   P̄e = 1/2; κ = (7/9 − 1/2)/(1/2) = 5/9.
 * Per item: C1 pairwise tier 1/3, all 1/3; with the extractor tier 2/3, all 2/3.
 *   C2 pairwise types 0; with the extractor types 1/2, all 1/2.
 * Adjudication (share differing from the reading): C2 1/2, C1 1/3, G 1/3 (tie: same pairwise
 *   and coders, document order), M 0.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  AdjudicationItemSchema,
  AdjudicationResponseSchema,
  AgreementItemsResponseSchema,
  AgreementResponseSchema,
  type ExerciseItem,
  type ItemType,
  type Level,
  type Modality,
} from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { signedIn, type SignedIn } from "./agents";
import {
  createExercise,
  createInvite,
  importNotice,
  itemsOf,
  joinAsNewParticipant,
  review,
} from "./exercise-fixtures";
import { expectError, SAMPLE_NOTICE } from "./helpers";

let instructor: SignedIn;
let exerciseId: string;
let C1: ExerciseItem, C2: ExerciseItem, G: ExerciseItem, M: ExerciseItem;

const code = (level: Level, types: ItemType[], modality: Modality) => ({
  reviewed: true,
  coding: { level, types, modality },
});

beforeAll(async () => {
  instructor = await signedIn("instructor");
  const document = await importNotice(instructor.agent, SAMPLE_NOTICE);
  const exercise = await createExercise(instructor.agent, {
    documentIds: [document.id],
    blind: false,
  });
  exerciseId = exercise.id;
  const { token } = await createInvite(instructor.agent, exercise.id);
  const p1 = await joinAsNewParticipant(token, "P1");
  const p2 = await joinAsNewParticipant(token, "P2");
  const p3 = await joinAsNewParticipant(token, "P3");
  const items = await itemsOf(instructor.agent, exercise.id);
  const find = (level: Level, type: ItemType) =>
    items.find((i) => i.reading?.level === level && i.reading.types.includes(type))!;
  C1 = find("committee", "reporting");
  C2 = find("committee", "staffing");
  G = find("grassroots", "publicity");
  M = find("member", "other");
  expect(items.map((i) => i.id)).toEqual([C1.id, G.id, M.id, C2.id]);

  await review(p1.agent, exerciseId, C1, code("committee", ["reporting"], "obligation"));
  await review(p2.agent, exerciseId, C1, code("committee", ["reporting"], "obligation"));
  await review(p3.agent, exerciseId, C1, code("grassroots", ["reporting"], "obligation"));
  await review(p1.agent, exerciseId, C2, code("committee", ["staffing"], "obligation"));
  await review(
    p2.agent,
    exerciseId,
    C2,
    code("committee", ["staffing", "reporting"], "obligation"),
  );
  await review(p1.agent, exerciseId, G, code("grassroots", ["publicity"], "obligation"));
  await review(p2.agent, exerciseId, G, code("grassroots", ["publicity"], "prohibition"));
  await review(p3.agent, exerciseId, G, code("grassroots", ["publicity"], "obligation"));
  await review(p1.agent, exerciseId, M, code("member", ["other"], "mixed"));
  // A review without a coding does not count as a rating.
  await review(p3.agent, exerciseId, M, { reviewed: true });
});

describe("agreement", () => {
  it("when participants have coded, then kappas per tier and overall match the hand-computed values", async () => {
    const res = await instructor.agent.get(`/api/exercises/${exerciseId}/agreement`);
    expect(res.status).toBe(200);
    const agreement = AgreementResponseSchema.parse(res.body);
    const committee = agreement.tiers.find((t) => t.level === "committee")!;
    const grassroots = agreement.tiers.find((t) => t.level === "grassroots")!;
    const member = agreement.tiers.find((t) => t.level === "member")!;

    expect(committee.items).toBe(2);
    expect(committee.codedItems).toBe(2);
    expect(committee.kappa.level.kappa).toBeCloseTo(-1 / 24, 12);
    expect(committee.kappa.level.observed).toBeCloseTo(2 / 3, 12);
    expect(committee.kappa.level.expected).toBeCloseTo(17 / 25, 12);
    expect(committee.kappa.types.reporting.kappa).toBeCloseTo(-9 / 16, 12);
    expect(committee.kappa.types.staffing.kappa).toBeCloseTo(1, 12);
    expect(committee.kappa.modality.kappa).toBeNull();
    expect(grassroots.kappa.modality.kappa).toBeCloseTo(-1 / 2, 12);
    expect(grassroots.kappa.level.kappa).toBeNull();
    expect(member.codedItems).toBe(0);
    expect(member.kappa.level).toMatchObject({ kappa: null, items: 0 });
    expect(agreement.overall.kappa.level.kappa).toBeCloseTo(5 / 9, 12);
    expect(agreement.overall.kappa.level.ratings).toBe(8);

    // The per-item rows come from their own paged route, every item of the exercise once.
    const itemsRes = await instructor.agent.get(`/api/exercises/${exerciseId}/agreement/items`);
    expect(itemsRes.status).toBe(200);
    const perItem = AgreementItemsResponseSchema.parse(itemsRes.body);
    expect(perItem.total).toBe(agreement.overall.items);
    expect(perItem.items).toHaveLength(agreement.overall.items);
    expect(perItem.nextCursor).toBeNull();
    const c1 = perItem.items.find((i) => i.itemId === C1.id)!;
    expect(c1.coders).toBe(3);
    expect(c1.pairwise?.level).toBeCloseTo(1 / 3, 12);
    expect(c1.pairwise?.all).toBeCloseTo(1 / 3, 12);
    expect(c1.withExtractor?.level).toBeCloseTo(2 / 3, 12);
    const c2 = perItem.items.find((i) => i.itemId === C2.id)!;
    expect(c2.pairwise?.types).toBe(0);
    expect(c2.withExtractor?.types).toBeCloseTo(1 / 2, 12);
    const m = perItem.items.find((i) => i.itemId === M.id)!;
    expect(m).toMatchObject({ coders: 1, pairwise: null, withExtractor: { all: 1 } });
  });

  it("when a participant asks for agreement, then 403", async () => {
    const { token } = await createInvite(instructor.agent, exerciseId);
    const p4 = await joinAsNewParticipant(token, "P4");
    expectError(await p4.agent.get(`/api/exercises/${exerciseId}/agreement`), 403, "FORBIDDEN");
    expectError(await p4.agent.get(`/api/exercises/${exerciseId}/adjudication`), 403, "FORBIDDEN");
    expectError(
      await p4.agent.get(`/api/exercises/${exerciseId}/agreement/items`),
      403,
      "FORBIDDEN",
    );
  });
});

describe("adjudication", () => {
  it("when the instructor opens the queue, then the most-disputed items come first", async () => {
    const queue = AdjudicationResponseSchema.parse(
      (await instructor.agent.get(`/api/exercises/${exerciseId}/adjudication`)).body,
    );
    expect(queue.items.map((i) => i.id)).toEqual([C2.id, C1.id, G.id, M.id]);
    expect(queue.items[0]?.dispute).toBeCloseTo(1 / 2, 12);
    expect(queue.items[0]?.distribution).toMatchObject({
      coders: 2,
      types: { staffing: 2, reporting: 1 },
    });
  });

  it("when the instructor corrects an item, then the correction is stored, the reading changes and it leaves the head of the queue", async () => {
    const res = await instructor.agent
      .post(`/api/exercises/${exerciseId}/adjudication/${C2.id}`)
      .send({
        decision: "correct",
        correction: {
          level: "committee",
          types: ["staffing", "reporting"],
          modality: "obligation",
          reason: "选派 and 报告 both apply",
        },
      });
    expect(res.status).toBe(200);
    const item = AdjudicationItemSchema.parse(res.body);
    expect(item).toMatchObject({
      corrected: true,
      reading: { types: ["staffing", "reporting"] },
      extracted: { types: ["staffing"] },
      adjudication: { decision: "correct", reason: "选派 and 报告 both apply" },
    });
    const stored = await prisma.correction.findUniqueOrThrow({ where: { itemId: C2.id } });
    expect(JSON.parse(stored.types)).toEqual(["staffing", "reporting"]);

    const accept = await instructor.agent
      .post(`/api/exercises/${exerciseId}/adjudication/${C1.id}`)
      .send({ decision: "accept-extractor" });
    expect(accept.status).toBe(200);
    expect(await prisma.correction.count({ where: { itemId: C1.id } })).toBe(0);

    const queue = AdjudicationResponseSchema.parse(
      (await instructor.agent.get(`/api/exercises/${exerciseId}/adjudication`)).body,
    );
    // Pending first (G, then M), then the adjudicated ones.
    expect(queue.items.map((i) => i.id)).toEqual([G.id, M.id, C2.id, C1.id]);
  });

  it("when the decision is malformed or the item is not in the exercise, then 400 / 404 and nothing changes", async () => {
    const before = await prisma.adjudication.count();
    const bad = await instructor.agent
      .post(`/api/exercises/${exerciseId}/adjudication/${G.id}`)
      .send({ decision: "correct" });
    expectError(bad, 400, "VALIDATION_FAILED");
    const unknown = await instructor.agent
      .post(`/api/exercises/${exerciseId}/adjudication/nope`)
      .send({ decision: "accept-extractor" });
    expectError(unknown, 404, "NOT_FOUND");
    expect(await prisma.adjudication.count()).toBe(before);
  });
});
