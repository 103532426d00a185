import {
  fieldsAgreement,
  groupKappa,
  itemAgreement,
  typesKey,
  type Coding,
  type AspectShares,
  type ReportItem,
} from "@zeren/shared/agreement";
import { documentRefOf } from "@zeren/shared/contract";
import type {
  AcceptUnanimousBody,
  AcceptUnanimousResponse,
  AdjudicateBody,
  AdjudicationItem,
  AdjudicationQuery,
  AdjudicationResponse,
  AgreementItemsQuery,
  AgreementItemsResponse,
  AgreementResponse,
  GroupAgreement,
  Item,
  Locale,
  SessionUser,
} from "@zeren/shared/contract";
import { z } from "zod";
import { notFound } from "../../errors/app-error";
import { decodeCursor, pageOf } from "../../http/cursor";
import { codingsOf, distribution, reviewsByItem } from "../exercises/exercise-view";
import {
  compareKeys,
  countExerciseItems,
  findExercise,
  findExerciseItemsAfter,
  findReviewsOfItems,
  type ExerciseItemKey,
} from "../exercises/exercises.repository";
import {
  ExerciseItemKeySchema,
  loadExerciseData,
  tiersOf,
  type ExerciseData,
} from "../exercises/exercises.service";
import * as repository from "./agreement.repository";

/** The reading coders are compared with: the effective one (an instructor's correction applied). */
const referenceOf = (item: Item) => ({
  level: item.level,
  types: item.types,
  modality: item.modality,
});

/** Each adjudicated item's decision, by item id (for the summary and the exports). */
export function adjudicationsOf(exerciseId: string, itemIds?: readonly string[]) {
  return repository.findAdjudications(exerciseId, itemIds);
}

/** A whole coding as one comparable value; types are a set. */
const codingKey = (c: Coding) => `${c.level}|${typesKey(c.types)}|${c.modality}`;

function mean(shares: readonly AspectShares[]): AspectShares | null {
  if (shares.length === 0) return null;
  const avg = (key: keyof AspectShares) =>
    shares.reduce((acc, s) => acc + s[key], 0) / shares.length;
  return { level: avg("level"), types: avg("types"), modality: avg("modality"), all: avg("all") };
}

function perItem(data: ExerciseData) {
  const byItem = reviewsByItem(data.reviews);
  return data.items.map((item) => {
    const reviews = byItem.get(item.id) ?? [];
    const codings = codingsOf(reviews);
    return { item, reviews, codings, agreement: itemAgreement(codings, referenceOf(item)) };
  });
}

type Row = ReturnType<typeof perItem>[number];

/** The item as the several-coefficient report reads it (see shared/src/agreement/report.ts). */
function reportItem(row: Row, adjudicated: ReadonlySet<string>): ReportItem {
  return {
    codings: new Map(row.reviews.flatMap((r) => (r.coding ? [[r.userId, r.coding] as const] : []))),
    extractor: row.item.correction?.extracted ?? referenceOf(row.item),
    reading: referenceOf(row.item),
    adjudicated: adjudicated.has(row.item.id),
  };
}

function group(rows: readonly Row[]): GroupAgreement {
  return {
    items: rows.length,
    codedItems: rows.filter((r) => r.codings.length >= 2).length,
    kappa: groupKappa(rows.map((r) => r.codings)),
    meanPairwise: mean(rows.flatMap((r) => (r.agreement.pairwise ? [r.agreement.pairwise] : []))),
    meanWithExtractor: mean(
      rows.flatMap((r) => (r.agreement.withReference ? [r.agreement.withReference] : [])),
    ),
  };
}

/**
 * Agreement per item, and per tier (and overall) the kappas and mean shares, and per field
 * every coefficient with its interval, the pairs, the confusion matrix and the comparisons
 * with the adjudicated answer.
 */
export async function agreement(exerciseId: string): Promise<AgreementResponse> {
  const data = await loadExerciseData(exerciseId);
  const decisions = await repository.findAdjudications(exerciseId);
  const adjudicated = new Set(decisions.keys());
  const participantIds = data.exercise.participants.map((p) => p.id);
  const rows = perItem(data);
  const withFields = (members: readonly Row[]) => ({
    ...group(members),
    adjudicated: members.filter((r) => adjudicated.has(r.item.id)).length,
    fields: fieldsAgreement(
      members.map((row) => reportItem(row, adjudicated)),
      participantIds,
    ),
  });
  return {
    participants: data.exercise.participants.map(({ id, name }) => ({ id, name })),
    overall: withFields(rows),
    tiers: tiersOf(data.exercise).map((level) => ({
      level,
      ...withFields(rows.filter((r) => r.item.level === level)),
    })),
  };
}

