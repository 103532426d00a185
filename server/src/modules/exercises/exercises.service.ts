import {
  LEVELS,
  type Level,
  type ProgressQuery,
  type ProgressResponse,
  type CreateExerciseBody,
  type Exercise,
  type ExerciseDetail,
  type ExerciseItem,
  type ExerciseItemsQuery,
  type ExerciseItemsResponse,
  type ExercisesQuery,
  type ExercisesResponse,
  type ExerciseSourceResponse,
  type Item,
  type ItemContext,
  type SessionUser,
} from "@zeren/shared/contract";
import { z } from "zod";
import { AppError, notFound } from "../../errors/app-error";
import {
  NewestFirstCursorSchema,
  OldestFirstCursorSchema,
  decodeCursor,
  pageOf,
} from "../../http/cursor";
import { extractInPool } from "../../extraction/extraction-pool";
import * as repository from "./exercises.repository";
import type { ExerciseRecord, ReviewRecord } from "./exercises.repository";
import {
  matchesQuery,
  progressOf,
  reviewsByItem,
  toExerciseItem,
  type Viewer,
} from "./exercise-view";
import { paragraphContext } from "./item-context";

/** The cursor of an exercise's item pages: the last item's key (see ExerciseItemKey). */
export const ExerciseItemKeySchema = z.tuple([
  z.number().int(),
  z.number().int(),
  z.number().int(),
  z.string(),
]);

/** Everything a view of an exercise is computed from, read once per request. */
export interface ExerciseData {
  exercise: ExerciseRecord;
  items: Item[];
  /** Each item's place in the exercise (the keyset of its pages), by item id. */
  keys: Map<string, repository.ExerciseItemKey>;
  reviews: ReviewRecord[];
}

export async function loadExerciseData(exerciseId: string): Promise<ExerciseData> {
  const exercise = await repository.findExercise(exerciseId);
  if (!exercise) throw notFound("Exercise", exerciseId);
  const [keyed, reviews] = await Promise.all([
    repository.findExerciseItems(exercise),
    repository.findReviews(exerciseId),
  ]);
  const items = keyed.map(({ item }) => item);
  const keys = new Map(keyed.map(({ item, key }) => [item.id, key]));
  // Reviews of items that left the exercise (re-extracted away, corrected into another
  // tier) stay stored but do not count.
  return { exercise, items, keys, reviews: reviews.filter((r) => keys.has(r.itemId)) };
}

export async function createExercise(
  owner: SessionUser,
  body: {
    title: string;
    documentIds: string[];
    levels: CreateExerciseBody["levels"];
    blind: boolean;
  },
): Promise<ExerciseDetail> {
  const missing = await repository.findMissingDocuments(body.documentIds);
  if (missing.length > 0) {
    throw new AppError(400, "VALIDATION_FAILED", "Some documents do not exist", {
      issues: missing.map((id) => ({
        path: `body.documentIds.${body.documentIds.indexOf(id)}`,
        message: `Document ${JSON.stringify(id)} does not exist`,
      })),
    });
  }
  const id = await repository.insertExercise({
    title: body.title,
    ownerId: owner.id,
    blind: body.blind,
    levels: body.levels ?? [],
    documentIds: body.documentIds,
  });
  return getExercise(id, { userId: owner.id, role: "owner" });
}

function summarise(data: ExerciseData, viewer: Viewer): Exercise {
  const { exercise, items, reviews } = data;
  return {
    id: exercise.id,
    title: exercise.title,
    blind: exercise.blind,
    levels: exercise.levels,
    createdAt: exercise.createdAt,
    owner: exercise.owner,
    documents: exercise.documents,
    access: viewer.role,
    participantCount: exercise.participants.length,
    itemCount: items.length,
    myProgress:
      viewer.role === "member"
        ? progressOf(
            items,
            reviews.filter((r) => r.userId === viewer.userId),
          )
        : null,
  };
}

/** The exercises the user owns (instructor) or joined (participant), newest first, a page. */
export async function listExercises(
  user: SessionUser,
  query: ExercisesQuery,
): Promise<ExercisesResponse> {
  const cursor =
    query.cursor === undefined ? undefined : decodeCursor(NewestFirstCursorSchema, query.cursor);
  const { rows, total } = await repository.findExerciseIdsFor(user.id, query.limit + 1, cursor);
  const { page, nextCursor } = pageOf(
    rows,
    query.limit,
    (row) => ({ after: [row.createdAt.toISOString(), row.id], total }),
    (row) => row.id,
  );
  const exercises: Exercise[] = [];
  for (const id of page) {
    const data = await loadExerciseData(id);
    const role = data.exercise.owner.id === user.id ? "owner" : "member";
    exercises.push(summarise(data, { userId: user.id, role }));
  }
  return { exercises, total, nextCursor };
}

export async function getExercise(id: string, viewer: Viewer): Promise<ExerciseDetail> {
  const data = await loadExerciseData(id);
  return {
    ...summarise(data, viewer),
    // A participant sees the exercise, not who else is in it.
    participants: viewer.role === "owner" ? data.exercise.participants : [],
  };
}

/**
 * Each item's paragraph around it (see item-context.ts). The units come from running the
 * current extractor on the stored text: it is pure and fast, and the units are not stored.
 */
