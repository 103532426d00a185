import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  ITEM_TYPES,
  LEVELS,
  SummaryDocumentsResponseSchema,
  SummaryResponseSchema,
} from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { seed } from "../../prisma/seed";
import { client, issuePaths, resetDatabase, seedNotices } from "./helpers";

afterAll(() => prisma.$disconnect());
beforeEach(async () => {
  await resetDatabase();
  await seed();
});

const allExtracted = seedNotices().flatMap((n) => n.extraction.items);

async function getSummary(query = "") {
  const res = await client().get(`/api/summary${query}`);
  expect(res.status).toBe(200);
  return SummaryResponseSchema.parse(res.body);
}

async function getDocumentCounts(level: string) {
  const res = await client().get(`/api/summary/documents?level=${level}`);
  expect(res.status).toBe(200);
  return SummaryDocumentsResponseSchema.parse(res.body);
}

describe("GET /api/summary", () => {
  it("when no level is given, then all three tiers are counted by type, review state and notice", async () => {
    const { tiers } = await getSummary();
    expect(tiers.map((t) => t.level)).toEqual([...LEVELS]);
    for (const tier of tiers) {
      const inTier = allExtracted.filter((i) => i.level === tier.level);
      expect(tier.total).toBe(inTier.length);
      expect(tier.reviewed).toBe(0);
      for (const type of ITEM_TYPES) {
        expect(tier.byType[type]).toBe(inTier.filter((i) => i.types.includes(type)).length);
      }
      const perDocument = await getDocumentCounts(tier.level);
      expect(perDocument.documents.reduce((sum, d) => sum + d.total, 0)).toBe(tier.total);
      expect(perDocument.total).toBe(tier.documents);
      for (const doc of perDocument.documents) {
        expect(doc.total).toBeGreaterThan(0);
        for (const type of ITEM_TYPES) {
          const inDoc = inTier.filter((i) => i.types.includes(type));
          expect(doc.byType[type]).toBeLessThanOrEqual(inDoc.length);
        }
      }
    }
    expect(tiers.reduce((sum, t) => sum + t.total, 0)).toBe(allExtracted.length);
  });

  it("when a level is given, then only that tier is summarised", async () => {
    const { tiers } = await getSummary("?level=grassroots");
    expect(tiers).toHaveLength(1);
    expect(tiers[0]!.level).toBe("grassroots");
    expect(tiers[0]!.total).toBe(allExtracted.filter((i) => i.level === "grassroots").length);
  });

  it("when an item is reviewed, then its tier and its document count it as reviewed", async () => {
    const target = allExtracted[0]!;
    await client().patch(`/api/items/${target.id}`).send({ reviewed: true, version: 0 });
    const { tiers } = await getSummary(`?level=${target.level}`);
    const tier = tiers[0]!;
    expect(tier.reviewed).toBe(1);
    const stored = await prisma.item.findUniqueOrThrow({ where: { id: target.id } });
    const { documents } = await getDocumentCounts(target.level);
    const doc = documents.find((d) => d.documentId === stored.documentId)!;
    expect(doc.reviewed).toBe(1);
  });

  it("when an item is corrected to another tier, then the summary counts it there", async () => {
    const target = allExtracted[0]!;
    const other = target.level === "member" ? "committee" : "member";
    const before = await getSummary();
    await client()
      .put(`/api/items/${target.id}/correction`)
      .send({ level: other, types: ["publicity"], modality: "obligation", reason: "reread" });
    const after = await getSummary();
    const total = (s: typeof after, level: string) => s.tiers.find((t) => t.level === level)!.total;
    expect(total(after, other)).toBe(total(before, other) + 1);
    expect(total(after, target.level)).toBe(total(before, target.level) - 1);
  });

  it("when an item is inactive, then the summary leaves it out", async () => {
    const target = allExtracted[0]!;
    await prisma.item.update({ where: { id: target.id }, data: { active: false } });
    const { tiers } = await getSummary();
    expect(tiers.reduce((sum, t) => sum + t.total, 0)).toBe(allExtracted.length - 1);
  });

  it.each([
    ["?level=all", ["query.level"]],
    ["?level=", ["query.level"]],
    ["?tier=member", ["query.tier"]],
    ["?level=member&level=committee", ["query.level"]],
  ])("when the query is %s, then it answers 400 naming %j", async (query, paths) => {
    expect(issuePaths(await client().get(`/api/summary${query}`))).toEqual(paths);
  });
});