/**
 * A keyset page of the per-item agreement: the page's items read in SQL in exercise order
 * after the cursor, and only their reviews (an item's agreement reads its own codings alone).
 */
export async function agreementItems(
  exerciseId: string,
  query: AgreementItemsQuery,
): Promise<AgreementItemsResponse> {
  const exercise = await findExercise(exerciseId);
  if (!exercise) throw notFound("Exercise", exerciseId);
  const after =
    query.cursor === undefined ? undefined : decodeCursor(ExerciseItemKeySchema, query.cursor);
  const levels = tiersOf(exercise);
  const [rows, total] = await Promise.all([
    findExerciseItemsAfter(exerciseId, levels, after, query.limit + 1),
    countExerciseItems(exerciseId, levels),
  ]);
  const kept = rows.slice(0, query.limit);
  const reviews = await findReviewsOfItems(
    exerciseId,
    kept.map(({ item }) => item.id),
  );
  const byItem = reviewsByItem(reviews);
  const { page, nextCursor } = pageOf(
    rows,
    query.limit,
    (row) => row.key,
    ({ item }) => {
      const a = itemAgreement(codingsOf(byItem.get(item.id) ?? []), referenceOf(item));
      return {
        itemId: item.id,
        level: item.level,
        coders: a.coders,
        pairwise: a.pairwise,
        withExtractor: a.withReference,
      };
    },
  );
  return { items: page, total, nextCursor };
}

function toAdjudicationItem(
  row: Row,
  decision: repository.AdjudicationRecord | undefined,
): AdjudicationItem {
  const { item, codings, agreement: a } = row;
  const extracted = item.correction?.extracted ?? referenceOf(item);
  const keys = new Set(codings.map(codingKey));
  return {
    id: item.id,
    text: item.text,
    document: documentRefOf(item.document),
    section: item.section,
    reading: referenceOf(item),
    extracted: item.correction?.extracted ?? referenceOf(item),
    corrected: item.correction !== null,
    distribution: distribution(codings),
    pairwise: a.pairwise,
    withExtractor: a.withReference,
    dispute: a.withReference ? 1 - a.withReference.all : null,
    unanimous: codings.length >= 2 && keys.size === 1,
    disputed: codings.length >= 2 && keys.size > 1,
    differsFromExtractor: codings.some((c) => codingKey(c) !== codingKey(extracted)),
    adjudication: decision ?? null,
  };
}

/**
 * An item's place in the queue, most-disputed first: not yet adjudicated (0) before
 * adjudicated (1); then items with a dispute before those nobody coded (dispute null); among
 * the first, the share of coders who differ from the reading (descending), then the coders'
 * agreement among themselves (ascending: more disagreement first), then more coders; ties
 * keep the exercise's order (its item key, unique), so the key is a total order: the keyset
 * of the queue's pages.
 */
type QueueKey = [
  adjudicated: number,
  dispute: number | null,
  pairwise: number,
  coders: number,
  ...item: ExerciseItemKey,
];

const QueueKeySchema = z.tuple([
  z.number().int().min(0).max(1),
  z.number().nullable(),
  z.number(),
  z.number().int().nonnegative(),
  z.number().int(),
  z.number().int(),
  z.number().int(),
  z.string(),
]);

function queueKeyOf(item: AdjudicationItem, key: ExerciseItemKey | undefined): QueueKey {
  return [
    Number(item.adjudication !== null),
    item.dispute,
    item.pairwise?.all ?? 1,
    item.distribution.coders,
    ...(key ?? [0, 0, 0, item.id]),
  ];
}

function compareQueueKeys(a: QueueKey, b: QueueKey): number {
  const [aDone, aDispute, aPairwise, aCoders, ...aItem] = a;
  const [bDone, bDispute, bPairwise, bCoders, ...bItem] = b;
  if (aDone !== bDone) return aDone - bDone;
  if (aDispute === null || bDispute === null) {
    const nulls = Number(aDispute === null) - Number(bDispute === null);
    if (nulls !== 0) return nulls;
  } else {
    const byDispute = bDispute - aDispute || aPairwise - bPairwise || bCoders - aCoders;
    if (byDispute !== 0) return byDispute;
  }
  return compareKeys(aItem, bItem);
}

