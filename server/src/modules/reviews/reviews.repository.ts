import {
  ReviewSnapshotSchema,
  type ReviewEvent,
  type ReviewSnapshot,
} from "@zeren/shared/contract";
import { prisma, type Tx } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import {
  REVIEW_SELECT,
  toReviewRecord,
  type ReviewRecord,
} from "../exercises/exercises.repository";

/**
 * Participants' reviews and their append-only history. Every write of a review happens in
 * one transaction with the event that records it, and only when the stored version is the
 * one the writer read (`updateMany … where version = expected`). Events are only ever
 * created here: no code updates or deletes a ReviewEvent.
 */

export const EMPTY_SNAPSHOT: ReviewSnapshot = {
  reviewed: false,
  note: "",
  coding: null,
  submittedAt: null,
};

export function snapshotOf(record: ReviewRecord): ReviewSnapshot {
  const { reviewed, note, coding, submittedAt } = record;
  return { reviewed, note, coding, submittedAt };
}

function columnsOf(snapshot: ReviewSnapshot) {
  return {
    reviewed: snapshot.reviewed,
    note: snapshot.note,
    level: snapshot.coding?.level ?? null,
    types: snapshot.coding ? JSON.stringify(snapshot.coding.types) : null,
    modality: snapshot.coding?.modality ?? null,
    submittedAt: snapshot.submittedAt === null ? null : new Date(snapshot.submittedAt),
  };
}

export interface ReviewKey {
  exerciseId: string;
  userId: string;
  itemId: string;
}

export type WriteOutcome =
  | { outcome: "written"; record: ReviewRecord; event: ReviewEvent }
  | { outcome: "unchanged"; record: ReviewRecord }
  | { outcome: "conflict"; current: ReviewRecord }
  | { outcome: "refused"; current: ReviewRecord; reason: string; code: "CODING_LOCKED" };

const EVENT_SELECT = {
  id: true,
  kind: true,
  at: true,
  itemId: true,
  before: true,
  after: true,
  note: true,
  version: true,
  undoesEventId: true,
  actor: { select: { id: true, name: true } },
} as const;

type EventRow = Prisma.ReviewEventGetPayload<{ select: typeof EVENT_SELECT }>;

function toReviewEvent(row: EventRow): ReviewEvent {
  return {
    id: row.id,
    kind: row.kind === "undo" ? "undo" : "change",
    at: row.at.toISOString(),
    actor: row.actor,
    itemId: row.itemId,
    before: row.before === null ? null : ReviewSnapshotSchema.parse(JSON.parse(row.before)),
    after: ReviewSnapshotSchema.parse(JSON.parse(row.after)),
    note: row.note,
    version: row.version,
    undoesEventId: row.undoesEventId,
  };
}

async function findRecord(tx: Tx, key: ReviewKey): Promise<ReviewRecord | null> {
  const row = await tx.participantReview.findUnique({
    where: { exerciseId_userId_itemId: key },
    select: REVIEW_SELECT,
  });
  return row ? toReviewRecord(row) : null;
}

/** The review as stored, or the empty one (version 0) when the participant never wrote it. */
export function emptyRecord(key: ReviewKey): ReviewRecord {
  return { id: "", ...key, ...EMPTY_SNAPSHOT, version: 0, updatedAt: null };
}

/**
 * Writes the next state of a review. `decide` sees the current record and returns the new
 * snapshot (or a refusal); it runs inside the transaction, so the decision and the write
 * see the same state.
 */
export async function writeReview(
  key: ReviewKey,
  expectedVersion: number,
  decide: (
    current: ReviewRecord,
  ) => { next: ReviewSnapshot } | { refuse: string; code: "CODING_LOCKED" },
): Promise<WriteOutcome> {
  try {
    return await writeReviewOnce(key, expectedVersion, decide);
  } catch (err) {
    // Two first writes raced to create the review (PostgreSQL runs them side by side, SQLite
    // one after the other): the unique key let one through; the other is a stale version.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      return { outcome: "conflict", current: (await findRecord(prisma, key)) ?? emptyRecord(key) };
    }
    throw err;
  }
}

