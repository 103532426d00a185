import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { anchorFor } from "@zeren/shared/curation";
import {
  CatalogueHistoryResponseSchema,
  DocumentDetailSchema,
  DocumentsResponseSchema,
  ItemSchema,
  ItemsResponseSchema,
  ReextractResponseSchema,
  SaveDocumentResponseSchema,
  SplitItemResponseSchema,
  type DocumentDetail,
  type Item,
} from "@zeren/shared/contract";
import { prisma } from "../src/db";
import {
  client,
  expectError,
  issuePaths,
  resetDatabase,
  SAMPLE_NOTICE,
  storedState,
} from "./helpers";

afterAll(() => prisma.$disconnect());

/** SAMPLE_NOTICE's units: a formula the extractor leaves out, then one item per section. */
const FORMULA = "为做好当前防汛救灾工作，现就有关事项通知如下。";
const at = (quote: string) => {
  const start = SAMPLE_NOTICE.indexOf(quote);
  if (start < 0) throw new Error(`not in the notice: ${quote}`);
  return { start, end: start + quote.length };
};

let doc: DocumentDetail;
/** The extractor's four items, in text order. */
let x: Item[];
beforeEach(async () => {
  await resetDatabase();
  const res = await client()
    .post("/api/documents")
    .send({ text: SAMPLE_NOTICE, title: "防汛通知" });
  doc = SaveDocumentResponseSchema.parse(res.body).document;
  x = doc.items;
  expect(x).toHaveLength(4);
});

const addBody = (span: { start: number; end: number }) => ({
  ...span,
  bearer: "各级党委（党组）",
  level: "committee",
  types: ["other"],
  modality: "obligation",
  reason: "The formula also asks the addressees to act",
});

async function getDocument(): Promise<DocumentDetail> {
  return DocumentDetailSchema.parse((await client().get(`/api/documents/${doc.id}`)).body);
}

async function listedIds(): Promise<string[]> {
  const res = await client().get(`/api/items?document=${doc.id}`);
  return ItemsResponseSchema.parse(res.body).items.map((i) => i.id);
}

async function documentCount(): Promise<number> {
  const res = await client().get("/api/documents");
  return DocumentsResponseSchema.parse(res.body).documents.find((d) => d.id === doc.id)!.itemCount;
}

async function reextract() {
  const res = await client().post(`/api/documents/${doc.id}/reextract`);
  expect(res.status).toBe(200);
  return ReextractResponseSchema.parse(res.body);
}

async function timeline(id: string) {
  const res = await client().get(`/api/items/${id}/history`);
  expect(res.status).toBe(200);
  return CatalogueHistoryResponseSchema.parse(res.body).timeline;
}

/**
 * Pretends older rules cut this item as `span` (by default its own): its row and log move to
 * another id with that span and anchors, so a re-extraction finds the current item new and
 * the stored one gone, as when the extractor changes its boundaries.
 */
async function cutByOlderRules(id: string, span?: { start: number; end: number }) {
  const olderId = `${id}-older`;
  const row = await prisma.item.findUniqueOrThrow({ where: { id } });
  const { start, end } = span ?? row;
  await prisma.item.update({
    where: { id },
    data: { id: olderId, start, end, text: SAMPLE_NOTICE.slice(start, end) },
  });
  await prisma.curation.updateMany({
    where: { itemId: { in: [id, olderId] } },
    data: { itemId: olderId, ...anchorFor(SAMPLE_NOTICE, start, end) },
  });
  return olderId;
}

/** A request refused: the status and code, and nothing stored changed. */
async function expectRefused(
  send: () => Promise<{ status: number; body: unknown; headers: Record<string, string> }>,
  status: number,
  code: Parameters<typeof expectError>[2],
) {
  const before = await storedState();
  const res = await send();
  const error = expectError(res, status, code);
  expect(await storedState()).toEqual(before);
  return error;
}

