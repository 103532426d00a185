/**
 * Two tabs (or twenty) writing one review at once: optimistic versions let exactly one
 * write of each version through, the rest get 409, and the append-only event log replays
 * to exactly the stored state.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ReviewSnapshotSchema, type ReviewSnapshot } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { codingFromColumns } from "../src/modules/exercises/exercises.repository";
import { browserAgent, signedIn, type Agent } from "./agents";
import {
  createExercise,
  createInvite,
  importNotice,
  itemsOf,
  joinAsNewParticipant,
  putReview,
} from "./exercise-fixtures";
import { SAMPLE_NOTICE } from "./helpers";

const PARALLEL = 12;

let exerciseId: string;
let itemId: string;
let tabs: Agent[];

beforeAll(async () => {
  const instructor = await signedIn("instructor");
  const document = await importNotice(instructor.agent, SAMPLE_NOTICE);
  const exercise = await createExercise(instructor.agent, {
    documentIds: [document.id],
    blind: false,
  });
  const participant = await joinAsNewParticipant(
    (await createInvite(instructor.agent, exercise.id)).token,
    "Li",
  );
  exerciseId = exercise.id;
  itemId = (await itemsOf(participant.agent, exercise.id))[0]!.id;
  // Separate agents sharing one session: separate browser tabs of the same participant.
  const cookies = participant.agent.jar
    .getCookies({ domain: "127.0.0.1", path: "/", secure: false, script: false })
    .filter((c) => c.name.startsWith("zeren.session_token"))
    .map((c) => `${c.name}=${c.value}; Path=/`);
  expect(cookies).toHaveLength(1);
  tabs = Array.from({ length: PARALLEL }, () => browserAgent(cookies));
});

/** Folds the stored events of the review in id order: the state the log says it has. */
async function replay(): Promise<{ state: ReviewSnapshot | null; version: number }> {
  const events = await prisma.reviewEvent.findMany({
    where: { exerciseId, itemId },
    orderBy: { id: "asc" },
  });
  let state: ReviewSnapshot | null = null;
  let version = 0;
  for (const event of events) {
    // Each event starts from what the previous one left.
    const before =
      event.before === null ? null : ReviewSnapshotSchema.parse(JSON.parse(event.before));
    expect(before).toEqual(state);
    state = ReviewSnapshotSchema.parse(JSON.parse(event.after));
    expect(event.version).toBe(version + 1);
    version = event.version;
  }
  return { state, version };
}

async function stored() {
  const row = await prisma.participantReview.findFirstOrThrow({ where: { exerciseId, itemId } });
  return {
    state: {
      reviewed: row.reviewed,
      note: row.note,
      coding: codingFromColumns(row),
      submittedAt: row.submittedAt?.toISOString() ?? null,
    },
    version: row.version,
  };
}

describe("parallel writes of one review", () => {
  it(`when ${PARALLEL} tabs write the same version at once, then exactly one wins and the rest get 409; repeated rounds lose no update`, async () => {
    for (let round = 0; round < 4; round += 1) {
      const { version } = await stored().catch(() => ({ version: 0 }));
      const responses = await Promise.all(
        tabs.map((tab, i) =>
          putReview(tab, exerciseId, itemId, {
            reviewed: (round + i) % 2 === 0,
            note: `round ${round} tab ${i}`,
            coding:
              i % 3 === 0 ? { level: "member", types: ["other"], modality: "mixed" } : undefined,
            version,
          }),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(PARALLEL - 1);
      for (const res of responses.filter((r) => r.status === 409)) {
        expect((res.body as { error: { code: string } }).error.code).toBe("VERSION_CONFLICT");
      }
      // The winner's note is what is stored, and the version moved by exactly one.
      const winner = responses.find((r) => r.status === 200)!;
      const after = await stored();
      expect(after.version).toBe(version + 1);
      expect(after.state.note).toBe((winner.body as { review: { note: string } }).review.note);
    }
    // The log replays to the stored state: one event per successful write, none lost.
    const replayed = await replay();
    const final = await stored();
    expect(replayed.version).toBe(final.version);
    expect(replayed.state).toEqual(final.state);
    expect(await prisma.reviewEvent.count({ where: { exerciseId, itemId } })).toBe(4);
  });

  it("when undos race each other, then no change is reverted twice and the log still replays", async () => {
    const before = await stored();
    const responses = await Promise.all(
      tabs.map((tab) => tab.post(`/api/exercises/${exerciseId}/undo`)),
    );
    const ok = responses.filter((r) => r.status === 200);
    // Undo walks back: each successful undo reverted a different change, never one twice.
    const undone = await prisma.reviewEvent.findMany({
      where: { exerciseId, kind: "undo" },
      select: { undoesEventId: true },
    });
    expect(new Set(undone.map((u) => u.undoesEventId)).size).toBe(undone.length);
    expect(undone).toHaveLength(ok.length);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(ok.length).toBeLessThanOrEqual(4);
    for (const res of responses.filter((r) => r.status !== 200)) {
      expect(res.status).toBe(409);
    }
    const replayed = await replay();
    const final = await stored();
    expect(replayed).toEqual(final);
    expect(final.version).toBe(before.version + ok.length);
  });
});
