import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorEnvelopeSchema, type ErrorCode } from "@zeren/shared/contract";
import { prisma, provider } from "../src/db";
import { browserAgent, signedIn, TEST_PASSWORD, uniqueEmail, type Agent } from "./agents";
import { SAMPLE_NOTICE } from "./helpers";

/**
 * THE AUTHORIZATION MATRIX: every endpoint × every kind of caller → the status it must get.
 * A refusal must be the JSON error envelope with the matching code, and must change nothing
 * in the database (every table is compared before and after).
 *
 * Callers:
 * - signedOut: a browser of ours with a CSRF token but no session;
 * - member:    a participant of exercise X;
 * - stranger:  a participant of another exercise (Y) only;
 * - owner:     the instructor who created exercise X;
 * - nonOwner:  another instructor (owns Y, not X).
 *
 * Convention (documented for the client): 401 without a session; 403 FORBIDDEN for a role
 * refusal the caller can know about (a participant on the catalogue, the owner on a
 * participant-only route, a member on an owner-only route); 404 NOT_FOUND for an exercise
 * the caller is not part of — exactly what an id that does not exist answers, so ids of
 * other classes' exercises cannot be probed.
 *
 * Extending: a new route in src/modules/**\/*.routes.ts makes the "every declared route is
 * in the matrix" test fail until it has a row here (and its file a mount prefix below).
 */

type Actor = "signedOut" | "member" | "stranger" | "owner" | "nonOwner";
/** Refusals first, so the allowed writes of a row come after every refused one. */
const ACTORS: Actor[] = ["signedOut", "stranger", "nonOwner", "member", "owner"];

interface Fixture {
  documentId: string;
  itemId: string;
  exerciseX: string;
  exerciseY: string;
  /** A link to exercise Z (owner's): joining it never changes who is in X. */
  tokenZ: string;
  /** An invite of X nobody uses, for the withdraw route. */
  spareInviteX: string;
  memberId: string;
  /** The item's span, for curation rows that must be refused as unchanged. */
  itemStart: number;
  itemEnd: number;
  /** A unit the extractor leaves out of SAMPLE_NOTICE (a formula), for adding an item. */
  formulaStart: number;
}

type Expected = number | [number, ErrorCode];
interface Row {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The route as declared (mount prefix + router path), for the completeness check. */
  route: string;
  url: (fx: Fixture) => string;
  body?: (fx: Fixture, actor: Actor) => unknown;
  expect: Record<Actor, Expected>;
}

const everyone = (status: number): Record<Actor, Expected> => ({
  signedOut: status,
  member: status,
  stranger: status,
  owner: status,
  nonOwner: status,
});
const signedInOnly = (status: number): Record<Actor, Expected> => ({
  ...everyone(status),
  signedOut: 401,
});
/** The catalogue and instructor-only routes. */
const instructorsOnly = (status: number): Record<Actor, Expected> => ({
  signedOut: 401,
  member: 403,
  stranger: 403,
  owner: status,
  nonOwner: status,
});
/** Reading exercise X: its owner and its members. */
const ownerOrMember = (status: number): Record<Actor, Expected> => ({
  signedOut: 401,
  member: status,
  stranger: 404,
  owner: status,
  nonOwner: 404,
});
/** The owner's tools on X (dashboard, agreement, adjudication, summary, exports, invites). */
const ownerOfX = (status: number): Record<Actor, Expected> => ({
  signedOut: 401,
  member: 403,
  stranger: 404,
  owner: status,
  nonOwner: 404,
});
/** A participant's own work in X. */
const memberOfX = (status: number): Record<Actor, Expected> => ({
  signedOut: 401,
  member: status,
  stranger: 404,
  owner: 403,
  nonOwner: 404,
});

const anotherReading = { level: "member", types: ["other"], modality: "obligation" } as const;

async function catalogueReviewVersion(itemId: string): Promise<number> {
  return (await prisma.review.findUnique({ where: { itemId } }))?.version ?? 0;
}
async function participantReviewVersion(fx: Fixture): Promise<number> {
  const review = await prisma.participantReview.findUnique({
    where: {
      exerciseId_userId_itemId: {
        exerciseId: fx.exerciseX,
        userId: fx.memberId,
        itemId: fx.itemId,
      },
    },
  });
  return review?.version ?? 0;
}