describe("POST /api/documents/:id/items (add a missed item)", () => {
  it("when an instructor makes a left-out unit an item, then it is stored as a person's item and listed and counted", async () => {
    // The selection leaves off the final 。: it still means the whole unit.
    const span = at(FORMULA.slice(0, -1));
    const res = await client().post(`/api/documents/${doc.id}/items`).send(addBody(span));
    expect(res.status).toBe(201);
    const item = ItemSchema.parse(res.body);
    expect(item).toMatchObject({
      text: FORMULA,
      ...at(FORMULA),
      bearer: "各级党委（党组）",
      level: "committee",
      types: ["other"],
      curation: { origin: "person", dismissal: null, extractedBearer: null },
    });
    expect(await listedIds()).toEqual([item.id, ...x.map((i) => i.id)]);
    expect(await documentCount()).toBe(5);
    const stored = await prisma.item.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({ origin: "person", active: true, dismissedAt: null });
    const history = await timeline(item.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      kind: "add",
      actor: { name: "Helper Instructor" },
      reason: "The formula also asks the addressees to act",
      after: { bearer: "各级党委（党组）", level: "committee" },
    });
    // The unit is an item now, so it is no longer listed as left out.
    expect((await getDocument()).units.some((u) => u.start === span.start)).toBe(false);
  });

  it("when the selection is narrowed inside one unit, then the item keeps the narrowed span", async () => {
    const span = at("现就有关事项通知如下");
    const res = await client().post(`/api/documents/${doc.id}/items`).send(addBody(span));
    expect(res.status).toBe(201);
    expect(ItemSchema.parse(res.body)).toMatchObject({ ...span, text: "现就有关事项通知如下" });
  });

  it("when the body is bad, then 400 with every field's path and nothing is written", async () => {
    const error = await expectRefused(
      () =>
        client()
          .post(`/api/documents/${doc.id}/items`)
          .send({ ...addBody({ start: 30, end: 20 }), level: "province", reason: " ", extra: 1 }),
      400,
      "VALIDATION_FAILED",
    );
    expect(error.issues?.map((i) => i.path).sort()).toEqual([
      "body.extra",
      "body.level",
      "body.reason",
    ]);
    const noTypes = await client()
      .post(`/api/documents/${doc.id}/items`)
      .send({ ...addBody(at(FORMULA)), types: [] });
    expect(issuePaths(noTypes)).toEqual(["body.types"]);
    const backwards = await client()
      .post(`/api/documents/${doc.id}/items`)
      .send(addBody({ start: 30, end: 20 }));
    expect(issuePaths(backwards)).toEqual(["body.end"]);
  });

  it("when the span is past the text, only spaces, or outside the body, then 400 on the field", async () => {
    const past = await client()
      .post(`/api/documents/${doc.id}/items`)
      .send(addBody({ start: 10, end: SAMPLE_NOTICE.length + 5 }));
    expect(issuePaths(past)).toEqual(["body.end"]);
    const newline = SAMPLE_NOTICE.indexOf("\n");
    const spaces = await client()
      .post(`/api/documents/${doc.id}/items`)
      .send(addBody({ start: newline, end: newline + 1 }));
    expect(issuePaths(spaces)).toEqual(["body.start"]);
    const signature = await client()
      .post(`/api/documents/${doc.id}/items`)
      .send(addBody(at("中共某某省委")));
    expect(issuePaths(signature)).toEqual(["body.start"]);
    expect(await documentCount()).toBe(4);
  });

  it("when the text overlaps an item, then 409 CURATION_CONFLICT; an unknown notice is 404", async () => {
    await expectRefused(
      () =>
        client()
          .post(`/api/documents/${doc.id}/items`)
          .send(addBody({ start: at(FORMULA).start, end: x[0]!.start + 3 })),
      409,
      "CURATION_CONFLICT",
    );
    await expectRefused(
      () =>
        client()
          .post("/api/documents/nope/items")
          .send(addBody(at(FORMULA))),
      404,
      "NOT_FOUND",
    );
  });

  it("when the notice is re-extracted, then the person's item stays; where the extractor finds the same item, the two become one", async () => {
    const added = ItemSchema.parse(
      (
        await client()
          .post(`/api/documents/${doc.id}/items`)
          .send(addBody(at(FORMULA)))
      ).body,
    );
    const first = await reextract();
    expect(first.curations).toEqual({ reattached: [], merged: [], unattached: [] });
    expect(first.disappeared).toEqual([]);
    expect(await listedIds()).toEqual([added.id, ...x.map((i) => i.id)]);

    // As if a person had added the first directive before the extractor found it.
    await prisma.item.update({
      where: { id: x[0]!.id },
      data: { id: "p-before-the-extractor", origin: "person" },
    });
    await prisma.curation.create({
      data: {
        documentId: doc.id,
        itemId: "p-before-the-extractor",
        kind: "add",
        ...anchorFor(SAMPLE_NOTICE, x[0]!.start, x[0]!.end),
      },
    });
    const second = await reextract();
    expect(second.curations.merged).toEqual([
      { itemId: "p-before-the-extractor", extractorItemId: x[0]!.id },
    ]);
    expect(await listedIds()).toEqual([
      added.id,
      "p-before-the-extractor",
      ...x.slice(1).map((i) => i.id),
    ]);
    expect(await documentCount()).toBe(5);
    const history = await timeline("p-before-the-extractor");
    expect(history.at(-1)).toMatchObject({
      kind: "extractor-merge",
      actor: null,
      after: { extractorItem: x[0]!.id },
    });
  });
});

