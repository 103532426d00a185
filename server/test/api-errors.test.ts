import zlib from "node:zlib";
import express from "express";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../src/db";
import { errorHandler } from "../src/errors/error-handler";
import { httpLogger } from "../src/logger";
import { browserAgent } from "./agents";
import { client, expectError, SAMPLE_NOTICE } from "./helpers";

afterAll(() => prisma.$disconnect());

describe("errors every endpoint shares", () => {
  it("when an /api route does not exist, then it answers 404 in the error envelope", async () => {
    const res = await client().get("/api/nothing-here");
    const error = expectError(res, 404, "NOT_FOUND");
    expect(error.message).toContain("/api/nothing-here");
  });

  it("when an existing route is called with an unsupported method, then it answers 404 JSON", async () => {
    const res = await client().delete("/api/summary");
    expectError(res, 404, "NOT_FOUND");
  });

  it("when a write sends form data instead of JSON, then it answers 415", async () => {
    const res = await client()
      .patch("/api/items/any")
      .type("form")
      .send({ reviewed: "true", version: "0" });
    expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("when a write sends text/plain, then it answers 415", async () => {
    const res = await client()
      .post("/api/documents")
      .set("Content-Type", "text/plain")
      .send("各级党委要加强领导。");
    expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("when the JSON body is cut short, then it answers 400 MALFORMED_JSON", async () => {
    const res = await client()
      .post("/api/documents/preview")
      .set("Content-Type", "application/json")
      .send('{"text": "各级党委要');
    expectError(res, 400, "MALFORMED_JSON");
  });

  it("when the JSON body is a bare string, then it answers 400 MALFORMED_JSON", async () => {
    const res = await client()
      .post("/api/documents/preview")
      .set("Content-Type", "application/json")
      .send('"just a string"');
    expectError(res, 400, "MALFORMED_JSON");
  });

  it("when the body's charset is not UTF-8, then it answers 415", async () => {
    const res = await client()
      .post("/api/documents/preview")
      .set("Content-Type", "application/json; charset=latin-9")
      .send('{"text":"x"}');
    expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("when a path parameter has a malformed %-escape, then it answers 400 VALIDATION_FAILED, not 500", async () => {
    for (const res of [
      await client().get("/api/items/%E0%A4%A"),
      await client().get("/api/documents/%"),
      await client().patch("/api/items/%zz").send({ reviewed: true, version: 0 }),
      await browserAgent().get("/api/invites/%zz"),
    ]) {
      const error = expectError(res, 400, "VALIDATION_FAILED");
      expect(error.issues?.map((issue) => issue.path)).toEqual(["params"]);
    }
  });

  it("when a JSON body escapes half a surrogate pair, then it answers 400 MALFORMED_JSON and stores nothing", async () => {
    const before = await prisma.document.count();
    const escaped = JSON.stringify({ text: SAMPLE_NOTICE, title: "X" }).replace('"X"', '"\\ud800"');
    const importRes = await client()
      .post("/api/documents")
      .set("Content-Type", "application/json")
      .send(escaped);
    expectError(importRes, 400, "MALFORMED_JSON");
    expect(await prisma.document.count()).toBe(before);

    const noteRes = await client()
      .patch("/api/items/any")
      .set("Content-Type", "application/json")
      .send('{"reviewed":true,"note":"\\udc00","version":0}');
    expectError(noteRes, 400, "MALFORMED_JSON");
  });

  it("when a JSON body has a well-formed astral character, then it is accepted as text", async () => {
    const res = await client()
      .post("/api/documents/preview")
      .set("Content-Type", "application/json")
      .send(JSON.stringify({ text: SAMPLE_NOTICE, title: "\u{20BB7}" }));
    expect(res.status).toBe(200);
  });

  it("when code throws something unexpected, then the answer is a generic 500 without details", async () => {
    const app = express();
    app.use(httpLogger);
    app.get("/boom", () => {
      throw new Error("secret internal detail at /srv/app.ts:12");
    });
    app.use(errorHandler);
    const res = await request(app).get("/boom");
    const error = expectError(res, 500, "INTERNAL");
    expect(JSON.stringify(res.body)).not.toContain("secret internal detail");
    expect(res.headers["x-request-id"]).toBeDefined();
    expect(error.message).toBe("Something went wrong on the server");
  });

  it("when an async route rejects, then Express 5 forwards it to the one handler", async () => {
    const app = express();
    app.use(httpLogger);
    app.get("/reject", async () => {
      await Promise.resolve();
      throw new Error("rejected");
    });
    app.use(errorHandler);
    const res = await request(app).get("/reject");
    expectError(res, 500, "INTERNAL");
  });
});

describe("compressed JSON bodies (Content-Encoding)", () => {
  /** Sends raw bytes: supertest would JSON-encode a Buffer given a JSON content type. */
  function sendEncoded(
    url: string,
    encoding: string,
    bytes: Buffer,
    method: "post" | "patch" = "post",
  ) {
    const req = method === "post" ? client().post(url) : client().patch(url);
    return (
      req
        .set("Content-Type", "application/json")
        .set("Content-Encoding", encoding)
        // superagent passes what serialize returns to the socket as is; its type says string.
        .serialize((raw: Buffer) => raw as unknown as string)
        .send(bytes)
    );
  }
  const preview = JSON.stringify({ text: SAMPLE_NOTICE });

  it("when a JSON body is gzip, deflate or br compressed, then it is read like plain JSON", async () => {
    const plain = await client().post("/api/documents/preview").send({ text: SAMPLE_NOTICE });
    expect(plain.status).toBe(200);
    for (const [encoding, bytes] of [
      ["gzip", zlib.gzipSync(preview)],
      ["deflate", zlib.deflateSync(preview)],
      ["br", zlib.brotliCompressSync(preview)],
      ["GZIP", zlib.gzipSync(preview)],
    ] as const) {
      const res = await sendEncoded("/api/documents/preview", encoding, bytes);
      expect(res.status, `${encoding}: ${JSON.stringify(res.body)}`).toBe(200);
      expect(res.body).toEqual(plain.body);
    }
  });

  it("when a body says gzip but is not gzip, then it answers 400 MALFORMED_JSON, not 500", async () => {
    for (const [encoding, bytes] of [
      ["gzip", Buffer.from(preview)],
      ["deflate", Buffer.from("not deflate at all")],
      ["br", Buffer.from([0xff, 0xff, 0xff, 0xff])],
      // A valid stream cut short.
      ["gzip", zlib.gzipSync(preview).subarray(0, 40)],
    ] as const) {
      const res = await sendEncoded("/api/documents/preview", encoding, bytes);
      const error = expectError(res, 400, "MALFORMED_JSON");
      expect(error.message).toMatch(/decompress/);
    }
  });

  it("when a small compressed body inflates past the limit (a zip bomb), then it answers 413", async () => {
    // 10 MB of spaces inside a JSON string: ~10 KB gzipped, far above the 64 KB limit inflated.
    const bomb = zlib.gzipSync(`{"reviewed":true,"version":0,"note":"${" ".repeat(10_000_000)}"}`);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const res = await sendEncoded("/api/items/any", "gzip", bomb, "patch");
    expectError(res, 413, "PAYLOAD_TOO_LARGE");
    const importBomb = zlib.brotliCompressSync(
      JSON.stringify({ text: "各级党委要加强领导。".repeat(2_000_000) }),
    );
    expectError(
      await sendEncoded("/api/documents/preview", "br", importBomb),
      413,
      "PAYLOAD_TOO_LARGE",
    );
  });

  it("when the Content-Encoding is unknown, then it answers 415 naming the ones accepted", async () => {
    for (const encoding of ["compress", "x-custom", "gzip, br"]) {
      const res = await sendEncoded("/api/documents/preview", encoding, Buffer.from(preview));
      const error = expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
      expect(error.message).toContain("gzip");
    }
  });
});
