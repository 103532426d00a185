import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app";
import { prisma } from "../src/db";
import { client, resetDatabase, SAMPLE_NOTICE } from "./helpers";

/** A stand-in for client/dist as Vite builds it: hashed assets, their hidden maps, an icon. */
const SCRIPT = `export const app = ${JSON.stringify("各级党委要加强领导。".repeat(500))};\n`;
let clientDir: string;
beforeAll(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), "zeren-transport-"));
  fs.mkdirSync(path.join(clientDir, "assets"));
  fs.writeFileSync(
    path.join(clientDir, "index.html"),
    '<!doctype html><html><head><script type="module" src="/assets/index-Bx12cd34.js"></script>' +
      '</head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(clientDir, "assets", "index-Bx12cd34.js"), SCRIPT);
  fs.writeFileSync(path.join(clientDir, "assets", "index-Bx12cd34.js.map"), '{"version":3}');
  fs.writeFileSync(path.join(clientDir, "favicon.svg"), "<svg/>");
  // The build's own step writes the compressed copies (as `npm run build` does)...
  const { precompress } = await import("../../client/precompress");
  const plugin = precompress() as unknown as {
    configResolved: (config: { root: string; build: { outDir: string } }) => void;
    closeBundle: () => void;
  };
  plugin.configResolved({ root: clientDir, build: { outDir: "." } });
  plugin.closeBundle();
  // ...and a file added after it has none.
  fs.writeFileSync(path.join(clientDir, "assets", "late-Cd56ef78.js"), SCRIPT);
});
afterAll(async () => {
  fs.rmSync(clientDir, { recursive: true, force: true });
  await prisma.$disconnect();
});

const app = () => request(createApp({ serveClient: true, clientDir }));

/** The answer's headers and raw bytes as they went over the wire (supertest would decode). */
async function rawGet(url: string, headers: Record<string, string>) {
  const server = createApp({ serveClient: true, clientDir }).listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<{ res: http.IncomingMessage; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path: url, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ res, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
  } finally {
    server.close();
  }
}

describe("compression", () => {
  it("when a browser accepts brotli, then a hashed script is sent brotli-compressed and decodes to the file", async () => {
    const { res, body } = await rawGet("/assets/index-Bx12cd34.js", {
      "Accept-Encoding": "gzip, deflate, br",
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5);
    expect(zlib.brotliDecompressSync(body).toString("utf8")).toBe(SCRIPT);
  });

  it("when a client accepts only gzip, then API JSON is sent gzipped and decodes to the answer", async () => {
    await resetDatabase();
    expect((await client().post("/api/documents").send({ text: SAMPLE_NOTICE })).status).toBe(201);
    const res = await client().get("/api/items?level=committee").set("Accept-Encoding", "gzip");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    // supertest has gunzipped it: the answer is intact.
    expect((res.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it("when a client accepts no encoding, then the answer is sent as it is", async () => {
    const { res, body } = await rawGet("/assets/index-Bx12cd34.js", {
      "Accept-Encoding": "identity",
    });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(body.toString("utf8")).toBe(SCRIPT);
  });
});

describe("precompressed copies of the build (issue 9)", () => {
  const asset = () => path.join(clientDir, "assets", "index-Bx12cd34.js");

  it("when the build runs, then every script gets a brotli and a gzip copy that decode to it", () => {
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${asset()}.br`)).toString()).toBe(SCRIPT);
    expect(zlib.gunzipSync(fs.readFileSync(`${asset()}.gz`)).toString()).toBe(SCRIPT);
    expect(fs.existsSync(path.join(clientDir, "assets", "index-Bx12cd34.js.map.br"))).toBe(false);
  });

  it("when a browser accepts brotli, then the build's copy is sent byte for byte, typed as the script", async () => {
    const { res, body } = await rawGet("/assets/index-Bx12cd34.js", {
      "Accept-Encoding": "gzip, deflate, br",
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(body.equals(fs.readFileSync(`${asset()}.br`))).toBe(true);
  });

  it("when a browser accepts only gzip, then the gzip copy is sent", async () => {
    const { res, body } = await rawGet("/assets/index-Bx12cd34.js", { "Accept-Encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(body.equals(fs.readFileSync(`${asset()}.gz`))).toBe(true);
  });

  it("when a file has no copy, then it is compressed as it is sent", async () => {
    const { res, body } = await rawGet("/assets/late-Cd56ef78.js", { "Accept-Encoding": "br" });
    expect(res.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(body).toString("utf8")).toBe(SCRIPT);
  });

  it("when a path tries to leave the assets folder, then no copy is looked up there", async () => {
    const res = await app().get("/assets/..%2Findex.html").set("Accept-Encoding", "br");
    expect(res.headers["content-encoding"]).not.toBe("br");
  });
});

describe("caching the client's files", () => {
  it("when a hashed asset is requested, then it may be cached for a year, immutable", async () => {
    const res = await app().get("/assets/index-Bx12cd34.js");
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("when index.html is served (directly or as a client route), then it is revalidated every time", async () => {
    for (const url of ["/", "/index.html", "/tiers/committee"]) {
      const res = await app().get(url);
      expect(res.status, url).toBe(200);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers["cache-control"], url).toBe("no-cache");
    }
  });

  it("when a file at the root that is not hashed is requested, then it is cached only an hour", async () => {
    const res = await app().get("/favicon.svg");
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=3600");
  });

  it("when an asset of another build is requested, then it is 404, not index.html", async () => {
    const res = await app().get("/assets/index-Old00000.js");
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('<div id="root">');
  });
});

describe("source maps", () => {
  it("when a source map is requested, then it is not served", async () => {
    const res = await app().get("/assets/index-Bx12cd34.js.map");
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('"version"');
  });

  it("when the client is built, then Vite writes no sourceMappingURL comment (hidden maps)", async () => {
    const { default: viteConfig } = (await import("../../client/vite.config")) as {
      default: { build?: { sourcemap?: unknown } };
    };
    expect([false, "hidden"]).toContain(viteConfig.build?.sourcemap);
  });
});