describe("POST and DELETE /api/items/:id/dismissal (dismiss and restore)", () => {
  it("when an item is dismissed, then it leaves lists and counts, stays in the source as dismissed, and can be restored", async () => {
    const target = x[1]!;
    const res = await client()
      .post(`/api/items/${target.id}/dismissal`)
      .send({ reason: "Describes, directs no one" });
    expect(res.status).toBe(200);
    expect(ItemSchema.parse(res.body).curation.dismissal).toMatchObject({
      kind: "dismissed",
      reason: "Describes, directs no one",
    });
    expect(await listedIds()).not.toContain(target.id);
    expect(await documentCount()).toBe(3);
    const summary = (await client().get("/api/summary")).body as { tiers: unknown };
    expect(JSON.stringify(summary)).not.toContain(target.id);
    const detail = await getDocument();
    expect(detail.items.map((i) => i.id)).not.toContain(target.id);
    expect(detail.dismissed.map((i) => i.id)).toEqual([target.id]);
    // Still reachable by id, with its dismissal.
    const direct = ItemSchema.parse((await client().get(`/api/items/${target.id}`)).body);
    expect(direct.curation.dismissal?.kind).toBe("dismissed");

    const restored = await client().delete(`/api/items/${target.id}/dismissal`);
    expect(restored.status).toBe(200);
    expect(ItemSchema.parse(restored.body).curation.dismissal).toBeNull();
    expect(await listedIds()).toContain(target.id);
    expect(await documentCount()).toBe(4);
    expect((await timeline(target.id)).map((e) => e.kind)).toEqual([
      "extracted",
      "dismiss",
      "restore",
    ]);
  });

  it("when the reason is missing or the state is wrong, then 4xx and nothing is written", async () => {
    const target = x[0]!;
    await expectRefused(
      () => client().post(`/api/items/${target.id}/dismissal`).send({}),
      400,
      "VALIDATION_FAILED",
    );
    await expectRefused(
      () => client().post(`/api/items/${target.id}/dismissal`).send({ reason: "x", why: 1 }),
      400,
      "VALIDATION_FAILED",
    );
    await expectRefused(
      () => client().delete(`/api/items/${target.id}/dismissal`),
      409,
      "CURATION_CONFLICT",
    );
    await client().post(`/api/items/${target.id}/dismissal`).send({ reason: "no" });
    await expectRefused(
      () => client().post(`/api/items/${target.id}/dismissal`).send({ reason: "again" }),
      409,
      "CURATION_CONFLICT",
    );
    await expectRefused(
      () => client().post("/api/items/nope/dismissal").send({ reason: "x" }),
      404,
      "NOT_FOUND",
    );
  });

  it("when re-extraction cuts the dismissed text into other units, then the dismissal moves to every item inside it", async () => {
    await client().post(`/api/items/${x[0]!.id}/dismissal`).send({ reason: "Not a directive" });
    // Older rules read sections 一 and 二 as one item, the one dismissed.
    await cutByOlderRules(x[0]!.id, { start: x[0]!.start, end: x[1]!.end });
    await prisma.item.delete({ where: { id: x[1]!.id } });

    const report = await reextract();
    expect(report.curations.reattached).toEqual([
      expect.objectContaining({
        kind: "dismiss",
        from: `${x[0]!.id}-older`,
        to: [x[0]!.id, x[1]!.id],
      }),
    ]);
    expect(report.curations.unattached).toEqual([]);
    expect(await listedIds()).toEqual([x[2]!.id, x[3]!.id]);
    const detail = await getDocument();
    expect(detail.dismissed.map((i) => i.id)).toEqual([x[0]!.id, x[1]!.id]);
    expect(detail.dismissed[0]!.curation.dismissal?.reason).toBe("Not a directive");
    expect((await timeline(x[1]!.id)).at(-1)).toMatchObject({
      kind: "reattach",
      actor: { name: "Helper Instructor" },
      reason: "Not a directive",
    });
  });

  it("when re-extraction reads the dismissed text together with other text, then the dismissal is reported unattached, not dropped", async () => {
    await client().post(`/api/items/${x[0]!.id}/dismissal`).send({ reason: "Only its start" });
    await cutByOlderRules(x[0]!.id, { start: x[0]!.start, end: x[0]!.start + 8 });

    const report = await reextract();
    expect(report.curations.unattached).toEqual([
      expect.objectContaining({
        kind: "dismiss",
        itemId: `${x[0]!.id}-older`,
        quote: SAMPLE_NOTICE.slice(x[0]!.start, x[0]!.start + 8),
        reason: "Only its start",
      }),
    ]);
    // The new item is listed (nothing was dismissed on a guess) and the notice shows the loss.
    expect(await listedIds()).toContain(x[0]!.id);
    expect((await getDocument()).unattached).toEqual(report.curations.unattached);
  });
});

