import { expect } from "vitest";
import {
  AcceptInviteResponseSchema,
  assembleClassSummary,
  ClassSummaryResponseSchema,
  CreateInviteResponseSchema,
  ExerciseDetailSchema,
  ExerciseItemsResponseSchema,
  SaveDocumentResponseSchema,
  type ExerciseItem,
  type Level,
  type SessionUser,
} from "@zeren/shared/contract";
import { browserAgent, TEST_PASSWORD, uniqueEmail, type Agent } from "./agents";

/**
 * Building blocks for the exercise tests: documents imported through the catalogue API,
 * exercises created and joined through their own endpoints (the real invite flow).
 */

export async function importNotice(instructor: Agent, text: string, title?: string) {
  const res = await instructor.post("/api/documents").send(title ? { text, title } : { text });
  expect([200, 201]).toContain(res.status);
  return SaveDocumentResponseSchema.parse(res.body).document;
}

export async function createExercise(
  instructor: Agent,
  body: { title?: string; documentIds: string[]; levels?: Level[]; blind: boolean },
) {
  const res = await instructor
    .post("/api/exercises")
    .send({ title: body.title ?? "Flood-relief notices", ...body });
  expect(res.status).toBe(201);
  return ExerciseDetailSchema.parse(res.body);
}

export async function createInvite(instructor: Agent, exerciseId: string) {
  const res = await instructor.post(`/api/exercises/${exerciseId}/invites`);
  expect(res.status).toBe(201);
  return CreateInviteResponseSchema.parse(res.body);
}

/** A new participant joins through the link (signed out: account created, signed in). */
export async function joinAsNewParticipant(
  token: string,
  name: string,
): Promise<{ agent: Agent; user: SessionUser }> {
  const agent = browserAgent();
  const res = await agent
    .post(`/api/invites/${token}/accept`)
    .send({ name, email: uniqueEmail("participant"), password: TEST_PASSWORD });
  expect(res.status).toBe(200);
  const body = AcceptInviteResponseSchema.parse(res.body);
  expect(body.user.role).toBe("participant");
  return { agent, user: body.user };
}

/**
 * The class summary as a print reads it: every page in turn (`query` may set level and
 * limit), and the whole summary joined from them (the data its hash is of).
 */
export async function classSummaryOf(agent: Agent, exerciseId: string, query = "") {
  const pages = [];
  let cursor: string | null = null;
  do {
    const sep = query ? "&" : "?";
    const url = `/api/exercises/${exerciseId}/summary${query}`;
    const res = await agent.get(cursor ? `${url}${sep}cursor=${cursor}` : url);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const page = ClassSummaryResponseSchema.parse(res.body);
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 1000);
  return { pages, data: assembleClassSummary(pages) };
}

export async function itemsOf(agent: Agent, exerciseId: string, query = "") {
  const res = await agent.get(`/api/exercises/${exerciseId}/items${query}`);
  expect(res.status).toBe(200);
  return ExerciseItemsResponseSchema.parse(res.body).items;
}

export async function itemOf(agent: Agent, exerciseId: string, itemId: string) {
  const item = (await itemsOf(agent, exerciseId)).find((i) => i.id === itemId);
  if (!item) throw new Error(`item ${itemId} not in the exercise`);
  return item;
}

export interface ReviewPut {
  reviewed: boolean;
  note?: string;
  coding?: { level: Level; types: string[]; modality: string } | null;
  submit?: boolean;
  version: number;
}

export function putReview(agent: Agent, exerciseId: string, itemId: string, body: ReviewPut) {
  return agent.put(`/api/exercises/${exerciseId}/items/${itemId}/review`).send(body);
}

/** Writes a review from the current version and expects it to succeed. */
export async function review(
  agent: Agent,
  exerciseId: string,
  item: Pick<ExerciseItem, "id">,
  body: Omit<ReviewPut, "version">,
): Promise<ExerciseItem> {
  const current = await itemOf(agent, exerciseId, item.id);
  const res = await putReview(agent, exerciseId, item.id, {
    ...body,
    version: current.review?.version ?? 0,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as ExerciseItem;
}
