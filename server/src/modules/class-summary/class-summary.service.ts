import crypto from "node:crypto";
import {
  canonicalJson,
  type ClassSummaryData,
  type ClassSummaryItem,
  type ClassSummaryQuery,
  type ClassSummaryResponse,
  documentRefOf,
  type Item,
  type Level,
  type Participant,
} from "@zeren/shared/contract";
import { z } from "zod";
import { notFound } from "../../errors/app-error";
import { decodeCursor, pageOf } from "../../http/cursor";
import { adjudicationsOf, agreement } from "../agreement/agreement.service";
import { reviewsByItem } from "../exercises/exercise-view";
import {
  countExerciseItems,
  exerciseItemBatches,
  findExercise,
  findExerciseItemsAfter,
  findReviewsOfItems,
  type ExerciseItemKey,
  type ReviewRecord,
} from "../exercises/exercises.repository";
import { tiersOf } from "../exercises/exercises.service";

/** SHA-256 (hex) of the canonical JSON: what the printed summary carries on every page. */
export function hashOf(data: ClassSummaryData): string {
  return crypto.createHash("sha256").update(canonicalJson(data), "utf8").digest("hex");
}

type Header = Omit<ClassSummaryData, "tiers">;
type TierFigures = Omit<ClassSummaryData["tiers"][number], "items">;

/**
 * An item as the summary prints it: provenance (quote, document, issuer, date, section), the
 * effective reading, how many reviewed and coded it, every participant's coding and note (in
 * the order they joined), and the instructor's adjudication with its reason.
 */
function summaryItem(
  item: Item,
  reviews: readonly ReviewRecord[],
  decision: ClassSummaryItem["adjudication"] | undefined,
  participants: readonly Participant[],
): ClassSummaryItem {
  const order = new Map(participants.map((p, i) => [p.id, i]));
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const itemReviews = reviews
    .filter((r) => order.has(r.userId))
    .sort((a, b) => (order.get(a.userId) ?? 0) - (order.get(b.userId) ?? 0));
  return {
    id: item.id,
    quote: item.text,
    document: documentRefOf(item.document),
    section: item.section,
    reading: { level: item.level, types: item.types, modality: item.modality },
    corrected: item.correction !== null,
    adjudication: decision ?? null,
    reviewedCount: itemReviews.filter((r) => r.reviewed).length,
    codedCount: itemReviews.filter((r) => r.coding !== null).length,
    codings: itemReviews
      .filter((r) => r.reviewed || r.coding !== null || r.note !== "")
      .map((r) => ({
        participant: { id: r.userId, name: names.get(r.userId) ?? "" },
        reviewed: r.reviewed,
        coding: r.coding,
        note: r.note,
      })),
  };
}

/** Some items of the exercise as the summary prints them: their reviews and decisions read for them alone. */
async function summaryItems(
  exerciseId: string,
  items: readonly Item[],
  participants: readonly Participant[],
): Promise<ClassSummaryItem[]> {
  const ids = items.map((item) => item.id);
  const [reviews, decisions] = await Promise.all([
    findReviewsOfItems(exerciseId, ids),
    adjudicationsOf(exerciseId, ids),
  ]);
  const byItem = reviewsByItem(reviews);
  return items.map((item) =>
    summaryItem(item, byItem.get(item.id) ?? [], decisions.get(item.id), participants),
  );
}

/**
 * The hash of the whole summary without holding it (docs/decisions/019): canonicalJson of
 * ClassSummaryData written piece by piece into the hash, each tier's items read in keyset
 * batches. Keys in canonical order: exercise, participantCount, tiers; in a tier agreement,
 * items, level. The same text as canonicalJson(data), so the same hash as hashOf(data).
 */
