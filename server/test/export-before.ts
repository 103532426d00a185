/**
 * The exercise exports as they were built before they streamed (issue 9): the whole exercise
 * read at once, every row in memory, the file made in one piece. Kept here, frozen, as the
 * oracle the streamed files are compared with (exports-streamed.test.ts); not used by the app.
 */
import type { ExerciseItemFilters, ExportQuery, Level, Locale } from "@zeren/shared/contract";
import { adjudicationsOf } from "../src/modules/agreement/agreement.service";
import { matchesSearch, reviewsByItem } from "../src/modules/exercises/exercise-view";
import {
  loadExerciseData,
  tiersOf,
  type ExerciseData,
} from "../src/modules/exercises/exercises.service";
import { toCsv, type Cell } from "../src/modules/exports/csv";
import {
  cellsOf,
  headersFor,
  levelLabel,
  widths,
  type ExportRow,
} from "../src/modules/exports/export-rows";
import { wideCells, wideHeaders, wideWidths, type WideRow } from "../src/modules/exports/wide-rows";
import { toXlsx } from "../src/modules/exports/xlsx";

function exportRows(data: ExerciseData, query: ExerciseItemFilters): ExportRow[] {
  const byItem = reviewsByItem(data.reviews);
  const rows: ExportRow[] = [];
  const numberInTier = new Map<Level, number>();
  for (const item of data.items) {
    // Numbered before filtering, so "No." matches the printed summary of the whole tier.
    const number = (numberInTier.get(item.level) ?? 0) + 1;
    numberInTier.set(item.level, number);
    if (query.level && item.level !== query.level) continue;
    if (query.type && !item.types.includes(query.type)) continue;
    if (query.document && item.document.id !== query.document) continue;
    if (!matchesSearch(item, query.q)) continue;
    const reviews = byItem.get(item.id) ?? [];
    const participantRows: ExportRow[] =
      data.exercise.participants.length === 0
        ? [{ level: item.level, item, number, participant: null, review: null }]
        : data.exercise.participants.map((p) => ({
            level: item.level,
            item,
            number,
            participant: { name: p.name, email: p.email },
            review: reviews.find((r) => r.userId === p.id) ?? null,
          }));
    for (const row of participantRows) {
      if (query.reviewed !== undefined && (row.review?.reviewed ?? false) !== query.reviewed) {
        continue;
      }
      rows.push(row);
    }
  }
  return rows;
}

function wideRows(
  data: ExerciseData,
  query: ExportQuery,
  adjudications: ReadonlyMap<string, { decision: string; reason: string | null }>,
): WideRow[] {
  const byItem = reviewsByItem(data.reviews);
  const rows: WideRow[] = [];
  const numberInTier = new Map<Level, number>();
  for (const item of data.items) {
    const number = (numberInTier.get(item.level) ?? 0) + 1;
    numberInTier.set(item.level, number);
    if (query.level && item.level !== query.level) continue;
    if (query.type && !item.types.includes(query.type)) continue;
    if (query.document && item.document.id !== query.document) continue;
    if (!matchesSearch(item, query.q)) continue;
    const reviews = byItem.get(item.id) ?? [];
    if (query.reviewed !== undefined && reviews.some((r) => r.reviewed) !== query.reviewed) {
      continue;
    }
    rows.push({
      level: item.level,
      item,
      number,
      reviews: new Map(reviews.map((r) => [r.userId, r])),
      adjudication: adjudications.get(item.id) ?? null,
    });
  }
  return rows;
}

interface Table {
  headers: string[];
  widths: readonly number[];
  /** Rows with the tier each belongs to, so the XLSX can make a sheet per tier. */
  rows: { level: string; cells: Cell[] }[];
}

/** The rows of either layout, under the filter, in the user's language. */
async function tableOf(exerciseId: string, query: ExportQuery, locale: Locale) {
  const data = await loadExerciseData(exerciseId);
  if (query.layout === "wide") {
    const adjudications = await adjudicationsOf(exerciseId);
    const participants = data.exercise.participants;
    const table: Table = {
      headers: wideHeaders(participants, locale),
      widths: wideWidths(participants),
      rows: wideRows(data, query, adjudications).map((row) => ({
        level: row.level,
        cells: wideCells(row, participants, locale),
      })),
    };
    return { data, table };
  }
  const table: Table = {
    headers: headersFor(locale),
    widths,
    rows: exportRows(data, query).map((row) => ({
      level: row.level,
      cells: cellsOf(row, locale),
    })),
  };
  return { data, table };
}

/** One CSV for the whole exercise (the tier is a column), under the current filter. */
export async function csvBefore(
  exerciseId: string,
  query: ExportQuery,
  locale: Locale,
): Promise<string> {
  const { table } = await tableOf(exerciseId, query, locale);
  return toCsv(
    table.headers,
    table.rows.map((row) => row.cells),
  );
}

/** One sheet per tier of the exercise (only the filtered tier when `level` is set). */
export async function xlsxBefore(
  exerciseId: string,
  query: ExportQuery,
  locale: Locale,
): Promise<Buffer> {
  const { data, table } = await tableOf(exerciseId, query, locale);
  const levels = query.level ? [query.level] : tiersOf(data.exercise);
  const sheets = levels.map((level) => ({
    name: levelLabel(level, locale),
    headers: table.headers,
    widths: table.widths,
    rows: table.rows.filter((row) => row.level === level).map((row) => row.cells),
  }));
  return toXlsx(sheets);
}
