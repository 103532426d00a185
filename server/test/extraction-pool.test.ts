import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { Response } from "supertest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { extractDocument } from "@zeren/shared/extractor";
import { MAX_DOCUMENT_CHARS } from "@zeren/shared/contract";
import { createApp } from "../src/app";
import { prisma } from "../src/db";
import {
  extractInPool,
  extractInWorker,
  extractionActivity,
  INLINE_MAX_CHARS,
} from "../src/extraction/extraction-pool";
import { client, expectError, NO_DIRECTIVE_TEXT, resetDatabase, SAMPLE_NOTICE } from "./helpers";

/**
 * The longest notice the API takes: one directive, then a report's prose. Extracting it takes
 * seconds of CPU (every sentence is a unit to judge), which inline held every other request
 * that long; with one item, storing it is quick, so the test measures the extraction.
 */
function longestNotice(): string {
  // Long sentences (commas, one full stop): the same characters to read, fewer units to send.
  const prose = `${NO_DIRECTIVE_TEXT.replaceAll("。", "，").repeat(10)}。\n`;
  const text = SAMPLE_NOTICE + "\n" + prose.repeat(Math.ceil(MAX_DOCUMENT_CHARS / prose.length));
  return text.slice(0, MAX_DOCUMENT_CHARS);
}

/** Health must answer within this while a 2 M-character import runs (inline it took seconds). */
const HEALTH_BUDGET_MS = 200;
const PROBE_EVERY_MS = 10;

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createApp().listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await prisma.$disconnect();
});
beforeEach(resetDatabase);

/**
 * The answer holds the notice (megabytes): parsing it here, on the server's own event loop,
 * would be the test's cost, not the server's.
 */
function discardBody(res: Response, done: (err: Error | null, body: unknown) => void) {
  res.on("data", () => undefined);
  res.on("end", () => done(null, null));
}

/** Health probed one after another, a pause between, until `request` has answered. */
async function probingHealthDuring<T>(request: PromiseLike<T>) {
  let pending = true;
  const started = performance.now();
  const answered = Promise.resolve(request).finally(() => {
    pending = false;
  });
  const probes: { ms: number; whileExtracting: boolean }[] = [];
  while (pending) {
    const before = extractionActivity();
    const ms = await timedHealth();
    const after = extractionActivity();
    // One extraction ran from before the probe to after it.
    const whileExtracting = before.running > 0 && after.settled === before.settled;
    probes.push({ ms, whileExtracting });
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
  }
  const res = await answered;
  return { probes, elapsedMs: performance.now() - started, res };
}

/** One probe on a new connection, as a load balancer's health check makes it. */
async function timedHealth(): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${origin}/api/health`, { headers: { Connection: "close" } });
  expect(res.status).toBe(200);
  await res.json();
  return performance.now() - started;
}

describe("extraction in the worker pool", () => {
  it("when a text is extracted in a worker, then the result equals the extractor's own", async () => {
    const options = { issuer: "中共某某省委", date: "2021-07-20" };
    expect(await extractInWorker(SAMPLE_NOTICE, options)).toEqual(
      extractDocument(SAMPLE_NOTICE, options),
    );
  });

  it("when a text is short, then it is extracted inline; when long, in a worker", async () => {
    const before = extractionActivity().settled;
    expect(SAMPLE_NOTICE.length).toBeLessThan(INLINE_MAX_CHARS);
    expect(await extractInPool(SAMPLE_NOTICE)).toEqual(extractDocument(SAMPLE_NOTICE));
    expect(extractionActivity().settled).toBe(before);
    const long = `${SAMPLE_NOTICE}\n${NO_DIRECTIVE_TEXT.repeat(Math.ceil(INLINE_MAX_CHARS / NO_DIRECTIVE_TEXT.length))}`;
    expect((await extractInPool(long)).items.length).toBeGreaterThan(0);
    expect(extractionActivity().settled).toBe(before + 1);
  });

  it("when the extractor throws in a worker, then the call rejects with an Error", async () => {
    // Not a string: the extractor fails on it, as it would inline.
    await expect(extractInWorker(null as unknown as string)).rejects.toBeInstanceOf(Error);
    // The pool still serves the next task.
    expect((await extractInWorker(SAMPLE_NOTICE)).items.length).toBeGreaterThan(0);
  });

  it.each([
    { what: "previewed", path: "/api/documents/preview", status: 200 },
    { what: "imported", path: "/api/documents", status: 201 },
  ])(
    "when a 2,000,000-character notice is $what, then /api/health answers quickly while it is extracted",
    async ({ path, status }) => {
      // Serialised before the probes start: in a client, not in the server's process.
      const body = JSON.stringify({ text: longestNotice() });
      await timedHealth(); // first-request costs out of the measurement
      const { probes, res } = await probingHealthDuring(
        client().post(path).type("json").send(body).parse(discardBody),
      );
      expect(res.status).toBe(status);
      // Health answered all along while the text was extracted.
      // Only those made while a text was being extracted count: receiving and parsing 6 MB of
      // JSON is not extraction, and on SQLite health reads through the one connection the
      // import's write transaction holds until it commits.
      const whileExtracting = probes.filter((probe) => probe.whileExtracting).map((p) => p.ms);
      // Inline, no probe could be answered while a text was extracted.
      expect(whileExtracting.length).toBeGreaterThanOrEqual(3);
      // Nine in ten within the budget: on a shared 2-core machine one probe can wait for the
      // CPU now and then, but blocking extraction would delay them all.
      const sorted = [...whileExtracting].sort((a, b) => a - b);
      const p90 = sorted[Math.ceil(sorted.length * 0.9) - 1] ?? Infinity;
      expect(p90, `probes: ${sorted.map(Math.round).join(", ")}`).toBeLessThan(HEALTH_BUDGET_MS);
    },
    120_000,
  );

  it("when a notice is imported through the pool, then it is stored with its items", async () => {
    const res = await client().post("/api/documents").send({ text: SAMPLE_NOTICE });
    expect(res.status).toBe(201);
    expect(await prisma.item.count()).toBe(extractDocument(SAMPLE_NOTICE).items.length);
  });

  it("when a notice with no directive is previewed through the pool, then it is still 422", async () => {
    const res = await client()
      .post("/api/documents/preview")
      .send({ text: "今年以来，全省上下团结一心，防汛救灾工作取得了阶段性成效。" });
    expectError(res, 422, "NO_DIRECTIVES");
  });
});