const MATRIX: Row[] = [
  // ---- public --------------------------------------------------------------------------
  { method: "GET", route: "/api/health", url: () => "/api/health", expect: everyone(200) },
  { method: "GET", route: "/api/session", url: () => "/api/session", expect: everyone(200) },
  { method: "GET", route: "/api/setup", url: () => "/api/setup", expect: everyone(200) },
  {
    method: "POST",
    route: "/api/setup",
    url: () => "/api/setup",
    body: () => ({
      token: "x".repeat(43),
      name: "Intruder",
      email: uniqueEmail("x"),
      password: TEST_PASSWORD,
    }),
    // Users exist: the setup is closed for everybody, signed in or not.
    expect: {
      signedOut: [403, "SETUP_CLOSED"],
      member: [403, "SETUP_CLOSED"],
      stranger: [403, "SETUP_CLOSED"],
      owner: [403, "SETUP_CLOSED"],
      nonOwner: [403, "SETUP_CLOSED"],
    },
  },
  {
    method: "GET",
    route: "/api/invites/:token",
    url: (fx) => `/api/invites/${fx.tokenZ}`,
    expect: everyone(200),
  },
  {
    method: "POST",
    route: "/api/invites/:token/accept",
    url: (fx) => `/api/invites/${fx.tokenZ}/accept`,
    // Signed out without account details: refused. Participants join Z; instructors may not.
    body: () => ({}),
    expect: {
      signedOut: 400,
      member: 200,
      stranger: 200,
      owner: 403,
      nonOwner: 403,
    },
  },
  // ---- the signed-in user ------------------------------------------------------------
  {
    method: "PATCH",
    route: "/api/me",
    url: () => "/api/me",
    body: () => ({ locale: "en" }),
    expect: signedInOnly(200),
  },
  // ---- the catalogue: instructors only -------------------------------------------------
  {
    method: "GET",
    route: "/api/documents",
    url: () => "/api/documents",
    expect: instructorsOnly(200),
  },
  {
    method: "GET",
    route: "/api/documents/:id",
    url: (fx) => `/api/documents/${fx.documentId}`,
    expect: instructorsOnly(200),
  },
  {
    method: "POST",
    route: "/api/documents/preview",
    url: () => "/api/documents/preview",
    body: () => ({ text: SAMPLE_NOTICE }),
    expect: instructorsOnly(200),
  },
  {
    method: "POST",
    route: "/api/documents",
    url: () => "/api/documents",
    // The same text again: found, not created (200).
    body: () => ({ text: SAMPLE_NOTICE }),
    expect: instructorsOnly(200),
  },
  {
    method: "POST",
    route: "/api/documents/:id/reextract",
    url: (fx) => `/api/documents/${fx.documentId}/reextract`,
    expect: instructorsOnly(200),
  },
  {
    method: "POST",
    route: "/api/documents/reimport",
    url: () => "/api/documents/reimport",
    body: () => ({ text: SAMPLE_NOTICE, title: "矩阵测试通知" }),
    expect: instructorsOnly(200),
  },
  {
    method: "PATCH",
    route: "/api/documents/:id/record",
    url: (fx) => `/api/documents/${fx.documentId}/record`,
    body: () => ({ documentNumber: "矩阵〔2021〕1号" }),
    expect: instructorsOnly(200),
  },
  // Withdrawn, then restored at once: the rows after these need the notice in the catalogue.
  {
    method: "POST",
    route: "/api/documents/:id/withdraw",
    url: (fx) => `/api/documents/${fx.documentId}/withdraw`,
    body: () => ({ reason: "matrix" }),
    expect: instructorsOnly(200),
  },
  {
    method: "POST",
    route: "/api/documents/:id/restore",
    url: (fx) => `/api/documents/${fx.documentId}/restore`,
    expect: instructorsOnly(200),
  },
  {
    method: "GET",
    route: "/api/documents/:id/gold",
    url: (fx) => `/api/documents/${fx.documentId}/gold`,
    expect: instructorsOnly(200),
  },
  {
    method: "GET",
    route: "/api/catalogue/export.csv",
    url: () => "/api/catalogue/export.csv",
    expect: instructorsOnly(200),
  },
  {
    method: "GET",
    route: "/api/catalogue/export.xlsx",
    url: () => "/api/catalogue/export.xlsx",
    expect: instructorsOnly(200),
  },
  {
    method: "GET",
    route: "/api/catalogue/export.json",
    url: () => "/api/catalogue/export.json",
    expect: instructorsOnly(200),
  },
  {
    method: "GET",
    route: "/api/catalogue/accuracy",
    url: () => "/api/catalogue/accuracy",
    expect: instructorsOnly(200),
  },
  { method: "GET", route: "/api/items", url: () => "/api/items", expect: instructorsOnly(200) },
  {
    method: "GET",
    route: "/api/search",
    url: () => "/api/search?q=%E5%85%9A",
    expect: instructorsOnly(200),
  },
  {
    method: "GET",
    route: "/api/items/:id",
    url: (fx) => `/api/items/${fx.itemId}`,
    expect: instructorsOnly(200),
  },
  {
    method: "PATCH",
    route: "/api/items/:id",
    url: (fx) => `/api/items/${fx.itemId}`,
    body: async (fx) => ({ reviewed: true, version: await catalogueReviewVersion(fx.itemId) }),
    expect: instructorsOnly(200),
  },
  {
    method: "GET",
    route: "/api/items/:id/history",
    url: (fx) => `/api/items/${fx.itemId}/history`,
    expect: instructorsOnly(200),
  },
  {
    method: "PUT",
    route: "/api/items/:id/correction",
    url: (fx) => `/api/items/${fx.itemId}/correction`,
    body: () => ({ ...anotherReading, reason: "matrix" }),
    expect: instructorsOnly(200),
  },
  {
    method: "DELETE",
    route: "/api/items/:id/correction",
    url: (fx) => `/api/items/${fx.itemId}/correction`,
    expect: instructorsOnly(200),
  },
  // ---- curation (issue 8): instructors only, like corrections ---------------------------
  {
    method: "POST",
    route: "/api/documents/:id/items",
    url: (fx) => `/api/documents/${fx.documentId}/items`,
    // Each instructor narrows a different part of the formula, so both adds succeed.
    body: (fx, actor) => ({
      start: fx.formulaStart + (actor === "owner" ? 0 : 12),
      end: fx.formulaStart + (actor === "owner" ? 5 : 17),
      bearer: "各级党委（党组）",
      level: "committee",
      types: ["other"],
      modality: "obligation",
      reason: "matrix",
    }),
    expect: instructorsOnly(201),
  },
  {
    method: "PUT",
    route: "/api/items/:id/bearer",
    url: (fx) => `/api/items/${fx.itemId}/bearer`,
    body: (_fx, actor) => ({ bearer: `matrix ${actor}`, level: "committee" }),
    expect: instructorsOnly(200),
  },
  {
    method: "PUT",
    route: "/api/items/:id/span",
    url: (fx) => `/api/items/${fx.itemId}/span`,
    // Unchanged: refused as bad input, so the item stays for the rows below.
    body: (fx) => ({ start: fx.itemStart, end: fx.itemEnd }),
    expect: instructorsOnly(400),
  },
  {
    method: "POST",
    route: "/api/items/:id/split",
    url: (fx) => `/api/items/${fx.itemId}/split`,
    body: () => ({ at: 0 }),
    expect: instructorsOnly(400),
  },
  {
    method: "POST",
    route: "/api/items/:id/merge",
    url: (fx) => `/api/items/${fx.itemId}/merge`,
    body: (fx) => ({ with: fx.itemId }),
    expect: instructorsOnly(400),
  },
  {
    method: "POST",
    route: "/api/items/:id/dismissal",
    url: (fx) => `/api/items/${fx.itemId}/dismissal`,
    body: () => ({ reason: "matrix" }),
    // The first instructor dismisses it; the second finds it already dismissed.
    expect: { ...instructorsOnly(200), owner: [409, "CURATION_CONFLICT"] },
  },
  {
    method: "DELETE",
    route: "/api/items/:id/dismissal",
    url: (fx) => `/api/items/${fx.itemId}/dismissal`,
    expect: { ...instructorsOnly(200), owner: [409, "CURATION_CONFLICT"] },
  },
  { method: "GET", route: "/api/summary", url: () => "/api/summary", expect: instructorsOnly(200) },
  {
    method: "GET",
    route: "/api/summary/documents",
    url: () => "/api/summary/documents?level=committee",
    expect: instructorsOnly(200),
  },
  // The administrator only (the first instructor: this file's helper instructor, not these).
  {
    method: "GET",
    route: "/api/backup",
    url: () => "/api/backup",
    expect: instructorsOnly(403),
  },
  // ---- exercises -------------------------------------------------------------------------
  {
    method: "GET",
    route: "/api/exercises",
    url: () => "/api/exercises",
    expect: signedInOnly(200),
  },
  {
    method: "POST",
    route: "/api/exercises",
    url: () => "/api/exercises",
    body: (fx) => ({ title: "Matrix exercise", documentIds: [fx.documentId], blind: false }),
    expect: instructorsOnly(201),
  },
  {
    method: "GET",
    route: "/api/exercises/:id",
    url: (fx) => `/api/exercises/${fx.exerciseX}`,
    expect: ownerOrMember(200),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/items",
    url: (fx) => `/api/exercises/${fx.exerciseX}/items`,
    expect: ownerOrMember(200),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/documents/:documentId/source",
    url: (fx) => `/api/exercises/${fx.exerciseX}/documents/${fx.documentId}/source`,
    expect: ownerOrMember(200),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/progress",
    url: (fx) => `/api/exercises/${fx.exerciseX}/progress`,
    expect: ownerOfX(200),
  },
  {
    method: "PUT",
    route: "/api/exercises/:id/items/:itemId/review",
    url: (fx) => `/api/exercises/${fx.exerciseX}/items/${fx.itemId}/review`,
    body: async (fx) => ({
      reviewed: true,
      note: "matrix",
      coding: anotherReading,
      version: await participantReviewVersion(fx),
    }),
    expect: memberOfX(200),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/items/:itemId/review/history",
    url: (fx) => `/api/exercises/${fx.exerciseX}/items/${fx.itemId}/review/history`,
    expect: ownerOrMember(200),
  },
  {
    method: "POST",
    route: "/api/exercises/:id/undo",
    url: (fx) => `/api/exercises/${fx.exerciseX}/undo`,
    // The member's PUT of the row above is theirs to undo.
    expect: memberOfX(200),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/agreement",
    url: (fx) => `/api/exercises/${fx.exerciseX}/agreement`,
    expect: ownerOfX(200),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/agreement/items",
    url: (fx) => `/api/exercises/${fx.exerciseX}/agreement/items`,
    expect: ownerOfX(200),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/adjudication",
    url: (fx) => `/api/exercises/${fx.exerciseX}/adjudication`,
    expect: ownerOfX(200),
  },
  {
    method: "POST",
    route: "/api/exercises/:id/adjudication/unanimous",
    url: (fx) => `/api/exercises/${fx.exerciseX}/adjudication/unanimous`,
    body: () => ({}),
    expect: ownerOfX(200),
  },
  {
    method: "POST",
    route: "/api/exercises/:id/adjudication/:itemId",
    url: (fx) => `/api/exercises/${fx.exerciseX}/adjudication/${fx.itemId}`,
    body: () => ({ decision: "accept-extractor" }),
    expect: ownerOfX(200),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/summary",
    url: (fx) => `/api/exercises/${fx.exerciseX}/summary`,
    expect: ownerOfX(200),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/export.csv",
    url: (fx) => `/api/exercises/${fx.exerciseX}/export.csv`,
    expect: ownerOfX(200),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/export.xlsx",
    url: (fx) => `/api/exercises/${fx.exerciseX}/export.xlsx`,
    expect: ownerOfX(200),
  },
  {
    method: "POST",
    route: "/api/exercises/:id/invites",
    url: (fx) => `/api/exercises/${fx.exerciseX}/invites`,
    expect: ownerOfX(201),
  },
  {
    method: "GET",
    route: "/api/exercises/:id/invites",
    url: (fx) => `/api/exercises/${fx.exerciseX}/invites`,
    expect: ownerOfX(200),
  },
  {
    method: "DELETE",
    route: "/api/exercises/:id/invites/:inviteId",
    url: (fx) => `/api/exercises/${fx.exerciseX}/invites/${fx.spareInviteX}`,
    expect: ownerOfX(204),
  },
];

