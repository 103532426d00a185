/**
 * Two real app processes (`node --import tsx src/index.ts`, two ports) on one PostgreSQL
 * database, as behind a load balancer: a session made on one works on the other, concurrent
 * review writes spread over both lose nothing, and the sign-in rate limit is shared. Runs in
 * the PostgreSQL pass of the suite (TEST_DATABASE=postgres); SQLite is one process by design.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  ErrorEnvelopeSchema,
  ItemSchema,
  SaveDocumentResponseSchema,
  SessionResponseSchema,
} from "@zeren/shared/contract";
import { testProvider } from "./databases";
import { SESSION_CACHE_MS } from "../src/auth/session-cache";

/** Not helpers.ts's SAMPLE_NOTICE: importing helpers.ts creates an account, closing setup. */
const NOTICE = [
  "各市（州）党委，省直各部门党组（党委）：",
  "为做好当前防汛救灾工作，现就有关事项通知如下。",
  "一、各级党委（党组）要切实加强组织领导，及时向省委报告工作进展情况。",
  "二、基层党组织要广泛开展宣传引导，组织党员群众做好防汛准备。",
  "三、广大党员要带头遵守防汛纪律，不得擅离职守。",
  "四、组织部门要选派优秀干部充实一线工作队伍。",
  "中共某某省委",
  "2021年7月20日",
].join("\n");

const SERVER_DIR = path.resolve(import.meta.dirname, "..");
const SETUP_TOKEN = "two-instances-setup-token-0123456789";
const CSRF = "two-instances-csrf";
const PASSWORD = "correct horse battery staple";
/** 64 writes: 4 items × 16 writers, every other one sent to the other instance. */
const ITEMS = 4;
const WRITERS_PER_ITEM = 16;
/** A writer that keeps losing re-reads the version from the 409 and tries again, at most this often. */
const MAX_TRIES = WRITERS_PER_ITEM + 4;

