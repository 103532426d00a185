/**
 * Exercises, invites, participant reviews, blind reveal, history and undo, through the API
 * against a real SQLite file. (For S1: the exercise endpoints' rows for the authorization
 * matrix are in exercises-authorization.test.ts.)
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  ExerciseDetailSchema,
  ExercisesResponseSchema,
  InviteInfoResponseSchema,
  InvitesResponseSchema,
  ProgressResponseSchema,
  ReviewHistoryResponseSchema,
  UndoResponseSchema,
  ExerciseItemSchema,
} from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { browserAgent, signedIn, type SignedIn } from "./agents";
import {
  createExercise,
  createInvite,
  importNotice,
  itemOf,
  itemsOf,
  joinAsNewParticipant,
  putReview,
  review,
} from "./exercise-fixtures";
import { expectError, SAMPLE_NOTICE } from "./helpers";

let instructor: SignedIn;
let documentId: string;

beforeAll(async () => {
  instructor = await signedIn("instructor", { name: "Teacher Wang" });
  documentId = (await importNotice(instructor.agent, SAMPLE_NOTICE)).id;
});

describe("creating exercises", () => {
  it("when an instructor creates one over a document and a tier, then it holds that tier's items", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      levels: ["committee"],
      blind: false,
    });
    expect(exercise.access).toBe("owner");
    expect(exercise.levels).toEqual(["committee"]);
    expect(exercise.itemCount).toBe(2);
    expect(exercise.documents.map((d) => d.id)).toEqual([documentId]);
    const stored = await prisma.exercise.findUniqueOrThrow({ where: { id: exercise.id } });
    expect(stored.ownerId).toBe(instructor.user.id);
    const items = await itemsOf(instructor.agent, exercise.id);
    expect(items.every((i) => i.reading?.level === "committee")).toBe(true);
  });

  it("when a document does not exist, then 400 names the field and nothing is stored", async () => {
    const before = await prisma.exercise.count();
    const res = await instructor.agent
      .post("/api/exercises")
      .send({ title: "x", documentIds: [documentId, "nope"], blind: true });
    const error = expectError(res, 400, "VALIDATION_FAILED");
    expect(error.issues?.map((i) => i.path)).toEqual(["body.documentIds.1"]);
    expect(await prisma.exercise.count()).toBe(before);
  });

  it("when the body is malformed, then 400 lists every bad field", async () => {
    const res = await instructor.agent
      .post("/api/exercises")
      .send({ title: "", documentIds: [], levels: ["nation"], blind: "yes", extra: 1 });
    const error = expectError(res, 400, "VALIDATION_FAILED");
    expect(error.issues?.map((i) => i.path).sort()).toEqual([
      "body.blind",
      "body.documentIds",
      "body.extra",
      "body.levels.0",
      "body.title",
    ]);
  });
});

describe("invites", () => {
  it("when a signed-out visitor opens a link and joins, then they are a signed-in participant member", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: true,
    });
    const invite = await createInvite(instructor.agent, exercise.id);
    expect(invite.url).toMatch(new RegExp(`/join/${invite.token}$`));

    const info = await browserAgent().get(`/api/invites/${invite.token}`);
    expect(info.status).toBe(200);
    expect(InviteInfoResponseSchema.parse(info.body)).toMatchObject({
      exercise: { id: exercise.id, blind: true, ownerName: "Teacher Wang" },
      signedIn: null,
      alreadyMember: false,
    });

    const { agent, user } = await joinAsNewParticipant(invite.token, "Student Li");
    const list = ExercisesResponseSchema.parse((await agent.get("/api/exercises")).body);
    expect(list.exercises.map((e) => [e.id, e.access])).toEqual([[exercise.id, "member"]]);
    expect(list.exercises[0]?.myProgress).toEqual({
      total: 4,
      reviewed: 0,
      coded: 0,
      submitted: 0,
    });
    expect(
      await prisma.exerciseMember.count({ where: { exerciseId: exercise.id, userId: user.id } }),
    ).toBe(1);

    // Opening the link again, signed in: already a member; accepting again changes nothing.
    const again = InviteInfoResponseSchema.parse(
      (await agent.get(`/api/invites/${invite.token}`)).body,
    );
    expect(again.alreadyMember).toBe(true);
    const accept = await agent.post(`/api/invites/${invite.token}/accept`).send({});
    expect(accept.status).toBe(200);
    expect(accept.body).toMatchObject({ exerciseId: exercise.id, joined: false });

    // The owner sees the participant; the participant sees no one else.
    const asOwner = ExerciseDetailSchema.parse(
      (await instructor.agent.get(`/api/exercises/${exercise.id}`)).body,
    );
    expect(asOwner.participants.map((p) => p.name)).toEqual(["Student Li"]);
    const asMember = ExerciseDetailSchema.parse(
      (await agent.get(`/api/exercises/${exercise.id}`)).body,
    );
    expect(asMember.participants).toEqual([]);
  });

  it("when a link is revoked or unknown, then it is 404 and nobody joins", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: false,
    });
    const invite = await createInvite(instructor.agent, exercise.id);
    const del = await instructor.agent.delete(`/api/exercises/${exercise.id}/invites/${invite.id}`);
    expect(del.status).toBe(204);
    const listed = InvitesResponseSchema.parse(
      (await instructor.agent.get(`/api/exercises/${exercise.id}/invites`)).body,
    );
    expect(listed.invites).toMatchObject([{ id: invite.id, active: false }]);
    expectError(await browserAgent().get(`/api/invites/${invite.token}`), 404, "NOT_FOUND");
    const users = await prisma.user.count();
    const res = await browserAgent()
      .post(`/api/invites/${invite.token}/accept`)
      .send({ name: "Late", email: "late@example.org", password: "long enough pw" });
    expectError(res, 404, "NOT_FOUND");
    expectError(await browserAgent().get("/api/invites/not-a-token"), 404, "NOT_FOUND");
    expect(await prisma.user.count()).toBe(users);
  });

  it("when an instructor accepts a link, then 403: instructors do not code", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: false,
    });
    const invite = await createInvite(instructor.agent, exercise.id);
    const other = await signedIn("instructor");
    expectError(
      await other.agent.post(`/api/invites/${invite.token}/accept`).send({}),
      403,
      "FORBIDDEN",
    );
    expect(await prisma.exerciseMember.count({ where: { exerciseId: exercise.id } })).toBe(0);
  });

  it("when an email is taken, then 409 EMAIL_TAKEN", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: false,
    });
    const invite = await createInvite(instructor.agent, exercise.id);
    const res = await browserAgent()
      .post(`/api/invites/${invite.token}/accept`)
      .send({ name: "Copy", email: instructor.user.email, password: "long enough pw" });
    expectError(res, 409, "EMAIL_TAKEN");
  });

  it("when several people join at once with the same new email, then one account is created and the rest get 409 EMAIL_TAKEN", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: false,
    });
    const invite = await createInvite(instructor.agent, exercise.id);
    const email = `same-time-${Date.now()}@example.org`;
    const responses = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        browserAgent()
          .post(`/api/invites/${invite.token}/accept`)
          .send({ name: `Twin ${n}`, email, password: "long enough pw" }),
      ),
    );
    expect(responses.filter((res) => res.status === 200)).toHaveLength(1);
    for (const res of responses.filter((r) => r.status !== 200)) {
      expectError(res, 409, "EMAIL_TAKEN");
    }
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    expect(await prisma.exerciseMember.count({ where: { exerciseId: exercise.id } })).toBe(1);
  });
});

describe("a blind exercise", () => {
  it("when a participant has not submitted an item, then its answer and the others' codings are hidden; after submitting they are revealed", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: true,
    });
    const invite = await createInvite(instructor.agent, exercise.id);
    const li = await joinAsNewParticipant(invite.token, "Li");
    const zhao = await joinAsNewParticipant(invite.token, "Zhao");

    const hidden = await itemsOf(li.agent, exercise.id);
    expect(hidden).toHaveLength(4);
    for (const item of hidden) {
      expect(item).toMatchObject({
        revealed: false,
        reading: null,
        others: null,
        reviewedCount: null,
      });
      expect(item.review).toMatchObject({ version: 0, coding: null });
    }
    // Nothing of the answer travels in the hidden response, not even the cues or bearer.
    const raw = JSON.stringify((await li.agent.get(`/api/exercises/${exercise.id}/items`)).body);
    expect(raw).not.toMatch(/"cues"|"bearer"|"obligation"|"committee"/);

    const target = hidden[0]!;
    // Zhao codes and submits first.
    await review(zhao.agent, exercise.id, target, {
      reviewed: true,
      coding: { level: "grassroots", types: ["reporting"], modality: "obligation" },
      submit: true,
    });

    // Li codes without submitting: still hidden.
    const coded = await review(li.agent, exercise.id, target, {
      reviewed: false,
      coding: { level: "committee", types: ["reporting"], modality: "obligation" },
    });
    expect(coded).toMatchObject({ revealed: false, reading: null, others: null });
    expect(coded.review?.coding?.level).toBe("committee");

    // Filtering by tier in a blind exercise matches one's own coding, not the hidden answer.
    const mine = await itemsOf(li.agent, exercise.id, "?level=committee");
    expect(mine.map((i) => i.id)).toEqual([target.id]);

    const submitted = ExerciseItemSchema.parse(
      await review(li.agent, exercise.id, target, { reviewed: true, submit: true }),
    );
    expect(submitted.revealed).toBe(true);
    expect(submitted.reading?.level).toBe("committee");
    expect(submitted.reading?.cues.length).toBeGreaterThan(0);
    expect(submitted.review?.submittedAt).not.toBeNull();
    // Zhao's coding, counted, never named.
    expect(submitted.others).toMatchObject({ coders: 1, level: { grassroots: 1, committee: 0 } });
    expect(JSON.stringify(submitted)).not.toContain("Zhao");
    // Other items stay hidden.
    const rest = (await itemsOf(li.agent, exercise.id)).filter((i) => i.id !== target.id);
    expect(rest.every((i) => !i.revealed && i.reading === null)).toBe(true);

    // A submitted blind coding is final.
    const locked = await putReview(li.agent, exercise.id, target.id, {
      reviewed: true,
      coding: { level: "member", types: ["other"], modality: "mixed" },
      version: submitted.review!.version,
    });
    expectError(locked, 409, "CODING_LOCKED");
    // …but the work status and the note may still change.
    const noted = await review(li.agent, exercise.id, target, {
      reviewed: false,
      note: "discussed in class",
    });
    expect(noted.review).toMatchObject({ reviewed: false, note: "discussed in class" });
    expect(noted.review?.coding?.level).toBe("committee");
  });

  it("when submitting without a coding, then 400 at body.coding and nothing is stored", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: true,
    });
    const li = await joinAsNewParticipant(
      (await createInvite(instructor.agent, exercise.id)).token,
      "Li",
    );
    const [item] = await itemsOf(li.agent, exercise.id);
    const res = await putReview(li.agent, exercise.id, item!.id, {
      reviewed: true,
      submit: true,
      version: 0,
    });
    expect(expectError(res, 400, "VALIDATION_FAILED").issues?.map((i) => i.path)).toEqual([
      "body.coding",
    ]);
    expect(await prisma.participantReview.count({ where: { exerciseId: exercise.id } })).toBe(0);
  });
});

describe("reviews: versions, history, undo", () => {
  it("when a write carries a stale version, then 409 with the current state and nothing is overwritten", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: false,
    });
    const li = await joinAsNewParticipant(
      (await createInvite(instructor.agent, exercise.id)).token,
      "Li",
    );
    const [item] = await itemsOf(li.agent, exercise.id);
    const first = await putReview(li.agent, exercise.id, item!.id, {
      reviewed: true,
      note: "tab one",
      version: 0,
    });
    expect(first.status).toBe(200);
    const stale = await putReview(li.agent, exercise.id, item!.id, {
      reviewed: false,
      note: "tab two",
      version: 0,
    });
    const error = expectError(stale, 409, "VERSION_CONFLICT");
    expect(ExerciseItemSchema.parse(error.current).review).toMatchObject({
      note: "tab one",
      version: 1,
    });
    const stored = await prisma.participantReview.findFirstOrThrow({
      where: { exerciseId: exercise.id },
    });
    expect(stored).toMatchObject({ note: "tab one", reviewed: true, version: 1 });
  });

  it("when a participant changes a review, then each change is an event with before and after; undo reverts the last as a new event", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: false,
    });
    const invite = await createInvite(instructor.agent, exercise.id);
    const li = await joinAsNewParticipant(invite.token, "Li");
    const zhao = await joinAsNewParticipant(invite.token, "Zhao");
    const [a, b] = await itemsOf(li.agent, exercise.id);
    const coding = { level: "committee" as const, types: ["reporting"], modality: "obligation" };

    await review(li.agent, exercise.id, a!, { reviewed: true, note: "first" });
    await review(li.agent, exercise.id, a!, { reviewed: true, coding });
    await review(li.agent, exercise.id, b!, { reviewed: true });
    await review(zhao.agent, exercise.id, a!, { reviewed: true, note: "zhao" });

    const minePage = ReviewHistoryResponseSchema.parse(
      (await li.agent.get(`/api/exercises/${exercise.id}/items/${a!.id}/review/history`)).body,
    );
    expect([minePage.total, minePage.nextCursor]).toEqual([2, null]);
    // Newest first, as the history shows them: read oldest first below.
    const mine = [...minePage.events].reverse();
    expect(mine.map((e) => [e.kind, e.version, e.actor.name])).toEqual([
      ["change", 1, "Li"],
      ["change", 2, "Li"],
    ]);
    expect(mine[0]).toMatchObject({
      before: null,
      after: { reviewed: true, note: "first", coding: null },
      note: "first",
    });
    expect(mine[1]).toMatchObject({
      before: { note: "first", coding: null },
      after: { coding },
      note: null,
    });
    // The owner sees everyone's history of the item.
    const all = ReviewHistoryResponseSchema.parse(
      (await instructor.agent.get(`/api/exercises/${exercise.id}/items/${a!.id}/review/history`))
        .body,
    ).events;
    expect(all.map((e) => e.actor.name)).toEqual(["Zhao", "Li", "Li"]);

    // Undo: my last change was on item b.
    const undo1 = UndoResponseSchema.parse(
      (await li.agent.post(`/api/exercises/${exercise.id}/undo`).send({})).body,
    );
    expect(undo1.item.id).toBe(b!.id);
    expect(undo1.item.review).toMatchObject({ reviewed: false, version: 2 });
    expect(undo1.event).toMatchObject({
      kind: "undo",
      after: { reviewed: false, note: "", coding: null },
    });
    // Again: the coding on item a goes, the note stays.
    const undo2 = UndoResponseSchema.parse(
      (await li.agent.post(`/api/exercises/${exercise.id}/undo`)).body,
    );
    expect(undo2.item.id).toBe(a!.id);
    expect(undo2.item.review).toMatchObject({ note: "first", coding: null, version: 3 });
    // Zhao's review was never touched by Li's undo.
    expect((await itemOf(zhao.agent, exercise.id, a!.id)).review).toMatchObject({
      note: "zhao",
      version: 1,
    });
    await li.agent.post(`/api/exercises/${exercise.id}/undo`);
    expectError(await li.agent.post(`/api/exercises/${exercise.id}/undo`), 409, "NOTHING_TO_UNDO");
    // Every undo left its own event; nothing was deleted.
    expect(await prisma.reviewEvent.count({ where: { exerciseId: exercise.id } })).toBe(4 + 3);
  });

  it("when the last change submitted a blind coding, then undo refuses with CODING_LOCKED", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: true,
    });
    const li = await joinAsNewParticipant(
      (await createInvite(instructor.agent, exercise.id)).token,
      "Li",
    );
    const [item] = await itemsOf(li.agent, exercise.id);
    await review(li.agent, exercise.id, item!, {
      reviewed: true,
      coding: { level: "member", types: ["other"], modality: "mixed" },
      submit: true,
    });
    expectError(await li.agent.post(`/api/exercises/${exercise.id}/undo`), 409, "CODING_LOCKED");
    expect((await itemOf(li.agent, exercise.id, item!.id)).revealed).toBe(true);
  });
});

describe("progress", () => {
  it("when participants work, then the owner sees per participant per tier: total, reviewed, coded, submitted", async () => {
    const exercise = await createExercise(instructor.agent, {
      documentIds: [documentId],
      blind: false,
    });
    const invite = await createInvite(instructor.agent, exercise.id);
    const li = await joinAsNewParticipant(invite.token, "Li");
    await joinAsNewParticipant(invite.token, "Zhao");
    const items = await itemsOf(li.agent, exercise.id);
    const committee = items.filter((i) => i.reading?.level === "committee");
    const member = items.find((i) => i.reading?.level === "member")!;
    await review(li.agent, exercise.id, committee[0]!, { reviewed: true });
    await review(li.agent, exercise.id, committee[1]!, {
      reviewed: false,
      coding: { level: "committee", types: ["staffing"], modality: "obligation" },
      submit: true,
    });
    await review(li.agent, exercise.id, member, { reviewed: true });

    const res = await instructor.agent.get(`/api/exercises/${exercise.id}/progress`);
    expect(res.status).toBe(200);
    const progress = ProgressResponseSchema.parse(res.body);
    expect(progress.levels).toEqual(["committee", "grassroots", "member"]);
    expect(progress.total).toBe(2);
    expect(progress.nextCursor).toBeNull();
    const [liRow, zhaoRow] = progress.participants;
    expect(liRow?.participant.name).toBe("Li");
    expect(liRow?.tiers).toEqual([
      { level: "committee", total: 2, reviewed: 1, coded: 1, submitted: 1 },
      { level: "grassroots", total: 1, reviewed: 0, coded: 0, submitted: 0 },
      { level: "member", total: 1, reviewed: 1, coded: 0, submitted: 0 },
    ]);
    expect(liRow?.overall).toEqual({ total: 4, reviewed: 2, coded: 1, submitted: 1 });
    expect(zhaoRow?.overall).toEqual({ total: 4, reviewed: 0, coded: 0, submitted: 0 });
  });
});
