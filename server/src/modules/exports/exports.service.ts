import type { ExportQuery, Level, Locale } from "@zeren/shared/contract";
import { notFound } from "../../errors/app-error";
import { adjudicationsOf } from "../agreement/agreement.service";
import {
  exerciseItemBatches,
  findExercise,
  findReviewsOfItems,
  type ExerciseRecord,
} from "../exercises/exercises.repository";
import { tiersOf } from "../exercises/exercises.service";
import { csvHead, csvLines, type Cell } from "./csv";
import {
  cellsOf,
  exportRows,
  headersFor,
  levelLabel,
  widths,
  type TierNumbers,
} from "./export-rows";
import { put, type StreamedFile } from "./streamed-file";
import { wideCells, wideHeaders, wideRows, wideWidths } from "./wide-rows";
import { XLSX_TYPE, writeXlsx } from "./xlsx";

/** A file name safe in Content-Disposition: the exercise id and the date (titles may be Chinese). */
function baseName(exerciseId: string, query: ExportQuery, now: Date): string {
  const layout = query.layout === "wide" ? "-wide" : "";
  return `zeren-exercise-${exerciseId}${layout}-${now.toISOString().slice(0, 10)}`;
}

async function exerciseOf(exerciseId: string): Promise<ExerciseRecord> {
  const exercise = await findExercise(exerciseId);
  if (!exercise) throw notFound("Exercise", exerciseId);
  return exercise;
}

/** The headers and column widths of either layout, in the user's language. */
function headOf(exercise: ExerciseRecord, query: ExportQuery, locale: Locale) {
  return query.layout === "wide"
    ? {
        headers: wideHeaders(exercise.participants, locale),
        widths: wideWidths(exercise.participants),
      }
    : { headers: headersFor(locale), widths };
}

/**
 * The rows of either layout under the filter, in exercise order, a keyset batch at a time:
 * each batch's items read in SQL with their reviews (and, wide, their adjudications) alone.
 * `levels`: the tiers walked (the filtered one, or every tier of the exercise), so "No."
 * counts each tier whole.
 */
async function* rowBatches(
  exercise: ExerciseRecord,
  levels: readonly Level[],
  query: ExportQuery,
  locale: Locale,
  batchSize: number | undefined,
): AsyncGenerator<Cell[][]> {
  const numbers: TierNumbers = new Map();
  const participants = exercise.participants;
  for await (const keyed of exerciseItemBatches(exercise.id, levels, batchSize)) {
    const items = keyed.map(({ item }) => item);
    const ids = items.map((item) => item.id);
    const reviews = await findReviewsOfItems(exercise.id, ids);
    const batch = { items, reviews, participants };
    if (query.layout === "wide") {
      const adjudications = await adjudicationsOf(exercise.id, ids);
      yield wideRows(batch, query, adjudications, numbers).map((row) =>
        wideCells(row, participants, locale),
      );
    } else {
      yield exportRows(batch, query, numbers).map((row) => cellsOf(row, locale));
    }
  }
}

/** The exercise's tiers the filter keeps (a tier outside the exercise keeps none). */
const levelsOf = (exercise: ExerciseRecord, level: Level | undefined) =>
  tiersOf(exercise).filter((l) => level === undefined || l === level);

/** One CSV for the whole exercise (the tier is a column), under the current filter, streamed. */
export async function exportCsv(
  exerciseId: string,
  query: ExportQuery,
  locale: Locale,
  now = new Date(),
  batchSize?: number,
): Promise<StreamedFile> {
  const exercise = await exerciseOf(exerciseId);
  return {
    fileName: `${baseName(exerciseId, query, now)}.csv`,
    contentType: "text/csv; charset=utf-8",
    write: async (out) => {
      await put(out, csvHead(headOf(exercise, query, locale).headers));
      const levels = levelsOf(exercise, query.level);
      for await (const rows of rowBatches(exercise, levels, query, locale, batchSize)) {
        if (rows.length > 0) await put(out, csvLines(rows));
      }
    },
  };
}

/**
 * One sheet per tier of the exercise (only the filtered tier when `level` is set), written
 * tier after tier with exceljs's streaming writer: each sheet is committed before the next
 * is read.
 */
export async function exportXlsx(
  exerciseId: string,
  query: ExportQuery,
  locale: Locale,
  now = new Date(),
  batchSize?: number,
): Promise<StreamedFile> {
  const exercise = await exerciseOf(exerciseId);
  const head = headOf(exercise, query, locale);
  const sheets = query.level ? [query.level] : tiersOf(exercise);
  return {
    fileName: `${baseName(exerciseId, query, now)}.xlsx`,
    contentType: XLSX_TYPE,
    write: (out) =>
      writeXlsx(
        out,
        sheets.map((level) => ({
          name: levelLabel(level, locale),
          headers: head.headers,
          widths: head.widths,
          rows: rowBatches(exercise, levelsOf(exercise, level), query, locale, batchSize),
        })),
      ),
  };
}