/** The whole queue in its order, each item with its key (the exercise's items read once). */
async function sortedQueue(exerciseId: string) {
  const data = await loadExerciseData(exerciseId);
  const decisions = await repository.findAdjudications(exerciseId);
  return perItem(data)
    .map((row) => {
      const item = toAdjudicationItem(row, decisions.get(row.item.id));
      return { item, key: queueKeyOf(item, data.keys.get(row.item.id)) };
    })
    .sort((a, b) => compareQueueKeys(a.key, b.key));
}

/**
 * A keyset page of the queue. Its order is computed from every participant's codings, so the
 * exercise is read whole (as the exercise's item pages do) and the page is cut from the
 * sorted queue after the cursor's key. While nothing changes, the pages visit each item once;
 * a decision or a coding made between two reads moves its item, which may then be met again
 * or missed, as in any list whose order is computed (the screen reads the queue again after
 * a bulk acceptance).
 */
export async function adjudicationQueue(
  exerciseId: string,
  query: AdjudicationQuery,
): Promise<AdjudicationResponse> {
  const queue = await sortedQueue(exerciseId);
  const after = query.cursor === undefined ? undefined : decodeCursor(QueueKeySchema, query.cursor);
  const from = after ? queue.findIndex((row) => compareQueueKeys(row.key, after) > 0) : 0;
  const rows = from === -1 ? [] : queue.slice(from, from + query.limit + 1);
  const { page, nextCursor } = pageOf(
    rows,
    query.limit,
    (row) => row.key,
    (row) => row.item,
  );
  return { items: page, total: queue.length, nextCursor };
}

/**
 * Records the instructor's decision: the extractor was right (any correction removed) or a
 * corrected reading with its reason (the catalogue's correction, so every view shows it).
 */
export async function adjudicate(
  exerciseId: string,
  itemId: string,
  actor: SessionUser,
  body: AdjudicateBody,
): Promise<AdjudicationItem> {
  const before = await loadExerciseData(exerciseId);
  if (!before.items.some((i) => i.id === itemId)) throw notFound("Item of this exercise", itemId);
  await repository.recordAdjudication(exerciseId, itemId, actor.id, body);
  // A correction may move the item out of the exercise's tiers; it is still answered.
  const after = await loadExerciseData(exerciseId);
  const decisions = await repository.findAdjudications(exerciseId);
  const row = perItem({ ...after, items: after.items.filter((i) => i.id === itemId) })[0];
  if (row) return toAdjudicationItem(row, decisions.get(itemId));
  const moved = perItem({
    ...before,
    items: before.items.filter((i) => i.id === itemId),
  })[0];
  if (!moved) throw notFound("Item of this exercise", itemId);
  return toAdjudicationItem(moved, decisions.get(itemId));
}

/** The reason recorded on each item a bulk acceptance settles, in the instructor's language. */
export function unanimousReason(coders: number, note: string | undefined, locale: Locale): string {
  const base =
    locale === "zh"
      ? `全体一致：编码该条目的 ${coders} 名参与者均选择了抽取器的判读。`
      : `Unanimous: the ${coders} participants who coded it all chose the extractor's reading.`;
  const extra = note?.trim();
  return extra ? `${base} ${extra}` : base;
}

/**
 * Accepts the extractor's reading on every open item the class coded unanimously and exactly
 * as the extractor read it (see AcceptUnanimousBodySchema), one reason per item.
 */
export async function acceptUnanimous(
  exerciseId: string,
  actor: SessionUser,
  body: AcceptUnanimousBody,
): Promise<AcceptUnanimousResponse> {
  const queue = (await sortedQueue(exerciseId)).map((row) => row.item);
  const chosen = queue.filter(
    (item) =>
      item.adjudication === null && item.unanimous && !item.corrected && !item.differsFromExtractor,
  );
  await repository.recordAcceptances(
    exerciseId,
    actor.id,
    chosen.map((item) => ({
      itemId: item.id,
      reason: unanimousReason(item.distribution.coders, body.note, actor.locale),
    })),
  );
  return { accepted: chosen.map((item) => item.id) };
}