describe("PUT /api/items/:id/bearer", () => {
  it("when the bearer and tier are edited, then the item serves them, keeps the extractor's bearer, and lists follow the tier", async () => {
    const target = x[0]!;
    const res = await client()
      .put(`/api/items/${target.id}/bearer`)
      .send({ bearer: "市县党委", level: "grassroots", reason: "Read the addressees" });
    expect(res.status).toBe(200);
    const item = ItemSchema.parse(res.body);
    expect(item).toMatchObject({
      bearer: "市县党委",
      level: "grassroots",
      curation: { extractedBearer: target.bearer },
    });
    const grassroots = await client().get(`/api/items?document=${doc.id}&level=grassroots`);
    expect(ItemsResponseSchema.parse(grassroots.body).items.map((i) => i.id)).toContain(target.id);
    expect((await timeline(target.id)).at(-1)).toMatchObject({
      kind: "bearer",
      before: { bearer: target.bearer, level: target.level },
      after: { bearer: "市县党委", level: "grassroots" },
    });
  });

  it("when the body is bad or nothing changes, then 400 and nothing is written; a dismissed item is 409", async () => {
    const target = x[0]!;
    const bad = await expectRefused(
      () => client().put(`/api/items/${target.id}/bearer`).send({ bearer: "", level: "x" }),
      400,
      "VALIDATION_FAILED",
    );
    expect(bad.issues?.map((i) => i.path).sort()).toEqual(["body.bearer", "body.level"]);
    await expectRefused(
      () =>
        client()
          .put(`/api/items/${target.id}/bearer`)
          .send({ bearer: target.bearer, level: target.level }),
      400,
      "VALIDATION_FAILED",
    );
    await client().post(`/api/items/${target.id}/dismissal`).send({ reason: "no" });
    await expectRefused(
      () => client().put(`/api/items/${target.id}/bearer`).send({ bearer: "某", level: "member" }),
      409,
      "CURATION_CONFLICT",
    );
  });

  it("when re-extraction gives the item another identity, then the bearer and tier re-attach to it", async () => {
    const target = x[0]!;
    await client()
      .put(`/api/items/${target.id}/bearer`)
      .send({ bearer: "市县党委", level: "grassroots" });
    await cutByOlderRules(target.id, { start: target.start - 3, end: target.end });

    const report = await reextract();
    expect(report.curations.reattached).toEqual([
      expect.objectContaining({ kind: "bearer", to: [target.id] }),
    ]);
    const item = ItemSchema.parse((await client().get(`/api/items/${target.id}`)).body);
    expect(item).toMatchObject({ bearer: "市县党委", level: "grassroots" });
  });
});