async function streamedHash(
  exerciseId: string,
  header: Header,
  tiers: readonly TierFigures[],
  participants: readonly Participant[],
): Promise<string> {
  const hash = crypto.createHash("sha256");
  const put = (text: string) => hash.update(text, "utf8");
  put(`{"exercise":${canonicalJson(header.exercise)}`);
  put(`,"participantCount":${canonicalJson(header.participantCount)},"tiers":[`);
  for (const [t, tier] of tiers.entries()) {
    put(`${t === 0 ? "" : ","}{"agreement":${canonicalJson(tier.agreement)},"items":[`);
    let first = true;
    for await (const batch of exerciseItemBatches(exerciseId, [tier.level])) {
      const items = await summaryItems(
        exerciseId,
        batch.map(({ item }) => item),
        participants,
      );
      for (const item of items) {
        put(`${first ? "" : ","}${canonicalJson(item)}`);
        first = false;
      }
    }
    put(`],"level":${canonicalJson(tier.level)}}`);
  }
  put("]}");
  return hash.digest("hex");
}

/** A page's place: the tier's index in the summary's tiers, then the item's exercise key. */
const SummaryKeySchema = z.tuple([
  z.number().int().nonnegative(),
  z.number().int(),
  z.number().int(),
  z.number().int(),
  z.string(),
]);
type SummaryKey = [number, ...ExerciseItemKey];

/** Up to `take` items after `after`, tier after tier, each tier in exercise order (in SQL). */
async function itemsAfter(
  exerciseId: string,
  levels: readonly Level[],
  after: SummaryKey | undefined,
  take: number,
): Promise<{ item: Item; level: Level; key: SummaryKey }[]> {
  const rows: { item: Item; level: Level; key: SummaryKey }[] = [];
  for (let t = after ? after[0] : 0; t < levels.length && rows.length < take; t += 1) {
    const level = levels[t]!;
    const from = after && after[0] === t ? (after.slice(1) as ExerciseItemKey) : undefined;
    const found = await findExerciseItemsAfter(exerciseId, [level], from, take - rows.length);
    rows.push(...found.map(({ item, key }) => ({ item, level, key: [t, ...key] as SummaryKey })));
  }
  return rows;
}

/**
 * The class's per-tier summary for print, a keyset page of its items at a time; per tier the
 * agreement figures (over the whole tier) and item count; on every page the hash of the whole
 * summary (see streamedHash). Participants appear in the order they joined.
 */
export async function classSummary(
  exerciseId: string,
  query: ClassSummaryQuery,
  now: Date = new Date(),
): Promise<ClassSummaryResponse> {
  const exercise = await findExercise(exerciseId);
  if (!exercise) throw notFound("Exercise", exerciseId);
  const after =
    query.cursor === undefined ? undefined : decodeCursor(SummaryKeySchema, query.cursor);
  const figures = await agreement(exerciseId);
  const fieldsOf = (level: string) =>
    (figures.tiers.find((tier) => tier.level === level)?.fields ?? []).map(
      ({ field, units, codings, dominant, skewed, class: coefficients }) => ({
        field,
        units,
        codings,
        dominant,
        skewed,
        class: coefficients,
      }),
    );
  const levels = query.level ? [query.level] : tiersOf(exercise);
  const participants = exercise.participants;
  const header: Header = {
    exercise: {
      id: exercise.id,
      title: exercise.title,
      blind: exercise.blind,
      owner: exercise.owner,
    },
    participantCount: participants.length,
  };
  const tiers = levels.map((level) => ({ level, agreement: fieldsOf(level) }));
  const [totals, rows, hash] = await Promise.all([
    Promise.all(levels.map((level) => countExerciseItems(exerciseId, [level]))),
    itemsAfter(exerciseId, levels, after, query.limit + 1),
    streamedHash(exerciseId, header, tiers, participants),
  ]);
  const kept = rows.slice(0, query.limit);
  const printed = await summaryItems(
    exerciseId,
    kept.map(({ item }) => item),
    participants,
  );
  const { page, nextCursor } = pageOf(
    rows,
    query.limit,
    (row) => row.key,
    (row) => row.level,
  );
  return {
    ...header,
    tiers: tiers.map((tier, t) => ({ ...tier, total: totals[t] ?? 0 })),
    items: printed.map((item, i) => ({ ...item, level: page[i]! })),
    total: totals.reduce((sum, n) => sum + n, 0),
    nextCursor,
    generatedAt: now.toISOString(),
    hash,
  };
}
