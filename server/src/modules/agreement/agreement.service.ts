import { groupKappa, itemAgreement, type AspectShares } from "@zeren/shared/agreement";
import { documentRefOf } from "@zeren/shared/contract";
import type {
  AdjudicateBody,
  AdjudicationItem,
  AdjudicationResponse,
  AgreementResponse,
  GroupAgreement,
  Item,
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

function mean(shares: readonly AspectShares[]): AspectShares | null {
  if (shares.length === 0) return null;
  const avg = (key: keyof AspectShares) =>
    shares.reduce((acc, s) => acc + s[key], 0) / shares.length;
  return { level: avg("level"), types: avg("types"), modality: avg("modality"), all: avg("all") };
}

function perItem(data: ExerciseData) {
  const byItem = reviewsByItem(data.reviews);
  return data.items.map((item) => {
    const codings = codingsOf(byItem.get(item.id) ?? []);
    return { item, codings, agreement: itemAgreement(codings, referenceOf(item)) };
  });
}

function group(rows: ReturnType<typeof perItem>): GroupAgreement {
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

/** Agreement per item, and per tier (and overall) the kappas and mean shares. */
export async function agreement(exerciseId: string): Promise<AgreementResponse> {
  const data = await loadExerciseData(exerciseId);
  const rows = perItem(data);
  return {
    overall: group(rows),
    tiers: tiersOf(data.exercise).map((level) => ({
      level,
      ...group(rows.filter((r) => r.item.level === level)),
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
  row: ReturnType<typeof perItem>[number],
  decision: repository.AdjudicationRecord | undefined,
): AdjudicationItem {
  const { item, codings, agreement: a } = row;
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