export async function contextsOf(items: readonly Item[]): Promise<Map<string, ItemContext>> {
  const documents = new Map(items.map((item) => [item.document.id, item.document]));
  const texts = await repository.findDocumentTexts([...documents.keys()]);
  const result = new Map<string, ItemContext>();
  for (const [id, document] of documents) {
    const text = texts.get(id);
    if (text === undefined) continue;
    const { units } = await extractInPool(text, {
      title: document.title,
      issuer: document.issuer ?? undefined,
      date: document.date ?? undefined,
    });
    for (const item of items) {
      if (item.document.id !== id) continue;
      result.set(
        item.id,
        paragraphContext(text, units, {
          start: item.start,
          end: item.end,
          sectionIndex: item.section.index,
        }),
      );
    }
  }
  return result;
}

export async function itemsView(
  data: ExerciseData,
  viewer: Viewer,
  query: ExerciseItemsQuery,
): Promise<ExerciseItemsResponse> {
  const byItem = reviewsByItem(data.reviews);
  const blind = data.exercise.blind;
  const shown = data.items.filter((item) =>
    matchesQuery(item, query, blind, viewer, byItem.get(item.id) ?? []),
  );
  // A keyset page of the filtered list. The exercise's items are read whole to filter them
  // (a blind participant's filters read their own codings), but only the page is given its
  // paragraph context, which runs the extractor over each notice it touches.
  const after =
    query.cursor === undefined ? undefined : decodeCursor(ExerciseItemKeySchema, query.cursor);
  const keyOf = (item: Item) => data.keys.get(item.id) ?? ([0, 0, 0, item.id] as const);
  const from = after
    ? shown.findIndex((item) => repository.compareKeys([...keyOf(item)], after) > 0)
    : 0;
  const rows = from === -1 ? [] : shown.slice(from, from + query.limit + 1);
  const contexts = await contextsOf(rows.slice(0, query.limit));
  const { page, nextCursor } = pageOf(rows, query.limit, keyOf, (item) =>
    toExerciseItem(item, blind, viewer, byItem.get(item.id) ?? [], contexts.get(item.id)),
  );
  return { items: page, total: shown.length, nextCursor };
}

export async function listItems(
  exerciseId: string,
  viewer: Viewer,
  query: ExerciseItemsQuery,
): Promise<ExerciseItemsResponse> {
  return itemsView(await loadExerciseData(exerciseId), viewer, query);
}

/** One item of the exercise as the viewer may see it; 404 when the item is not in it. */
export async function getExerciseItem(
  exerciseId: string,
  itemId: string,
  viewer: Viewer,
): Promise<ExerciseItem> {
  const data = await loadExerciseData(exerciseId);
  const item = data.items.find((i) => i.id === itemId);
  if (!item) throw notFound("Item of this exercise", itemId);
  const contexts = await contextsOf([item]);
  return toExerciseItem(
    item,
    data.exercise.blind,
    viewer,
    data.reviews.filter((r) => r.itemId === itemId),
    contexts.get(item.id),
  );
}

/** A notice of the exercise, as its source view shows it; 404 when not in the exercise. */
export async function exerciseSource(
  exerciseId: string,
  documentId: string,
): Promise<ExerciseSourceResponse> {
  const exercise = await repository.findExercise(exerciseId);
  if (!exercise) throw notFound("Exercise", exerciseId);
  if (!exercise.documents.some((d) => d.id === documentId)) {
    throw notFound("Document of this exercise", documentId);
  }
  const source = await repository.findDocumentSource(documentId);
  if (!source) throw notFound("Document of this exercise", documentId);
  return source;
}

/** The tiers an exercise covers, in the model's order ([] in the exercise means all). */
export function tiersOf(exercise: ExerciseRecord): Level[] {
  return exercise.levels.length === 0
    ? [...LEVELS]
    : LEVELS.filter((level) => exercise.levels.includes(level));
}

/**
 * Per participant, per tier of the exercise: items, and how many reviewed, coded, submitted.
 * A keyset page of the participants in the order they joined; only their reviews are read.
 */
export async function progress(
  exerciseId: string,
  query: ProgressQuery,
): Promise<ProgressResponse> {
  const exercise = await repository.findExercise(exerciseId);
  if (!exercise) throw notFound("Exercise", exerciseId);
  const cursor =
    query.cursor === undefined ? undefined : decodeCursor(OldestFirstCursorSchema, query.cursor);
  const [keyed, { rows, total }] = await Promise.all([
    repository.findExerciseItems(exercise),
    repository.findParticipantsPage(exerciseId, query.limit + 1, cursor),
  ]);
  const items = keyed.map(({ item }) => item);
  const levels = tiersOf(exercise);
  const itemsByLevel = new Map(
    levels.map((level) => [level, items.filter((i) => i.level === level)]),
  );
  const { page, nextCursor } = pageOf(
    rows,
    query.limit,
    (row) => ({ after: [row.joinedAtDate.toISOString(), row.id], total }),
    ({ joinedAtDate: _joined, ...participant }) => participant,
  );
  const reviews = await repository.findReviewsOf(
    exerciseId,
    page.map((p) => p.id),
  );
  return {
    levels,
    participants: page.map((participant) => {
      const own = reviews.filter((r) => r.userId === participant.id);
      return {
        participant,
        tiers: levels.map((level) => ({
          level,
          ...progressOf(itemsByLevel.get(level) ?? [], own),
        })),
        overall: progressOf(items, own),
      };
    }),
    total,
    nextCursor,
  };
}
