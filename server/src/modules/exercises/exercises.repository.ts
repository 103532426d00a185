import {
  CodingSchema,
  LevelSchema,
  SectionKindSchema,
  type ExerciseSourceResponse,
  type Coding,
  type Item,
  type Level,
  type Participant,
  type UserRef,
} from "@zeren/shared/contract";
import { z } from "zod";
import {
  newestFirstAfter,
  type NewestFirstCursor,
  type OldestFirstCursor,
} from "../../http/cursor";
import { prisma } from "../../db";
import { ACTIVE_SECTIONS } from "../documents/section-select";
import { parseTypes } from "../items/effective-reading";
import { ITEM_SELECT, LISTED_ITEM, toItem } from "../items/item-record";
import {
  ITEM_COLUMNS_SQL,
  LISTED_ITEM_SQL,
  listRowToItem,
  type ItemListRow,
} from "../items/item-list-sql";
import { Prisma } from "../../generated/prisma/client";

/** An exercise as stored, with its documents in the instructor's order and its participants. */
export interface ExerciseRecord {
  id: string;
  title: string;
  blind: boolean;
  /** [] = all tiers. */
  levels: Level[];
  createdAt: string;
  owner: UserRef;
  documents: { id: string; title: string; issuer: string | null; date: string | null }[];
  /** In the order they joined. */
  participants: Participant[];
}

/** A participant's review as stored (a missing row reads as the empty review, version 0). */
export interface ReviewRecord {
  id: string;
  userId: string;
  itemId: string;
  reviewed: boolean;
  note: string;
  coding: Coding | null;
  submittedAt: string | null;
  version: number;
  updatedAt: string | null;
}

const LevelsSchema = z.array(LevelSchema);

export async function findExerciseRole(
  exerciseId: string,
  userId: string,
): Promise<"owner" | "member" | null> {
  const exercise = await prisma.exercise.findUnique({
    where: { id: exerciseId },
    select: { ownerId: true, members: { where: { userId }, select: { userId: true } } },
  });
  if (!exercise) return null;
  if (exercise.ownerId === userId) return "owner";
  return exercise.members.length > 0 ? "member" : null;
}

/** The ids among `documentIds` that do not exist. */
export async function findMissingDocuments(documentIds: readonly string[]): Promise<string[]> {
  const found = await prisma.document.findMany({
    where: { id: { in: [...documentIds] } },
    select: { id: true },
  });
  const known = new Set(found.map((d) => d.id));
  return documentIds.filter((id) => !known.has(id));
}

export async function insertExercise(data: {
  title: string;
  ownerId: string;
  blind: boolean;
  levels: Level[];
  documentIds: readonly string[];
}): Promise<string> {
  const exercise = await prisma.exercise.create({
    data: {
      title: data.title,
      ownerId: data.ownerId,
      blind: data.blind,
      levels: JSON.stringify(data.levels),
      documents: {
        create: data.documentIds.map((documentId, position) => ({ documentId, position })),
      },
    },
    select: { id: true },
  });
  return exercise.id;
}

/**
 * A page of the exercises a user owns (instructor) or joined (participant), newest first:
 * up to `take` rows after the cursor, and how many there are in all (counted on the first
 * page, carried by the cursor after it).
 */
export async function findExerciseIdsFor(
  userId: string,
  take: number,
  cursor: NewestFirstCursor | undefined,
): Promise<{ rows: { id: string; createdAt: Date }[]; total: number }> {
  const where = { OR: [{ ownerId: userId }, { members: { some: { userId } } }] };
  const [rows, total] = await Promise.all([
    prisma.exercise.findMany({
      where: { AND: [where, newestFirstAfter(cursor)] },
      select: { id: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
    }),
    cursor ? cursor.total : prisma.exercise.count({ where }),
  ]);
  return { rows, total };
}

export async function findExercise(id: string): Promise<ExerciseRecord | null> {
  const row = await prisma.exercise.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      blind: true,
      levels: true,
      createdAt: true,
      owner: { select: { id: true, name: true } },
      documents: {
        orderBy: { position: "asc" },
        select: { document: { select: { id: true, title: true, issuer: true, date: true } } },
      },
      members: {
        orderBy: [{ joinedAt: "asc" }, { userId: "asc" }],
        select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    blind: row.blind,
    levels: LevelsSchema.parse(JSON.parse(row.levels)),
    createdAt: row.createdAt.toISOString(),
    owner: row.owner,
    documents: row.documents.map((d) => d.document),
    participants: row.members.map((m) => ({ ...m.user, joinedAt: m.joinedAt.toISOString() })),
  };
}

/**
 * Where an item stands in its exercise: the notice's place in the exercise, then the item's
 * place in the text (offset, then the extractor's ordinal), then its id. Unique: the keyset of
 * the exercise's item pages.
 */
export type ExerciseItemKey = [number, number, number, string];

export function compareKeys(a: ExerciseItemKey, b: ExerciseItemKey): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
}