describe("PUT /api/items/:id/span", () => {
  it("when an extractor's item is narrowed inside its unit, then a person's item with its reading and review replaces it", async () => {
    const target = x[0]!;
    await client().patch(`/api/items/${target.id}`).send({ reviewed: true, version: 0 });
    const span = at("及时向省委报告工作进展情况");
    const res = await client()
      .put(`/api/items/${target.id}/span`)
      .send({ ...span, reason: "Only the reporting duty" });
    expect(res.status).toBe(200);
    const item = ItemSchema.parse(res.body);
    expect(item).toMatchObject({
      ...span,
      text: "及时向省委报告工作进展情况",
      bearer: target.bearer,
      level: target.level,
      types: target.types,
      review: { reviewed: true },
      curation: { origin: "person" },
    });
    expect(await listedIds()).toEqual([item.id, ...x.slice(1).map((i) => i.id)]);
    const old = ItemSchema.parse((await client().get(`/api/items/${target.id}`)).body);
    expect(old.curation.dismissal?.kind).toBe("superseded");
    // A person's item moves in place; a selection of the whole unit but its 。 means the unit.
    const widened = await client()
      .put(`/api/items/${item.id}/span`)
      .send(at(target.text.slice(0, -1)));
    expect(ItemSchema.parse(widened.body)).toMatchObject({ id: item.id, ...at(target.text) });
  });

  it("when the span is unchanged, overlaps another item or is out of range, then 4xx and nothing is written", async () => {
    const target = x[0]!;
    await expectRefused(
      () =>
        client().put(`/api/items/${target.id}/span`).send({ start: target.start, end: target.end }),
      400,
      "VALIDATION_FAILED",
    );
    await expectRefused(
      () =>
        client()
          .put(`/api/items/${target.id}/span`)
          .send({ start: target.start, end: x[1]!.start + 2 }),
      409,
      "CURATION_CONFLICT",
    );
    await expectRefused(
      () => client().put(`/api/items/${target.id}/span`).send({ start: 5, end: 1e6 }),
      400,
      "VALIDATION_FAILED",
    );
    await expectRefused(
      () => client().put(`/api/items/${target.id}/span`).send({ start: "a", end: 3 }),
      400,
      "VALIDATION_FAILED",
    );
  });

  it("when re-extraction brings the replaced item back under another identity, then it stays replaced", async () => {
    const target = x[0]!;
    const narrowed = ItemSchema.parse(
      (await client().put(`/api/items/${target.id}/span`).send(at("及时向省委报告工作进展情况")))
        .body,
    );
    await cutByOlderRules(target.id);
    const report = await reextract();
    expect(report.curations.reattached).toEqual([
      expect.objectContaining({ kind: "span", to: [target.id] }),
    ]);
    expect(await listedIds()).toEqual([narrowed.id, ...x.slice(1).map((i) => i.id)]);
    expect(await documentCount()).toBe(4);
  });
});