async function writeReviewOnce(
  key: ReviewKey,
  expectedVersion: number,
  decide: Parameters<typeof writeReview>[2],
): Promise<WriteOutcome> {
  return prisma.$transaction(async (tx) => {
    const stored = await findRecord(tx, key);
    const current = stored ?? emptyRecord(key);
    if (current.version !== expectedVersion) return { outcome: "conflict", current };
    const decision = decide(current);
    if ("refuse" in decision) {
      return { outcome: "refused", current, reason: decision.refuse, code: decision.code };
    }
    const before = snapshotOf(current);
    if (JSON.stringify(before) === JSON.stringify(decision.next)) {
      return { outcome: "unchanged", record: current };
    }
    const id =
      stored?.id ??
      (await tx.participantReview.create({ data: { ...key }, select: { id: true } })).id;
    const { count } = await tx.participantReview.updateMany({
      where: { id, version: expectedVersion },
      data: { ...columnsOf(decision.next), version: { increment: 1 } },
    });
    if (count !== 1)
      return { outcome: "conflict", current: (await findRecord(tx, key)) ?? current };
    const event = await tx.reviewEvent.create({
      data: {
        reviewId: id,
        exerciseId: key.exerciseId,
        itemId: key.itemId,
        actorId: key.userId,
        kind: "change",
        // The first write has no "before": the review did not exist.
        before: current.version === 0 ? null : JSON.stringify(before),
        after: JSON.stringify(decision.next),
        note: decision.next.note === before.note ? null : decision.next.note,
        version: expectedVersion + 1,
      },
      select: EVENT_SELECT,
    });
    const record = await findRecord(tx, key);
    if (!record) throw new Error("review vanished inside its own transaction");
    return { outcome: "written", record, event: toReviewEvent(event) };
  });
}

export type UndoOutcome =
  | { outcome: "undone"; record: ReviewRecord; event: ReviewEvent }
  | { outcome: "nothing" }
  | { outcome: "locked"; itemId: string }
  | { outcome: "conflict"; itemId: string };

/**
 * Reverts the participant's latest change in the exercise that no undo has reverted yet,
 * as a new "undo" event. `isLocked` refuses reverting a blind submission. The undone
 * event's id is unique among undos, so two racing undos cannot revert the same change.
 */
export async function undoLastChange(
  exerciseId: string,
  userId: string,
  isLocked: (before: ReviewSnapshot, after: ReviewSnapshot) => boolean,
): Promise<UndoOutcome> {
  try {
    return await prisma.$transaction(async (tx) => {
      const undone = await tx.reviewEvent.findMany({
        where: { exerciseId, actorId: userId, kind: "undo" },
        select: { undoesEventId: true },
      });
      const target = await tx.reviewEvent.findFirst({
        where: {
          exerciseId,
          actorId: userId,
          kind: "change",
          id: { notIn: undone.flatMap((u) => (u.undoesEventId === null ? [] : [u.undoesEventId])) },
        },
        orderBy: { id: "desc" },
        select: { ...EVENT_SELECT, reviewId: true },
      });
      if (!target) return { outcome: "nothing" } as const;
      const targetEvent = toReviewEvent(target);
      const key = { exerciseId, userId, itemId: target.itemId };
      const current = await findRecord(tx, key);
      const restored = targetEvent.before ?? EMPTY_SNAPSHOT;
      if (!current || JSON.stringify(snapshotOf(current)) !== JSON.stringify(targetEvent.after)) {
        // Only the participant writes their reviews, so this means a racing write.
        return { outcome: "conflict", itemId: target.itemId } as const;
      }
      if (isLocked(restored, targetEvent.after)) {
        return { outcome: "locked", itemId: target.itemId } as const;
      }
      const { count } = await tx.participantReview.updateMany({
        where: { id: target.reviewId, version: current.version },
        data: { ...columnsOf(restored), version: { increment: 1 } },
      });
      if (count !== 1) return { outcome: "conflict", itemId: target.itemId } as const;
      const event = await tx.reviewEvent.create({
        data: {
          reviewId: target.reviewId,
          exerciseId,
          itemId: target.itemId,
          actorId: userId,
          kind: "undo",
          before: JSON.stringify(snapshotOf(current)),
          after: JSON.stringify(restored),
          note: restored.note === current.note ? null : restored.note,
          version: current.version + 1,
          undoesEventId: target.id,
        },
        select: EVENT_SELECT,
      });
      const record = await findRecord(tx, key);
      if (!record) throw new Error("review vanished inside its own transaction");
      return { outcome: "undone", record, event: toReviewEvent(event) } as const;
    });
  } catch (err) {
    // Two undos raced for the same change: the unique undoesEventId let only one through.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      return { outcome: "conflict", itemId: "" };
    }
    throw err;
  }
}

/**
 * A keyset page of an item's history in the exercise, newest first; one participant's, or
 * everyone's: up to `take` events before the cursor's id, and how many in all (counted on the
 * first page, carried by the cursor after it).
 */
export async function findHistory(
  exerciseId: string,
  itemId: string,
  userId: string | undefined,
  take: number,
  cursor: { after: number; total: number } | undefined,
): Promise<{ rows: ReviewEvent[]; total: number }> {
  const where = { exerciseId, itemId, ...(userId === undefined ? {} : { review: { userId } }) };
  const [rows, total] = await Promise.all([
    prisma.reviewEvent.findMany({
      where: { ...where, ...(cursor ? { id: { lt: cursor.after } } : {}) },
      // Newest first, by the autoincrement id: unique, and the order events were written.
      orderBy: { id: "desc" },
      select: EVENT_SELECT,
      take,
    }),
    cursor ? cursor.total : prisma.reviewEvent.count({ where }),
  ]);
  return { rows: rows.map(toReviewEvent), total };
}
