import type {
  ExerciseItem,
  PutReviewBody,
  ReviewHistoryQuery,
  ReviewHistoryResponse,
  ReviewSnapshot,
  UndoResponse,
} from "@zeren/shared/contract";
import { z } from "zod";
import { AppError, notFound } from "../../errors/app-error";
import { decodeCursor, pageOf } from "../../http/cursor";
import { getExerciseItem, loadExerciseData } from "../exercises/exercises.service";
import type { Viewer } from "../exercises/exercise-view";
import * as repository from "./reviews.repository";

const sameCoding = (a: ReviewSnapshot["coding"], b: ReviewSnapshot["coding"]) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The rules of a participant's review:
 * - `coding` omitted keeps the stored one, null clears it;
 * - `submit` needs a coding, and sets submittedAt once (a blind exercise then reveals);
 * - in a blind exercise a submitted coding is final (it measures independent judgement);
 * - a coding cleared in an open exercise withdraws its submission too.
 */
export function nextSnapshot(
  current: ReviewSnapshot,
  body: PutReviewBody,
  blind: boolean,
  now: Date,
): { next: ReviewSnapshot } | { refuse: string; code: "CODING_LOCKED" } {
  const coding = body.coding === undefined ? current.coding : body.coding;
  if (blind && current.submittedAt !== null && !sameCoding(coding, current.coding)) {
    return {
      refuse: "This coding was submitted in a blind exercise and can no longer change",
      code: "CODING_LOCKED",
    };
  }
  if (body.submit && coding === null) {
    throw new AppError(400, "VALIDATION_FAILED", "The request is not valid", {
      issues: [{ path: "body.coding", message: "Code the item before submitting it" }],
    });
  }
  const submittedAt =
    coding === null ? null : (current.submittedAt ?? (body.submit ? now.toISOString() : null));
  return {
    next: { reviewed: body.reviewed, note: body.note ?? current.note, coding, submittedAt },
  };
}

async function assertItemInExercise(exerciseId: string, itemId: string) {
  const data = await loadExerciseData(exerciseId);
  if (!data.items.some((i) => i.id === itemId)) throw notFound("Item of this exercise", itemId);
  return data;
}

export async function putReview(
  exerciseId: string,
  itemId: string,
  viewer: Viewer,
  body: PutReviewBody,
): Promise<ExerciseItem> {
  const data = await assertItemInExercise(exerciseId, itemId);
  const key = { exerciseId, userId: viewer.userId, itemId };
  const result = await repository.writeReview(key, body.version, (current) =>
    nextSnapshot(current, body, data.exercise.blind, new Date()),
  );
  const item = await getExerciseItem(exerciseId, itemId, viewer);
  switch (result.outcome) {
    case "written":
    case "unchanged":
      return item;
    case "conflict":
      throw new AppError(
        409,
        "VERSION_CONFLICT",
        `Your review of this item was changed elsewhere (version ${result.current.version}, you sent ${body.version}); reload it and try again`,
        { current: item },
      );
    case "refused":
      throw new AppError(409, result.code, result.reason, { current: item });
  }
}

const HistoryCursorSchema = z.object({
  after: z.number().int().positive(),
  total: z.number().int().nonnegative(),
});

export async function history(
  exerciseId: string,
  itemId: string,
  viewer: Viewer,
  query: ReviewHistoryQuery,
): Promise<ReviewHistoryResponse> {
  await assertItemInExercise(exerciseId, itemId);
  const cursor =
    query.cursor === undefined ? undefined : decodeCursor(HistoryCursorSchema, query.cursor);
  // A participant sees only their own history; the owner sees everyone's.
  const { rows, total } = await repository.findHistory(
    exerciseId,
    itemId,
    viewer.role === "member" ? viewer.userId : undefined,
    query.limit + 1,
    cursor,
  );
  const { page, nextCursor } = pageOf(
    rows,
    query.limit,
    (event) => ({ after: event.id, total }),
    (event) => event,
  );
  return { events: page, total, nextCursor };
}

export async function undo(exerciseId: string, viewer: Viewer): Promise<UndoResponse> {
  const { exercise } = await loadExerciseData(exerciseId);
  const result = await repository.undoLastChange(
    exerciseId,
    viewer.userId,
    // Undoing would take back a blind submission (or change a submitted coding).
    (restored, undone) =>
      exercise.blind &&
      undone.submittedAt !== null &&
      (restored.submittedAt === null || !sameCoding(restored.coding, undone.coding)),
  );
  switch (result.outcome) {
    case "undone":
      return {
        event: result.event,
        item: await getExerciseItem(exerciseId, result.record.itemId, viewer),
      };
    case "nothing":
      throw new AppError(409, "NOTHING_TO_UNDO", "There is no change of yours left to undo");
    case "locked":
      throw new AppError(
        409,
        "CODING_LOCKED",
        "Your last change submitted a coding in a blind exercise; it cannot be undone",
      );
    case "conflict":
      throw new AppError(
        409,
        "VERSION_CONFLICT",
        "Your review was changed elsewhere at the same time; reload and try again",
      );
  }
}