/**
 * The exercise's items: active items of its documents (not withdrawn) whose effective tier (a correction
 * applied) is among the exercise's tiers, in the exercise's document order, then in the
 * order of the text (which is section order), each with its key.
 */
export async function findExerciseItems(
  exercise: ExerciseRecord,
): Promise<{ item: Item; key: ExerciseItemKey }[]> {
  const position = new Map(exercise.documents.map((d, i) => [d.id, i]));
  const rows = await prisma.item.findMany({
    // A withdrawn notice leaves exercises too; its participants' reviews are kept.
    where: { ...LISTED_ITEM, documentId: { in: [...position.keys()] } },
    select: { ...ITEM_SELECT, documentId: true, ordinal: true },
  });
  // By offset: a person's item sits among the extractor's where its text is.
  const keyed = rows.map((row) => ({
    item: toItem(row),
    key: [position.get(row.documentId) ?? 0, row.start, row.ordinal, row.id] as ExerciseItemKey,
  }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  if (exercise.levels.length === 0) return keyed;
  const levels = new Set(exercise.levels);
  return keyed.filter(({ item }) => levels.has(item.level));
}

/**
 * The exercise's items as one SQL statement per page (issue 9): its notices in the
 * instructor's order joined to their listed items, whose effective tier (a correction over the
 * extractor's) is among `levels`, in exercise order (notice position, offset, ordinal, id: the
 * ExerciseItemKey, unique) after the key `after`. Aliases as in item-list-sql.ts, with
 * ed "ExerciseDocument".
 */
const EXERCISE_ITEM_FROM_SQL = Prisma.sql`"ExerciseDocument" ed
  JOIN "Document" d ON d."id" = ed."documentId"
  JOIN "Item" i ON i."documentId" = d."id"
  LEFT JOIN "Correction" c ON c."itemId" = i."id"
  LEFT JOIN "Review" r ON r."itemId" = i."id"`;

function exerciseItemWhereSql(exerciseId: string, levels: readonly Level[]): Prisma.Sql {
  return Prisma.sql`ed."exerciseId" = ${exerciseId} AND ${LISTED_ITEM_SQL}
    AND COALESCE(c."level", i."level") IN (${Prisma.join([...levels])})`;
}

export async function findExerciseItemsAfter(
  exerciseId: string,
  levels: readonly Level[],
  after: ExerciseItemKey | undefined,
  take: number,
): Promise<{ item: Item; key: ExerciseItemKey }[]> {
  if (levels.length === 0) return [];
  const keyset = after
    ? Prisma.sql`(ed."position", i."start", i."ordinal", i."id") > (${after[0]}, ${after[1]}, ${after[2]}, ${after[3]})`
    : Prisma.sql`1 = 1`;
  const rows = await prisma.$queryRaw<(ItemListRow & { position: number | bigint })[]>`
    SELECT ${ITEM_COLUMNS_SQL}, ed."position" AS "position"
    FROM ${EXERCISE_ITEM_FROM_SQL} JOIN "Section" s ON s."id" = i."sectionId"
    WHERE ${exerciseItemWhereSql(exerciseId, levels)} AND ${keyset}
    ORDER BY ed."position", i."start", i."ordinal", i."id"
    LIMIT ${take}`;
  return rows.map((row) => ({
    item: listRowToItem(row),
    key: [Number(row.position), row.start, row.ordinal, row.id],
  }));
}

/** How many items the exercise has in `levels` (see findExerciseItemsAfter). */
export async function countExerciseItems(
  exerciseId: string,
  levels: readonly Level[],
): Promise<number> {
  if (levels.length === 0) return 0;
  const [row] = await prisma.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM ${EXERCISE_ITEM_FROM_SQL}
    WHERE ${exerciseItemWhereSql(exerciseId, levels)}`;
  return Number(row?.n ?? 0);
}

/** Rows read per statement while a whole exercise is walked (exports, the summary's hash). */
export const EXERCISE_BATCH = 500;

/** Every item of the exercise in `levels`, in exercise order, a keyset batch at a time. */
export async function* exerciseItemBatches(
  exerciseId: string,
  levels: readonly Level[],
  batchSize = EXERCISE_BATCH,
): AsyncGenerator<{ item: Item; key: ExerciseItemKey }[]> {
  let after: ExerciseItemKey | undefined;
  for (;;) {
    const batch = await findExerciseItemsAfter(exerciseId, levels, after, batchSize);
    if (batch.length > 0) yield batch;
    const last = batch[batch.length - 1];
    if (batch.length < batchSize || !last) return;
    after = last.key;
  }
}

const REVIEW_SELECT = {
  id: true,
  userId: true,
  itemId: true,
  reviewed: true,
  note: true,
  level: true,
  types: true,
  modality: true,
  submittedAt: true,
  version: true,
  updatedAt: true,
} as const;

type ReviewRow = {
  id: string;
  userId: string;
  itemId: string;
  reviewed: boolean;
  note: string;
  level: string | null;
  types: string | null;
  modality: string | null;
  submittedAt: Date | null;
  version: number;
  updatedAt: Date;
};

/** The three coding columns hold all or nothing; a partial row is corrupt and fails loudly. */
export function codingFromColumns(row: {
  level: string | null;
  types: string | null;
  modality: string | null;
}): Coding | null {
  if (row.level === null && row.types === null && row.modality === null) return null;
  return CodingSchema.parse({
    level: row.level,
    types: row.types === null ? null : parseTypes(row.types),
    modality: row.modality,
  });
}

export function toReviewRecord(row: ReviewRow): ReviewRecord {
  return {
    id: row.id,
    userId: row.userId,
    itemId: row.itemId,
    reviewed: row.reviewed,
    note: row.note,
    coding: codingFromColumns(row),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    version: row.version,
    updatedAt: row.version > 0 ? row.updatedAt.toISOString() : null,
  };
}

/** Every participant's reviews in the exercise (optionally one participant's). */
export async function findReviews(exerciseId: string, userId?: string): Promise<ReviewRecord[]> {
  const rows = await prisma.participantReview.findMany({
    where: { exerciseId, ...(userId === undefined ? {} : { userId }) },
    select: REVIEW_SELECT,
    orderBy: { id: "asc" },
  });
  return rows.map(toReviewRecord);
}

/** The reviews of some participants of the exercise (a page of the progress table). */
export async function findReviewsOf(
  exerciseId: string,
  userIds: readonly string[],
): Promise<ReviewRecord[]> {
  const rows = await prisma.participantReview.findMany({
    where: { exerciseId, userId: { in: [...userIds] } },
    select: REVIEW_SELECT,
    orderBy: { id: "asc" },
  });
  return rows.map(toReviewRecord);
}

/** The reviews of some items of the exercise (a page or a batch of its items). */
export async function findReviewsOfItems(
  exerciseId: string,
  itemIds: readonly string[],
): Promise<ReviewRecord[]> {
  if (itemIds.length === 0) return [];
  const rows = await prisma.participantReview.findMany({
    where: { exerciseId, itemId: { in: [...itemIds] } },
    select: REVIEW_SELECT,
    orderBy: { id: "asc" },
  });
  return rows.map(toReviewRecord);
}

/**
 * A keyset page of the exercise's participants in the order they joined (joinedAt, then the
 * user id: unique within the exercise): up to `take` after the cursor, and how many there are
 * in all (counted on the first page, carried by the cursor after it).
 */
export async function findParticipantsPage(
  exerciseId: string,
  take: number,
  cursor: OldestFirstCursor | undefined,
): Promise<{ rows: (Participant & { joinedAtDate: Date })[]; total: number }> {
  const after = cursor
    ? (() => {
        const at = new Date(cursor.after[0]);
        return {
          OR: [{ joinedAt: { gt: at } }, { joinedAt: at, userId: { gt: cursor.after[1] } }],
        };
      })()
    : {};
  const [rows, total] = await Promise.all([
    prisma.exerciseMember.findMany({
      where: { exerciseId, ...after },
      orderBy: [{ joinedAt: "asc" }, { userId: "asc" }],
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      take,
    }),
    cursor ? cursor.total : prisma.exerciseMember.count({ where: { exerciseId } }),
  ]);
  return {
    rows: rows.map((m) => ({
      ...m.user,
      joinedAt: m.joinedAt.toISOString(),
      joinedAtDate: m.joinedAt,
    })),
    total,
  };
}

export { REVIEW_SELECT };

/** The text of each document (for the items' context), by id; unknown ids are absent. */
export async function findDocumentTexts(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await prisma.document.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, text: true },
  });
  return new Map(rows.map((row) => [row.id, row.text]));
}

/** A notice's text and active sections for the exercise's source view; null when unknown. */
export async function findDocumentSource(id: string): Promise<ExerciseSourceResponse | null> {
  const doc = await prisma.document.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      issuer: true,
      date: true,
      text: true,
      sections: ACTIVE_SECTIONS,
    },
  });
  if (!doc) return null;
  return {
    document: { id: doc.id, title: doc.title, issuer: doc.issuer, date: doc.date },
    text: doc.text,
    sections: doc.sections.map((s) => ({ ...s, kind: SectionKindSchema.parse(s.kind) })),
  };
}
