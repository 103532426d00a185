import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  AccuracyResponseSchema,
  DocumentDetailSchema,
  DocumentsResponseSchema,
  ItemSchema,
  ItemsResponseSchema,
  ReextractResponseSchema,
  SaveDocumentResponseSchema,
  type DocumentDetail,
  type Item,
} from "@zeren/shared/contract";
import { parseGold } from "@zeren/shared/gold";
import { prisma } from "../src/db";
import { client, resetDatabase, SAMPLE_NOTICE } from "./helpers";

/**
 * Issue 8's two halves together: a person's curations of items (added, dismissed, bearer)
 * and a person's notice record (values, withdrawal) in lists, re-extraction and gold.
 */

afterAll(() => prisma.$disconnect());

/** SAMPLE_NOTICE's formula: a unit the extractor leaves out. */
const FORMULA = "为做好当前防汛救灾工作，现就有关事项通知如下。";
const FORMULA_START = SAMPLE_NOTICE.indexOf(FORMULA);

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

async function addFormula(): Promise<Item> {
  const res = await client()
    .post(`/api/documents/${doc.id}/items`)
    .send({
      start: FORMULA_START,
      end: FORMULA_START + FORMULA.length,
      bearer: "各级党委（党组）",
      level: "committee",
      types: ["other"],
      modality: "obligation",
      reason: "The formula also asks the addressees to act",
    });
  expect(res.status).toBe(201);
  return ItemSchema.parse(res.body);
}

async function dismiss(item: Item) {
  await client()
    .post(`/api/items/${item.id}/dismissal`)
    .send({ reason: "Describes, directs no one" })
    .expect(200);
}

async function getDocument(): Promise<DocumentDetail> {
  return DocumentDetailSchema.parse((await client().get(`/api/documents/${doc.id}`)).body);
}

async function listedIds(): Promise<string[]> {
  const res = await client().get("/api/items");
  return ItemsResponseSchema.parse(res.body).items.map((i) => i.id);
}

async function documents(withdrawn: boolean) {
  const res = await client().get(`/api/documents${withdrawn ? "?withdrawn=true" : ""}`);
  return DocumentsResponseSchema.parse(res.body).documents;
}

describe("lists and counts with curations and withdrawal", () => {
  it("when an item is dismissed and the notice withdrawn, then neither is listed; restoring the notice brings back its items but not the dismissed one", async () => {
    const added = await addFormula();
    await dismiss(x[1]!);
    expect(await listedIds()).toEqual([added.id, x[0]!.id, x[2]!.id, x[3]!.id]);

    await client().post(`/api/documents/${doc.id}/withdraw`).send({}).expect(200);
    expect(await listedIds()).toEqual([]);
    expect(await documents(false)).toEqual([]);
    const [withdrawn] = await documents(true);
    // The withdrawn list says what would come back: the person's item, not the dismissed one.
    expect(withdrawn).toMatchObject({ id: doc.id, itemCount: 4 });
    const detail = await getDocument();
    expect(detail.withdrawnAt).not.toBeNull();
    expect(detail.dismissed.map((i) => i.id)).toEqual([x[1]!.id]);

    await client().post(`/api/documents/${doc.id}/restore`).expect(200);
    expect(await listedIds()).toEqual([added.id, x[0]!.id, x[2]!.id, x[3]!.id]);
    const [restored] = await documents(false);
    expect(restored).toMatchObject({ id: doc.id, itemCount: 4 });
  });
});

describe("re-extraction keeps a person's record and re-attaches curations", () => {
  it("when the issuer is set by a person and the notice is re-extracted, then the record values, the added item, the dismissal and the bearer all stay", async () => {
    const added = await addFormula();
    await dismiss(x[1]!);
    await client()
      .put(`/api/items/${x[0]!.id}/bearer`)
      .send({ bearer: "各级防汛指挥部", level: "committee" })
      .expect(200);
    // A changed issuer re-extracts the notice in the same transaction as the record edit.
    await client()
      .patch(`/api/documents/${doc.id}/record`)
      .send({ issuer: "省防汛抗旱指挥部", documentNumber: "川汛〔2020〕1号" })
      .expect(200);

    const res = await client().post(`/api/documents/${doc.id}/reextract`);
    expect(res.status).toBe(200);
    const report = ReextractResponseSchema.parse(res.body);
    expect(report.curations.unattached).toEqual([]);

    const detail = await getDocument();
    expect(detail.issuer).toBe("省防汛抗旱指挥部");
    expect(detail.record.set.issuer).toBe("省防汛抗旱指挥部");
    expect(detail.record.documentNumber).toBe("川汛〔2020〕1号");
    expect(detail.items.map((i) => i.id)).toContain(added.id);
    expect(detail.items.find((i) => i.id === added.id)?.curation.origin).toBe("person");
    expect(detail.dismissed.map((i) => i.text)).toEqual([x[1]!.text]);
    const first = detail.items.find((i) => i.text === x[0]!.text);
    expect(first?.bearer).toBe("各级防汛指挥部");
    expect(detail.items.map((i) => i.document.issuer)).toEqual(
      detail.items.map(() => "省防汛抗旱指挥部"),
    );
  });
});

describe("gold and accuracy with curations", () => {
  it("when a person adds a missed item, dismisses a false one and fixes a bearer, then the gold counts the first as a directive and the second as not, and the accuracy page measures against it", async () => {
    const added = await addFormula();
    await dismiss(x[1]!);
    await client()
      .put(`/api/items/${x[0]!.id}/bearer`)
      .send({ bearer: "各级防汛指挥部", level: "committee" })
      .expect(200);

    const res = await client().get(`/api/documents/${doc.id}/gold`).buffer(true);
    expect(res.status).toBe(200);
    const gold = parseGold(res.text);
    const entryIn = (item: Pick<Item, "start" | "end">) =>
      gold.filter((g) => {
        const at = SAMPLE_NOTICE.indexOf(g.quote);
        return at >= item.start && at < item.end;
      });
    expect(entryIn(added)).toEqual([
      expect.objectContaining({
        directive: true,
        bearer: "各级党委（党组）",
        level: "committee",
        modality: "obligation",
      }),
    ]);
    expect(entryIn(x[1]!)).toEqual([
      expect.objectContaining({
        directive: false,
        why: "dismissed by a person: Describes, directs no one",
      }),
    ]);
    expect(entryIn(x[0]!)).toEqual([
      expect.objectContaining({ directive: true, bearer: "各级防汛指挥部" }),
    ]);
    // Directives: the extractor's four, less the dismissed one, plus the person's.
    expect(gold.filter((g) => g.directive)).toHaveLength(4);

    // Curating alone (no review, no correction) makes the notice one the page measures.
    const accuracy = AccuracyResponseSchema.parse(
      (await client().get("/api/catalogue/accuracy")).body,
    );
    expect(accuracy.documents.map((d) => d.id)).toEqual([doc.id]);
    expect(accuracy.counts.directives).toBe(4);
    expect(accuracy.misses).toEqual([
      expect.objectContaining({ documentId: doc.id, start: FORMULA_START }),
    ]);
    expect(accuracy.extras).toEqual([
      expect.objectContaining({ documentId: doc.id, itemId: x[1]!.id }),
    ]);
  });
});