describe("POST /api/items/:id/merge and /split", () => {
  async function merge(a: Item, b: Item) {
    const res = await client()
      .post(`/api/items/${a.id}/merge`)
      .send({ with: b.id, reason: "One duty" });
    expect(res.status).toBe(200);
    return ItemSchema.parse(res.body);
  }

  it("when two adjacent items are merged, then one person's item covers both and they leave lists", async () => {
    const merged = await merge(x[1]!, x[0]!);
    expect(merged).toMatchObject({ start: x[0]!.start, end: x[1]!.end, bearer: x[0]!.bearer });
    expect(await listedIds()).toEqual([merged.id, x[2]!.id, x[3]!.id]);
    expect(await documentCount()).toBe(3);
    expect((await timeline(merged.id))[0]).toMatchObject({
      kind: "merge",
      before: { from: [x[0]!.id, x[1]!.id] },
    });
  });

  it("when the merge is bad, then 4xx and nothing is written", async () => {
    for (const body of [{ with: x[0]!.id }, { with: x[2]!.id }, { with: "nope" }, {}]) {
      await expectRefused(
        () => client().post(`/api/items/${x[0]!.id}/merge`).send(body),
        400,
        "VALIDATION_FAILED",
      );
    }
    await client().post(`/api/items/${x[1]!.id}/dismissal`).send({ reason: "no" });
    await expectRefused(
      () => client().post(`/api/items/${x[0]!.id}/merge`).send({ with: x[1]!.id }),
      409,
      "CURATION_CONFLICT",
    );
  });

  it("when a merged item is re-extracted with other boundaries, then the merge holds", async () => {
    const merged = await merge(x[0]!, x[1]!);
    await cutByOlderRules(x[1]!.id, { start: x[1]!.start - 3, end: x[1]!.end });
    const report = await reextract();
    expect(report.curations.reattached).toEqual([
      expect.objectContaining({ kind: "merge", to: [x[1]!.id] }),
    ]);
    expect(await listedIds()).toEqual([merged.id, x[2]!.id, x[3]!.id]);
  });

  it("when an item of two units is split where the second starts, then two person's items replace it", async () => {
    const merged = await merge(x[0]!, x[1]!);
    const res = await client().post(`/api/items/${merged.id}/split`).send({ at: x[1]!.start });
    expect(res.status).toBe(200);
    const { items } = SplitItemResponseSchema.parse(res.body);
    expect(items.map((i) => i.text)).toEqual([x[0]!.text, x[1]!.text]);
    expect(await listedIds()).toEqual([...items.map((i) => i.id), x[2]!.id, x[3]!.id]);
  });

  it("when the split point is not a unit boundary inside the item, then 400 on body.at and nothing is written", async () => {
    const merged = await merge(x[0]!, x[1]!);
    for (const atOffset of [x[0]!.start + 3, x[2]!.start, merged.start]) {
      const error = await expectRefused(
        () => client().post(`/api/items/${merged.id}/split`).send({ at: atOffset }),
        400,
        "VALIDATION_FAILED",
      );
      expect(error.issues?.map((i) => i.path)).toEqual(["body.at"]);
    }
    await expectRefused(
      () => client().post(`/api/items/${x[2]!.id}/split`).send({ at: -1 }),
      400,
      "VALIDATION_FAILED",
    );
  });

  it("when split items are re-extracted, then the extractor's copies become one with them", async () => {
    const merged = await merge(x[0]!, x[1]!);
    const { items } = SplitItemResponseSchema.parse(
      (await client().post(`/api/items/${merged.id}/split`).send({ at: x[1]!.start })).body,
    );
    await cutByOlderRules(x[0]!.id);
    const report = await reextract();
    expect(report.curations.merged.map((m) => m.itemId)).toEqual([items[0].id]);
    expect(await listedIds()).toEqual([...items.map((i) => i.id), x[2]!.id, x[3]!.id]);
  });
});

describe("GET /api/items/:id/history (the whole history)", () => {
  it("when an item is reviewed, corrected and curated, then every step is there with who and when, oldest first", async () => {
    const target = x[0]!;
    await client().patch(`/api/items/${target.id}`).send({ reviewed: true, version: 0 });
    await client()
      .put(`/api/items/${target.id}/correction`)
      .send({ level: "member", types: ["staffing"], modality: "mixed", reason: "persons" });
    await client().put(`/api/items/${target.id}/bearer`).send({ bearer: "党员", level: "member" });
    await client().delete(`/api/items/${target.id}/correction`);
    const history = await timeline(target.id);
    expect(history.map((e) => e.kind)).toEqual([
      "extracted",
      "review",
      "correct",
      "bearer",
      "uncorrect",
    ]);
    expect(history[0]).toMatchObject({ actor: null, after: { bearer: target.bearer } });
    for (const entry of history.slice(1)) {
      expect(entry.actor?.name).toBe("Helper Instructor");
      expect(Date.parse(entry.at)).not.toBeNaN();
    }
    expect(history[2]).toMatchObject({
      before: { level: target.level },
      after: { level: "member", types: ["staffing"] },
      reason: "persons",
    });
  });
});
