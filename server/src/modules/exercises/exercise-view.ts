import {
  ITEM_TYPES,
  LEVELS,
  MODALITIES,
  type Coding,
  type CodingDistribution,
  type ExerciseItem,
  type ExerciseItemFilters,
  type Item,
  type ItemContext,
  type ItemType,
  type Level,
  type Modality,
  type ParticipantReview,
  type ProgressCounts,
  type Reading,
  documentRefOf,
} from "@zeren/shared/contract";
import type { ReviewRecord } from "./exercises.repository";

/**
 * How an exercise's items look to the one who asks: the owner sees everything; a
 * participant sees their own review, and — in a blind exercise only after submitting their
 * coding of that item — the extractor's reading and the others' codings, counted.
 */

export const EMPTY_REVIEW: ParticipantReview = {
  reviewed: false,
  note: "",
  coding: null,
  submittedAt: null,
  version: 0,
  updatedAt: null,
};

export function toParticipantReview(record: ReviewRecord | undefined): ParticipantReview {
  if (!record) return EMPTY_REVIEW;
  const { reviewed, note, coding, submittedAt, version, updatedAt } = record;
  return { reviewed, note, coding, submittedAt, version, updatedAt };
}

export function toReading(item: Item): Reading {
  return {
    level: item.level,
    types: item.types,
    modality: item.modality,
    bearer: item.bearer,
    bearerSource: item.bearerSource,
    cues: item.cues,
    corrected: item.correction !== null,
  };
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Counts per value; a coding with two types counts under both. */
export function distribution(codings: readonly Coding[]): CodingDistribution {
  const result = {
    coders: codings.length,
    level: zeros<Level>(LEVELS),
    types: zeros<ItemType>(ITEM_TYPES),
    modality: zeros<Modality>(MODALITIES),
  };
  for (const coding of codings) {
    result.level[coding.level] += 1;
    for (const type of coding.types) result.types[type] += 1;
    result.modality[coding.modality] += 1;
  }
  return result;
}

/** Reviews grouped by item, so each item finds its own in constant time. */
export function reviewsByItem(reviews: readonly ReviewRecord[]): Map<string, ReviewRecord[]> {
  const byItem = new Map<string, ReviewRecord[]>();
  for (const review of reviews) {
    const list = byItem.get(review.itemId);
    if (list) list.push(review);
    else byItem.set(review.itemId, [review]);
  }
  return byItem;
}

export function codingsOf(reviews: readonly ReviewRecord[]): Coding[] {
  return reviews.flatMap((r) => (r.coding ? [r.coding] : []));
}

export interface Viewer {
  userId: string;
  role: "owner" | "member";
}

/** The participant's own review of the item; the owner has none. */
function ownReview(viewer: Viewer, itemReviews: readonly ReviewRecord[]): ReviewRecord | undefined {
  return viewer.role === "member" ? itemReviews.find((r) => r.userId === viewer.userId) : undefined;
}

export function isRevealed(blind: boolean, viewer: Viewer, mine: ReviewRecord | undefined) {
  return viewer.role === "owner" || !blind || (mine?.submittedAt ?? null) !== null;
}

const NO_CONTEXT: ItemContext = { before: "", after: "" };

export function toExerciseItem(
  item: Item,
  blind: boolean,
  viewer: Viewer,
  itemReviews: readonly ReviewRecord[],
  context: ItemContext = NO_CONTEXT,
): ExerciseItem {
  const mine = ownReview(viewer, itemReviews);
  const revealed = isRevealed(blind, viewer, mine);
  const others = itemReviews.filter((r) => r.userId !== viewer.userId);
  return {
    id: item.id,
    text: item.text,
    start: item.start,
    end: item.end,
    document: documentRefOf(item.document),
    section: item.section,
    context,
    revealed,
    reading: revealed ? toReading(item) : null,
    review: viewer.role === "member" ? toParticipantReview(mine) : null,
    others: revealed ? distribution(codingsOf(others)) : null,
    reviewedCount: revealed ? itemReviews.filter((r) => r.reviewed).length : null,
  };
}

/**
 * The list filters (see ExerciseItemsQuerySchema): tier and type match the effective
 * reading, except for a participant of a blind exercise, where they match the participant's
 * own coding — matching the hidden answer would reveal it.
 */
export function matchesQuery(
  item: Item,
  query: ExerciseItemFilters,
  blind: boolean,
  viewer: Viewer,
  itemReviews: readonly ReviewRecord[],
): boolean {
  const mine = ownReview(viewer, itemReviews);
  const ownCodingDecides = viewer.role === "member" && blind;
  const reading = ownCodingDecides ? (mine?.coding ?? null) : item;
  if (query.level && reading?.level !== query.level) return false;
  if (query.type && !(reading?.types.includes(query.type) ?? false)) return false;
  if (query.document && item.document.id !== query.document) return false;
  if (query.reviewed !== undefined) {
    const reviewed =
      viewer.role === "member" ? (mine?.reviewed ?? false) : itemReviews.some((r) => r.reviewed);
    if (reviewed !== query.reviewed) return false;
  }
  // The bearer is part of the extractor's answer: not searchable while it is hidden.
  return matchesSearch(item, query.q, isRevealed(blind, viewer, mine));
}

/** Words in the quote (or the bearer), ignoring ASCII case. */
export function matchesSearch(item: Item, q: string | undefined, searchBearer = true): boolean {
  const needle = q?.trim().toLowerCase();
  if (!needle) return true;
  return (
    item.text.toLowerCase().includes(needle) ||
    (searchBearer && item.bearer.toLowerCase().includes(needle))
  );
}

export function progressOf(
  items: readonly Item[],
  reviews: readonly ReviewRecord[],
): ProgressCounts {
  const ids = new Set(items.map((i) => i.id));
  const relevant = reviews.filter((r) => ids.has(r.itemId));
  return {
    total: items.length,
    reviewed: relevant.filter((r) => r.reviewed).length,
    coded: relevant.filter((r) => r.coding !== null).length,
    submitted: relevant.filter((r) => r.submittedAt !== null).length,
  };
}
