/** The catalogue review (PATCH /api/items/:id) keeps an append-only history: who, when, what. */
import { beforeAll, describe, expect, it } from "vitest";
import { CatalogueHistoryResponseSchema } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { browserAgent, signedIn, type SignedIn } from "./agents";
import { importNotice } from "./exercise-fixtures";
import { expectError, SAMPLE_NOTICE } from "./helpers";

let chen: SignedIn;
let wu: SignedIn;
let itemId: string;

beforeAll(async () => {
  chen = await signedIn("instructor", { name: "Archivist Chen" });
  wu = await signedIn("instructor", { name: "Archivist Wu" });
  const document = await importNotice(chen.agent, SAMPLE_NOTICE);
  itemId = document.items[0]!.id;
});

describe("catalogue review history", () => {
  it("when two archivists change an item's review, then its history names each, with time, before and after; a refused write adds nothing", async () => {
    const started = Date.now();
    const first = await chen.agent
      .patch(`/api/items/${itemId}`)
      .send({ reviewed: true, version: 0 });
    expect(first.status).toBe(200);
    const second = await wu.agent
      .patch(`/api/items/${itemId}`)
      .send({ reviewed: true, note: "checked against the original", version: 1 });
    expect(second.status).toBe(200);
    // A stale write (version 1 again) is refused and leaves no event.
    const stale = await chen.agent
      .patch(`/api/items/${itemId}`)
      .send({ reviewed: false, version: 1 });
    expectError(stale, 409, "VERSION_CONFLICT");

    const res = await chen.agent.get(`/api/items/${itemId}/history`);
    expect(res.status).toBe(200);
    const { events } = CatalogueHistoryResponseSchema.parse(res.body);
    expect(events.map((e) => [e.actor.name, e.version])).toEqual([
      ["Archivist Chen", 1],
      ["Archivist Wu", 2],
    ]);
    expect(events[0]).toMatchObject({
      before: { reviewed: false, note: "" },
      after: { reviewed: true, note: "" },
    });
    expect(events[1]).toMatchObject({
      before: { reviewed: true, note: "" },
      after: { reviewed: true, note: "checked against the original" },
    });
    for (const event of events) {
      expect(Date.parse(event.at)).toBeGreaterThanOrEqual(started - 1000);
    }
    expect(await prisma.catalogueReviewEvent.count({ where: { itemId } })).toBe(2);
  });

  it("when the item does not exist or the caller is signed out, then 404 / 401", async () => {
    expectError(await chen.agent.get("/api/items/nope/history"), 404, "NOT_FOUND");
    expectError(await browserAgent().get(`/api/items/${itemId}/history`), 401, "UNAUTHENTICATED");
  });
});
