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
  AdjudicationResponse,
  AgreementResponse,
  GroupAgreement,
  Item,
  Locale,
  SessionUser,
} from "@zeren/shared/contract";
import { notFound } from "../../errors/app-error";
import { codingsOf, distribution, reviewsByItem } from "../exercises/exercise-view";
import { loadExerciseData, tiersOf, type ExerciseData } from "../exercises/exercises.service";
import * as repository from "./agreement.repository";

/** The reading coders are compared with: the effective one (an instructor's correction applied). */
const referenceOf = (item: Item) => ({
  level: item.level,
  types: item.types,
  modality: item.modality,
});

/** Each adjudicated item's decision, by item id (for the summary and the exports). */
export function adjudicationsOf(exerciseId: string) {
  return repository.findAdjudications(exerciseId);
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
    items: rows.map(({ item, agreement: a }) => ({
      itemId: item.id,
      level: item.level,
      coders: a.coders,
      pairwise: a.pairwise,
      withExtractor: a.withReference,
    })),
  };
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
 * Most-disputed first: not yet adjudicated before adjudicated; then the share of coders
 * who differ from the reading, then disagreement among the coders, then more coders;
 * items nobody coded last. Array.sort is stable, so ties keep document order.
 */
function byDispute(a: AdjudicationItem, b: AdjudicationItem): number {
  const pending = Number(a.adjudication !== null) - Number(b.adjudication !== null);
  if (pending !== 0) return pending;
  if (a.dispute === null || b.dispute === null) {
    return Number(a.dispute === null) - Number(b.dispute === null);
  }
  return (
    b.dispute - a.dispute ||
    (a.pairwise?.all ?? 1) - (b.pairwise?.all ?? 1) ||
    b.distribution.coders - a.distribution.coders
  );
}

export async function adjudicationQueue(exerciseId: string): Promise<AdjudicationResponse> {
  const data = await loadExerciseData(exerciseId);
  const decisions = await repository.findAdjudications(exerciseId);
  const items = perItem(data).map((row) => toAdjudicationItem(row, decisions.get(row.item.id)));
  return { items: items.sort(byDispute) };
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
  const queue = await adjudicationQueue(exerciseId);
  const chosen = queue.items.filter(
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
  const after = await adjudicationQueue(exerciseId);
  return { accepted: chosen.map((item) => item.id), items: after.items };
}