/** Extra rows that are not routes of their own: ids nobody may know, and unknown paths. */
const PROBES: Omit<Row, "route">[] = [
  {
    method: "GET",
    url: () => "/api/exercises/does-not-exist",
    expect: signedInOnly(404),
  },
  {
    method: "PUT",
    url: (fx) => `/api/exercises/does-not-exist/items/${fx.itemId}/review`,
    body: () => ({ reviewed: true, version: 0 }),
    expect: signedInOnly(404),
  },
  { method: "GET", url: () => "/api/no-such-route", expect: signedInOnly(404) },
  { method: "DELETE", url: () => "/api/documents", expect: instructorsOnly(404) },
];

// ---- the fixture ----------------------------------------------------------------------

let fx: Fixture;
const agents = {} as Record<Actor, Agent>;

async function expectStatus(res: { status: number; body: unknown }, status: number, what: string) {
  if (res.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  }
  await Promise.resolve();
}

beforeAll(async () => {
  const owner = await signedIn("instructor", { name: "Owner of X" });
  const nonOwner = await signedIn("instructor", { name: "Owner of Y" });
  agents.owner = owner.agent;
  agents.nonOwner = nonOwner.agent;
  agents.signedOut = browserAgent();

  const imported = await owner.agent.post("/api/documents").send({ text: SAMPLE_NOTICE });
  await expectStatus(imported, 201, "import");
  const documentId = (imported.body as { document: { id: string } }).document.id;
  const item = await prisma.item.findFirstOrThrow({
    where: { documentId },
    orderBy: { ordinal: "asc" },
  });

  const create = async (agent: Agent, title: string) => {
    const res = await agent
      .post("/api/exercises")
      .send({ title, documentIds: [documentId], blind: false });
    await expectStatus(res, 201, `create ${title}`);
    return (res.body as { id: string }).id;
  };
  const exerciseX = await create(owner.agent, "Exercise X");
  const exerciseY = await create(nonOwner.agent, "Exercise Y");
  const exerciseZ = await create(owner.agent, "Exercise Z");

  const invite = async (agent: Agent, exerciseId: string) => {
    const res = await agent.post(`/api/exercises/${exerciseId}/invites`);
    await expectStatus(res, 201, "invite");
    return res.body as { id: string; token: string };
  };
  /** A new participant joins by the link, signed out, like a student would. */
  const join = async (token: string, name: string) => {
    const agent = browserAgent();
    const res = await agent
      .post(`/api/invites/${token}/accept`)
      .send({ name, email: uniqueEmail("participant"), password: TEST_PASSWORD });
    await expectStatus(res, 200, `join as ${name}`);
    return { agent, userId: (res.body as { user: { id: string } }).user.id };
  };
  const member = await join((await invite(owner.agent, exerciseX)).token, "Member of X");
  const stranger = await join((await invite(nonOwner.agent, exerciseY)).token, "Member of Y");
  agents.member = member.agent;
  agents.stranger = stranger.agent;

  fx = {
    documentId,
    itemId: item.id,
    exerciseX,
    exerciseY,
    tokenZ: (await invite(owner.agent, exerciseZ)).token,
    spareInviteX: (await invite(owner.agent, exerciseX)).id,
    memberId: member.userId,
    itemStart: item.start,
    itemEnd: item.end,
    formulaStart: SAMPLE_NOTICE.indexOf("为做好当前防汛救灾工作"),
  };
});