interface Instance {
  url: string;
  process: ChildProcess;
  output: string[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startInstance(port: number, appUrl: string): Promise<Instance> {
  // No AUTH_SECRET: the instances must agree on the secret through the database.
  const env = { ...process.env };
  delete env.AUTH_SECRET;
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: SERVER_DIR,
    env: {
      ...env,
      PORT: String(port),
      APP_URL: appUrl, // both answer for the one public address, as behind nginx
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      SETUP_TOKEN,
      // As behind nginx: the address in X-Forwarded-For counts (a direct request: the socket's).
      TRUST_PROXY: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited: ${output.join("")}`);
    // Listening, and done with its start (the setup token is stored when this line is out).
    if (output.join("").includes("Create the first instructor"))
      return { url, process: child, output };
    if (Date.now() > deadline) throw new Error(`instance did not start: ${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The instance's error log lines, shown when a request fails unexpectedly. */
function errorLines(instance: Instance): string {
  return instance.output
    .join("")
    .split("\n")
    .filter((line) => line.includes('"level":50'))
    .join("\n");
}

let a: Instance;
let b: Instance;
let appUrl: string;

/** A request as our page sends it: same origin, CSRF pair, the session cookie if any. */
function call(
  instance: Instance,
  method: string,
  route: string,
  options: { body?: unknown; session?: string; forwardedFor?: string } = {},
) {
  const cookies = [`${CSRF_COOKIE}=${CSRF}`, ...(options.session ? [options.session] : [])];
  return fetch(`${instance.url}${route}`, {
    method,
    headers: {
      Origin: appUrl,
      [CSRF_HEADER]: CSRF,
      Cookie: cookies.join("; "),
      ...(options.forwardedFor ? { "X-Forwarded-For": options.forwardedFor } : {}),
      ...(options.body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

function sessionCookie(res: Response): string {
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("zeren.session_token="));
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

let session: string;
let email: string;

describe.runIf(testProvider === "postgres")("two app instances on one PostgreSQL", () => {
  beforeAll(async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    appUrl = `http://127.0.0.1:${portA}`;
    // Started together: both race to migrate nothing, make the auth secret and a setup token.
    [a, b] = await Promise.all([startInstance(portA, appUrl), startInstance(portB, appUrl)]);
    email = `two-instances-${Date.now()}@example.org`;
    const setup = await call(a, "POST", "/api/setup", {
      body: { token: SETUP_TOKEN, name: "Instructor Two", email, password: PASSWORD },
    });
    expect(setup.status, await setup.clone().text()).toBe(201);
    session = sessionCookie(setup);
  }, 120_000);

  afterAll(async () => {
    for (const instance of [a, b]) {
      if (!instance || instance.process.exitCode !== null) continue;
      const exited = new Promise((resolve) => instance.process.once("exit", resolve));
      instance.process.kill("SIGTERM");
      await exited;
    }
  });

  it("when a session is made on one instance, then the other knows it, and sign-out on the other ends it on both", async () => {
    const signIn = await call(b, "POST", "/api/auth/sign-in/email", {
      body: { email, password: PASSWORD },
    });
    expect(signIn.status).toBe(200);
    const madeOnB = sessionCookie(signIn);
    for (const instance of [a, b]) {
      const res = await call(instance, "GET", "/api/session", { session: madeOnB });
      expect(SessionResponseSchema.parse(await res.json()).user?.email).toBe(email);
    }
    expect((await call(a, "POST", "/api/auth/sign-out", { session: madeOnB })).status).toBe(200);
    const onA = await call(a, "GET", "/api/session", { session: madeOnB });
    expect(SessionResponseSchema.parse(await onA.json()).user).toBeNull();
    // The other instance may trust its few-second session cache (auth/session-cache.ts) until
    // it expires: the sign-out holds there once the cache's lifetime has passed.
    await new Promise((resolve) => setTimeout(resolve, SESSION_CACHE_MS + 500));
    const after = await call(b, "GET", "/api/session", { session: madeOnB });
    expect(SessionResponseSchema.parse(await after.json()).user).toBeNull();
  });

  it("when 64 review writes race over both instances, then every accepted one is in the history, the rest answer 409, and versions count them all", async () => {
    const created = await call(a, "POST", "/api/documents", {
      body: { text: NOTICE, title: "两实例" },
      session,
    });
    expect([200, 201]).toContain(created.status);
    const { document } = SaveDocumentResponseSchema.parse(await created.json());
    const listed = await call(b, "GET", `/api/documents/${document.id}`, { session });
    expect(listed.status).toBe(200);
    const detail = (await listed.json()) as { items: { id: string }[] };
    const itemIds = detail.items.slice(0, ITEMS).map((item) => item.id);
    expect(itemIds).toHaveLength(ITEMS);

    const statuses: number[] = [];
    const accepted = new Map<string, string[]>(itemIds.map((id) => [id, []]));
    const write = async (itemId: string, writer: number) => {
      const instance = writer % 2 === 0 ? a : b;
      const note = `writer ${writer} on ${instance === a ? "A" : "B"}`;
      let version = 0;
      for (let tries = 0; tries < MAX_TRIES; tries += 1) {
        const res = await call(instance, "PATCH", `/api/items/${itemId}`, {
          body: { reviewed: writer % 3 !== 0, note, version },
          session,
        });
        statuses.push(res.status);
        const body: unknown = await res.json();
        if (res.status === 200) {
          accepted.get(itemId)!.push(note);
          return;
        }
        expect(res.status, errorLines(instance)).toBe(409);
        const { error } = ErrorEnvelopeSchema.parse(body);
        expect(error.code).toBe("VERSION_CONFLICT");
        version = ItemSchema.parse((error as { current?: unknown }).current).review.version;
      }
      throw new Error(`${note} never got through`);
    };
    await Promise.all(
      itemIds.flatMap((itemId) =>
        Array.from({ length: WRITERS_PER_ITEM }, (_, writer) => write(itemId, writer)),
      ),
    );

    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(ITEMS * WRITERS_PER_ITEM);
    for (const itemId of itemIds) {
      const history = await call(b, "GET", `/api/items/${itemId}/history`, { session });
      const { events } = (await history.json()) as {
        events: { version: number; after: { note: string } }[];
      };
      // One event per accepted write, versions 1…16 with no gap or repeat, each write's note once.
      expect(events.map((e) => e.version).sort((x, y) => x - y)).toEqual(
        Array.from({ length: WRITERS_PER_ITEM }, (_, i) => i + 1),
      );
      expect(events.map((e) => e.after.note).sort()).toEqual([...accepted.get(itemId)!].sort());
      const item = ItemSchema.parse(
        await (await call(a, "GET", `/api/items/${itemId}`, { session })).json(),
      );
      expect(item.review.version).toBe(WRITERS_PER_ITEM);
      const last = events.reduce((x, y) => (y.version > x.version ? y : x));
      expect(item.review.note).toBe(last.after.note);
    }
  }, 120_000);

  it("when sign-in attempts alternate between the instances, then they share one limit", async () => {
    // A client address of this test's own (through TRUST_PROXY), so no earlier sign-in counts.
    const attempt = (instance: Instance) =>
      call(instance, "POST", "/api/auth/sign-in/email", {
        body: { email: "nobody@example.org", password: "a wrong password" },
        forwardedFor: "203.0.113.50",
      });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await attempt(i % 2 === 0 ? a : b)).status);
    // Five a minute in all: three went to A and two to B before both refuse.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});
