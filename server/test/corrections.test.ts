import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ItemSchema, type CorrectItemBody, type Item } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { client, expectError, freshSampleItem, issuePaths, storedState } from "./helpers";

afterAll(() => prisma.$disconnect());

let item: Item;
beforeEach(async () => {
  item = await freshSampleItem();
});

/** A reading that differs from the extractor's in every field. */
function differentReading(from: Item): CorrectItemBody {
  return {
    level: from.level === "member" ? "grassroots" : "member",
    types: from.types.includes("publicity") ? ["staffing"] : ["publicity", "reporting"],
    modality: from.modality === "prohibition" ? "obligation" : "prohibition",
    reason: "The bearer names persons, not a body",
  };
}

describe("PUT /api/items/:id/correction", () => {
  it("when a reviewer corrects an item, then it serves the corrected reading and keeps the extractor's", async () => {
    const body = differentReading(item);
    const res = await client().put(`/api/items/${item.id}/correction`).send(body);
    expect(res.status).toBe(200);
    const corrected = ItemSchema.parse(res.body);
    expect(corrected).toMatchObject({
      level: body.level,
      types: body.types,
      modality: body.modality,
    });
    expect(corrected.correction).toMatchObject({
      reason: body.reason,
      extracted: { level: item.level, types: item.types, modality: item.modality },
    });
    const stored = await prisma.correction.findUniqueOrThrow({ where: { itemId: item.id } });
    expect(stored).toMatchObject({
      level: body.level,
      modality: body.modality,
      reason: body.reason,
    });
    expect(JSON.parse(stored.types)).toEqual(body.types);
    // The extractor's reading stays in the item row.
    const row = await prisma.item.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.level).toBe(item.level);
    // Reading it back gives the same.
    expect((await client().get(`/api/items/${item.id}`)).body).toEqual(res.body);
  });

  it("when an item is corrected twice, then the second correction replaces the first", async () => {
    await client().put(`/api/items/${item.id}/correction`).send(differentReading(item));
    const second = {
      level: "committee",
      types: ["other"],
      modality: "mixed",
      reason: "second look",
    };
    const res = await client().put(`/api/items/${item.id}/correction`).send(second);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ level: "committee", types: ["other"], modality: "mixed" });
    expect(ItemSchema.parse(res.body).correction?.extracted.level).toBe(item.level);
    expect(await prisma.correction.count()).toBe(1);
  });

  it("when an item is corrected, then its review state and version are untouched", async () => {
    await client().patch(`/api/items/${item.id}`).send({ reviewed: true, version: 0 });
    const res = await client().put(`/api/items/${item.id}/correction`).send(differentReading(item));
    expect(ItemSchema.parse(res.body).review).toMatchObject({ reviewed: true, version: 1 });
  });

  it("when the item is unknown, then it answers 404 and stores nothing", async () => {
    const res = await client().put("/api/items/nope/correction").send(differentReading(item));
    expectError(res, 404, "NOT_FOUND");
    expect(await prisma.correction.count()).toBe(0);
  });

  it.each([
    [{ types: ["other"], modality: "obligation", reason: "r" }, ["body.level"]],
    [{ level: "province", types: ["other"], modality: "obligation", reason: "r" }, ["body.level"]],
    [{ level: "member", types: [], modality: "obligation", reason: "r" }, ["body.types"]],
    [
      { level: "member", types: ["other", "reporting"], modality: "obligation", reason: "r" },
      ["body.types"],
    ],
    [
      { level: "member", types: ["reporting", "reporting"], modality: "obligation", reason: "r" },
      ["body.types"],
    ],
    [{ level: "member", types: "reporting", modality: "obligation", reason: "r" }, ["body.types"]],
    [
      { level: "member", types: ["finance"], modality: "obligation", reason: "r" },
      ["body.types.0"],
    ],
    [{ level: "member", types: ["other"], modality: "maybe", reason: "r" }, ["body.modality"]],
    [{ level: "member", types: ["other"], modality: "obligation" }, ["body.reason"]],
    [{ level: "member", types: ["other"], modality: "obligation", reason: "   " }, ["body.reason"]],
    [
      { level: "member", types: ["other"], modality: "obligation", reason: "r", by: "me" },
      ["body.by"],
    ],
  ])(
    "when the body is %j, then it answers 400 naming %j and stores nothing",
    async (body, paths) => {
      const before = await storedState();
      const res = await client().put(`/api/items/${item.id}/correction`).send(body);
      expect(issuePaths(res)).toEqual(paths);
      expect(await storedState()).toEqual(before);
    },
  );

  it("when the JSON is malformed, then it answers 400 MALFORMED_JSON", async () => {
    const res = await client()
      .put(`/api/items/${item.id}/correction`)
      .set("Content-Type", "application/json")
      .send("{level: member}");
    expectError(res, 400, "MALFORMED_JSON");
    expect(await prisma.correction.count()).toBe(0);
  });

  it("when the body is not JSON, then it answers 415", async () => {
    const res = await client()
      .put(`/api/items/${item.id}/correction`)
      .type("form")
      .send("level=member");
    expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
  });
});

describe("DELETE /api/items/:id/correction", () => {
  it("when a corrected item's correction is removed, then it serves the extractor's reading again", async () => {
    await client().put(`/api/items/${item.id}/correction`).send(differentReading(item));
    const res = await client().delete(`/api/items/${item.id}/correction`);
    expect(res.status).toBe(200);
    const restored = ItemSchema.parse(res.body);
    expect(restored).toMatchObject({
      level: item.level,
      types: item.types,
      modality: item.modality,
    });
    expect(restored.correction).toBeNull();
    expect(await prisma.correction.count()).toBe(0);
  });

  it("when the item has no correction, then removing one is a harmless no-op", async () => {
    const res = await client().delete(`/api/items/${item.id}/correction`);
    expect(res.status).toBe(200);
    expect(ItemSchema.parse(res.body).correction).toBeNull();
  });

  it("when the item is unknown, then it answers 404", async () => {
    expectError(await client().delete("/api/items/nope/correction"), 404, "NOT_FOUND");
  });
});
