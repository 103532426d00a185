import type { Express } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorEnvelopeSchema } from "@zeren/shared/contract";
import { createApp } from "../src/app";
import { prisma } from "../src/db";
import { signedIn, type Agent } from "./agents";
import {
  createExercise,
  createInvite,
  importNotice,
  joinAsNewParticipant,
} from "./exercise-fixtures";
import { client, SAMPLE_NOTICE } from "./helpers";

/**
 * THE STRICT-INPUT RULE, checked on every route the app declares (found by walking Express's
 * router stack, so a new route is covered without a new row): an unknown query parameter and
 * a body the route does not take both answer 400 VALIDATION_FAILED, before anything changes.
 */

interface Route {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
}

/** Layers as Express 5's router keeps them (router 2.x): a mounted router or a route. */
interface Layer {
  rawPath?: string;
  handle: { stack?: Layer[] };
  route?: { path: string; methods: Record<string, boolean> };
}

/** Routes whose leniency is deliberate, with the reason. */
const EXEMPT: Record<string, string> = {
  // Probes and load balancers add their own parameters (health.routes.ts).
  "GET /api/health": "health probe",
};
/** better-auth's own handler (sign-in, sign-out): not our routes, it validates its input. */
const FOREIGN_MOUNTS = ["/api/auth"];

function walk(stack: Layer[], prefix: string, routes: Route[]): void {
  for (const layer of stack) {
    const here = prefix + (layer.rawPath && layer.rawPath !== "/" ? layer.rawPath : "");
    if (layer.route) {
      const local = layer.route.path === "/" ? "" : layer.route.path;
      for (const method of Object.keys(layer.route.methods)) {
        routes.push({ method: method as Route["method"], path: prefix + local });
      }
    } else if (layer.handle.stack && !FOREIGN_MOUNTS.includes(here)) {
      walk(layer.handle.stack, here, routes);
    }
  }
}

function declaredRoutes(): Route[] {
  const app = createApp() as Express & { router: { stack: Layer[] } };
  const routes: Route[] = [];
  walk(app.router.stack, "", routes);
  return routes.filter((route) => route.path.startsWith("/api/"));
}

interface Fixture {
  documentId: string;
  itemId: string;
  exerciseId: string;
  inviteId: string;
  token: string;
}
let fx: Fixture;
let owner: Agent;
let member: Agent;

beforeAll(async () => {
  owner = (await signedIn("instructor", { name: "Strict Owner" })).agent;
  const document = await importNotice(owner, SAMPLE_NOTICE);
  const item = await prisma.item.findFirstOrThrow({ where: { documentId: document.id } });
  const exercise = await createExercise(owner, { documentIds: [document.id], blind: false });
  member = (
    await joinAsNewParticipant((await createInvite(owner, exercise.id)).token, "Strict Member")
  ).agent;
  const spare = await createInvite(owner, exercise.id);
  fx = {
    documentId: document.id,
    itemId: item.id,
    exerciseId: exercise.id,
    inviteId: spare.id,
    token: spare.token,
  };
});
afterAll(() => prisma.$disconnect());

/** The route's path with real ids, so the request gets past access checks to validation. */
function concrete(path: string): string {
  const idOf = path.startsWith("/api/documents")
    ? fx.documentId
    : path.startsWith("/api/items")
      ? fx.itemId
      : fx.exerciseId;
  return path
    .replace(":itemId", fx.itemId)
    .replace(":documentId", fx.documentId)
    .replace(":inviteId", fx.inviteId)
    .replace(":token", fx.token)
    .replace(":id", idOf);
}

/**
 * The owner, or the member on a participant's own route (the owner gets 403 there), or the
 * administrator (helpers.ts's instructor, this file's first) on the backup.
 */
async function send(route: Route, url: string, body?: object) {
  for (const agent of [owner, member, client()]) {
    const req = agent[route.method](url);
    const res = await (body === undefined ? req : req.send(body));
    if (res.status !== 403) return res;
  }
  throw new Error(`${route.method} ${url}: refused to owner, member and administrator`);
}

function issuePaths(res: { status: number; body: unknown }): string[] {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  const { error } = ErrorEnvelopeSchema.parse(res.body);
  expect(error.code).toBe("VALIDATION_FAILED");
  return (error.issues ?? []).map((issue) => issue.path);
}

const routes = declaredRoutes();
const checked = routes.filter((r) => !EXEMPT[`${r.method.toUpperCase()} ${r.path}`]);

describe("the strict-input rule on every route", () => {
  it("when the router stack is walked, then it finds every module's routes", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes).toContainEqual({ method: "patch", path: "/api/items/:id" });
    expect(routes).toContainEqual({
      method: "delete",
      path: "/api/exercises/:id/invites/:inviteId",
    });
  });

  for (const route of checked) {
    const name = `${route.method.toUpperCase()} ${route.path}`;

    it(`when ${name} gets an unknown query parameter, then 400 at query.unexpected`, async () => {
      const before = await snapshot();
      const res = await send(route, `${concrete(route.path)}?unexpected=1`);
      expect(issuePaths(res)).toContain("query.unexpected");
      expect(await snapshot()).toEqual(before);
    });

    it(`when ${name} gets a body with an unknown field, then 400 at body`, async () => {
      const before = await snapshot();
      const res = await send(route, concrete(route.path), { unexpected: 1 });
      expect(issuePaths(res).some((path) => path === "body" || path.startsWith("body."))).toBe(
        true,
      );
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe("writes that take no input", () => {
  it("when they get no body or an empty JSON object, then they succeed", async () => {
    const url = `/api/exercises/${fx.exerciseId}/invites`;
    expect((await owner.post(url)).status).toBe(201);
    expect((await owner.post(url).send({})).status).toBe(201);
    const reextract = `/api/documents/${fx.documentId}/reextract`;
    expect((await owner.post(reextract).send({})).status).toBe(200);
  });

  it("when a body is sent in a type no parser reads, then it is refused, not ignored", async () => {
    const res = await owner
      .delete(`/api/exercises/${fx.exerciseId}/invites/${fx.inviteId}`)
      .set("Content-Type", "text/plain")
      .send("withdraw everything");
    expect(issuePaths(res)).toEqual(["body"]);
    const { error } = ErrorEnvelopeSchema.parse(res.body);
    expect(error.issues?.[0]?.message).toMatch(/takes no request body/);
    const gzipped = await owner.get("/api/documents").set("Content-Encoding", "gzip").send("x");
    expect(issuePaths(gzipped)).toEqual(["body"]);
  });
});

/** What a refused request could have changed: counts of the tables writes touch. */
async function snapshot() {
  return {
    documents: await prisma.document.findMany({ select: { id: true, updatedAt: true } }),
    items: await prisma.item.count(),
    exercises: await prisma.exercise.count(),
    invites: await prisma.invite.findMany({ select: { id: true, revokedAt: true } }),
    users: await prisma.user.count(),
    reviews: await prisma.review.count(),
    curations: await prisma.curation.count(),
  };
}
