import crypto from "node:crypto";
import {
  canonicalJson,
  type ClassSummaryData,
  type ClassSummaryQuery,
  type ClassSummaryResponse,
  documentRefOf,
} from "@zeren/shared/contract";
import { reviewsByItem } from "../exercises/exercise-view";
import { loadExerciseData, tiersOf } from "../exercises/exercises.service";

/** SHA-256 (hex) of the canonical JSON: what the printed summary carries on every page. */
export function hashOf(data: ClassSummaryData): string {
  return crypto.createHash("sha256").update(canonicalJson(data), "utf8").digest("hex");
}

/**
 * The class's per-tier summary for print: each item with its provenance (quote, document,
 * issuer, date, section), the effective reading, how many reviewed and coded it, and every
 * participant's coding and note. Participants appear in the order they joined.
 */
export async function classSummary(
  exerciseId: string,
  query: ClassSummaryQuery,
  now: Date = new Date(),
): Promise<ClassSummaryResponse> {
  const { exercise, items, reviews } = await loadExerciseData(exerciseId);
  const byItem = reviewsByItem(reviews);
  const order = new Map(exercise.participants.map((p, i) => [p.id, i]));
  const names = new Map(exercise.participants.map((p) => [p.id, p.name]));
  const levels = query.level ? [query.level] : tiersOf(exercise);
  const data: ClassSummaryData = {
    exercise: {
      id: exercise.id,
      title: exercise.title,
      blind: exercise.blind,
      owner: exercise.owner,
    },
    participantCount: exercise.participants.length,
    tiers: levels.map((level) => ({
      level,
      items: items
        .filter((item) => item.level === level)
        .map((item) => {
          const itemReviews = (byItem.get(item.id) ?? [])
            .filter((r) => order.has(r.userId))
            .sort((a, b) => (order.get(a.userId) ?? 0) - (order.get(b.userId) ?? 0));
          return {
            id: item.id,
            quote: item.text,
            document: documentRefOf(item.document),
            section: item.section,
            reading: { level: item.level, types: item.types, modality: item.modality },
            corrected: item.correction !== null,
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
        }),
    })),
  };
  return { ...data, generatedAt: now.toISOString(), hash: hashOf(data) };
}
