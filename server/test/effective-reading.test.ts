import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Item, Level } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { effectiveReading, parseReading } from "../src/modules/items/effective-reading";
import {
  EFFECTIVE_READING_SQL,
  effectiveLevelIs,
  effectiveTypesInclude,
} from "../src/modules/items/effective-reading.repository";
import { client, freshSampleItem } from "./helpers";

afterAll(() => prisma.$disconnect());

const extracted = { level: "member", types: '["other"]', modality: "obligation" };
const corrected = { level: "committee", types: '["reporting","staffing"]', modality: "mixed" };

describe("effectiveReading", () => {
  it("when an item has no correction, then it is the extractor's reading", () => {
    expect(effectiveReading({ ...extracted, correction: null })).toEqual({
      level: "member",
      types: ["other"],
      modality: "obligation",
    });
  });

  it("when an item has a correction, then it is the correction's reading in every field", () => {
    expect(effectiveReading({ ...extracted, correction: corrected })).toEqual({
      level: "committee",
      types: ["reporting", "staffing"],
      modality: "mixed",
    });
  });

  it("when a row selected only the tier, then only the tier is read", () => {
    expect(effectiveReading({ level: "grassroots", correction: null })).toEqual({
      level: "grassroots",
    });
    expect(effectiveReading({ level: "grassroots", correction: { level: "member" } })).toEqual({
      level: "member",
    });
  });

  it("when a stored column is not the contract's, then it fails loudly", () => {
    expect(() => effectiveReading({ level: "province", correction: null })).toThrow();
    expect(() => parseReading({ types: '["other","nonsense"]' })).toThrow();
    expect(() => parseReading({ types: "not json" })).toThrow();
  });
});

describe("the effective reading as a query", () => {
  let item: Item;
  let otherLevel: Level;
  beforeEach(async () => {
    item = await freshSampleItem();
    otherLevel = item.level === "member" ? "grassroots" : "member";
    const correction = await client()
      .put(`/api/items/${item.id}/correction`)
      .send({ level: otherLevel, types: ["publicity"], modality: "prohibition", reason: "test" });
    expect(correction.status).toBe(200);
  });

  const ids = async (where: Parameters<typeof prisma.item.findMany>[0]) =>
    (await prisma.item.findMany({ ...where, select: { id: true } })).map((row) => row.id);

  it("when an item is corrected, then the Prisma filters find it under its corrected tier and type only", async () => {
    expect(await ids({ where: effectiveLevelIs(otherLevel) })).toContain(item.id);
    expect(await ids({ where: effectiveLevelIs(item.level) })).not.toContain(item.id);
    expect(await ids({ where: effectiveTypesInclude("publicity") })).toContain(item.id);
    for (const type of item.types.filter((t) => t !== "publicity")) {
      expect(await ids({ where: effectiveTypesInclude(type) })).not.toContain(item.id);
    }
  });

  it("when the SQL expressions read the items, then they agree with effectiveReading on every item", async () => {
    const { join, level, types, modality } = EFFECTIVE_READING_SQL;
    const rows = await prisma.$queryRaw<
      { id: string; level: string; types: string; modality: string }[]
    >`SELECT i."id" AS id, ${level} AS level, ${types} AS types, ${modality} AS modality FROM "Item" i ${join}`;
    const stored = await prisma.item.findMany({
      select: {
        id: true,
        level: true,
        types: true,
        modality: true,
        correction: { select: { level: true, types: true, modality: true } },
      },
    });
    expect(rows.length).toBe(stored.length);
    const bySql = new Map(rows.map((row) => [row.id, parseReading(row)]));
    for (const row of stored) expect(bySql.get(row.id)).toEqual(effectiveReading(row));
    expect(bySql.get(item.id)).toEqual({
      level: otherLevel,
      types: ["publicity"],
      modality: "prohibition",
    });
  });
});