afterAll(() => prisma.$disconnect());

/** Every row of every table (but Prisma's bookkeeping), to prove a refusal changed nothing. */
async function wholeDatabase(): Promise<Record<string, unknown[]>> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    // Ordinary tables: on SQLite the search index (a virtual table and its shadow tables)
    // follows "Item".
    provider === "postgres"
      ? `SELECT table_name::text AS name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            AND table_name <> '_prisma_migrations' ORDER BY 1`
      : "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  );
  const snapshot: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`);
    // Sorted here rather than by SQLite's rowid, which PostgreSQL does not have.
    snapshot[name] = rows.map((row) => JSON.stringify(row, jsonSafe)).sort();
  }
  return snapshot;
}

/** PostgreSQL's BIGINT columns come back as bigint, which JSON.stringify refuses. */
function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

const DEFAULT_CODES: Record<number, ErrorCode> = {
  400: "VALIDATION_FAILED",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
};

async function call(row: Omit<Row, "route">, actor: Actor) {
  const agent = agents[actor];
  const url = row.url(fx);
  const body = row.body ? await row.body(fx, actor) : undefined;
  switch (row.method) {
    case "GET":
      return agent.get(url);
    case "DELETE":
      return agent.delete(url);
    case "POST":
      return body === undefined ? agent.post(url) : agent.post(url).send(body as object);
    case "PUT":
      return agent.put(url).send(body as object);
    case "PATCH":
      return agent.patch(url).send(body as object);
  }
}

async function checkCell(row: Omit<Row, "route">, actor: Actor) {
  const expected = row.expect[actor];
  const [status, code] = Array.isArray(expected) ? expected : [expected, DEFAULT_CODES[expected]];
  const refused = status >= 400;
  const before = refused ? await wholeDatabase() : undefined;
  const res = await call(row, actor);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  if (!refused) return;
  expect(res.headers["content-type"]).toMatch(/application\/json/);
  expect(ErrorEnvelopeSchema.parse(res.body).error.code).toBe(code);
  expect(await wholeDatabase()).toEqual(before);
}

describe("the authorization matrix", () => {
  for (const row of MATRIX) {
    for (const actor of ACTORS) {
      it(`when ${actor} calls ${row.method} ${row.route}, then ${String(row.expect[actor])}`, async () => {
        await checkCell(row, actor);
      });
    }
  }

  for (const probe of PROBES) {
    for (const actor of ACTORS) {
      it(`when ${actor} probes ${probe.method} ${probe.url({ itemId: ":itemId" } as Fixture)}, then ${String(probe.expect[actor])}`, async () => {
        await checkCell(probe, actor);
      });
    }
  }
});

describe("what each caller sees in lists", () => {
  it("when a participant lists exercises, then only those they joined are there", async () => {
    const res = await agents.stranger.get("/api/exercises");
    const ids = (res.body as { exercises: { id: string }[] }).exercises.map((e) => e.id);
    expect(ids).toContain(fx.exerciseY);
    expect(ids).not.toContain(fx.exerciseX);
  });

  it("when an instructor lists exercises, then only their own are there", async () => {
    const res = await agents.nonOwner.get("/api/exercises");
    const ids = (res.body as { exercises: { id: string }[] }).exercises.map((e) => e.id);
    expect(ids).toContain(fx.exerciseY);
    expect(ids).not.toContain(fx.exerciseX);
  });
});

// ---- completeness: no route without a row ---------------------------------------------------

/** Where each routes file is mounted (app.ts, modules/exercises/mount.ts). */
const MOUNT_PREFIX: Record<string, string> = {
  "health.routes.ts": "/api/health",
  "setup.routes.ts": "/api/setup",
  "session.routes.ts": "/api",
  "documents.routes.ts": "/api/documents",
  "items.routes.ts": "/api/items",
  "summary.routes.ts": "/api/summary",
  "catalogue.routes.ts": "/api/catalogue",
  "search.routes.ts": "/api/search",
  "exercises.routes.ts": "/api/exercises",
  "reviews.routes.ts": "/api/exercises/:id",
  "agreement.routes.ts": "/api/exercises/:id",
  "class-summary.routes.ts": "/api/exercises/:id",
  "exports.routes.ts": "/api/exercises/:id",
  "invites.routes.ts": "",
  "backup.routes.ts": "/api/backup",
  "curations.routes.ts": "/api",
};
/** Routers mounted under their own path inside a file with several routers. */
const ROUTER_PREFIX: Record<string, string> = {
  sessionRouter: "/session",
  meRouter: "/me",
  exerciseInvitesRouter: "/api/exercises/:id",
  publicInvitesRouter: "/api/invites",
  documentCurationsRouter: "/documents",
  itemCurationsRouter: "/items",
};

function declaredRoutes(): string[] {
  const modulesDir = path.resolve(import.meta.dirname, "..", "src", "modules");
  const routes: string[] = [];
  for (const dir of fs.readdirSync(modulesDir)) {
    for (const file of fs.readdirSync(path.join(modulesDir, dir))) {
      if (!file.endsWith(".routes.ts")) continue;
      const source = fs.readFileSync(path.join(modulesDir, dir, file), "utf8");
      const declaration = /(\w+Router)\.(get|post|put|patch|delete)\(\s*"([^"]*)"/g;
      for (const [, router = "", method = "", local = ""] of source.matchAll(declaration)) {
        const prefix = MOUNT_PREFIX[file];
        if (prefix === undefined) {
          routes.push(`UNKNOWN FILE ${file}: add its mount prefix and matrix rows`);
          continue;
        }
        const full = prefix + (ROUTER_PREFIX[router] ?? "") + (local === "/" ? "" : local);
        routes.push(`${method.toUpperCase()} ${full}`);
      }
    }
  }
  return routes.sort();
}

describe("the matrix covers every route", () => {
  it("when a route is declared in a routes file, then the matrix has a row for it", () => {
    const covered = new Set(MATRIX.map((row) => `${row.method} ${row.route}`));
    const declared = declaredRoutes();
    expect(declared.length).toBeGreaterThan(30);
    expect(declared.filter((route) => !covered.has(route))).toEqual([]);
  });

  it("when the matrix has a row, then the route exists (no stale rows)", () => {
    const declared = new Set(declaredRoutes());
    expect(
      MATRIX.map((row) => `${row.method} ${row.route}`).filter((r) => !declared.has(r)),
    ).toEqual([]);
  });
});
