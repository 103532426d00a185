import type { ExportQuery, Locale } from "@zeren/shared/contract";
import { adjudicationsOf } from "../agreement/agreement.service";
import { loadExerciseData, tiersOf } from "../exercises/exercises.service";
import { toCsv, type Cell } from "./csv";
import { cellsOf, exportRows, headersFor, levelLabel, widths } from "./export-rows";
import { wideCells, wideHeaders, wideRows, wideWidths } from "./wide-rows";
import { toXlsx } from "./xlsx";

export interface ExportFile {
  fileName: string;
  body: string | Buffer;
}

/** A file name safe in Content-Disposition: the exercise id and the date (titles may be Chinese). */
function baseName(exerciseId: string, query: ExportQuery, now: Date): string {
  const layout = query.layout === "wide" ? "-wide" : "";
  return `zeren-exercise-${exerciseId}${layout}-${now.toISOString().slice(0, 10)}`;
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
export async function exportCsv(
  exerciseId: string,
  query: ExportQuery,
  locale: Locale,
  now = new Date(),
): Promise<ExportFile> {
  const { table } = await tableOf(exerciseId, query, locale);
  return {
    fileName: `${baseName(exerciseId, query, now)}.csv`,
    body: toCsv(
      table.headers,
      table.rows.map((row) => row.cells),
    ),
  };
}

/** One sheet per tier of the exercise (only the filtered tier when `level` is set). */
export async function exportXlsx(
  exerciseId: string,
  query: ExportQuery,
  locale: Locale,
  now = new Date(),
): Promise<ExportFile> {
  const { data, table } = await tableOf(exerciseId, query, locale);
  const levels = query.level ? [query.level] : tiersOf(data.exercise);
  const sheets = levels.map((level) => ({
    name: levelLabel(level, locale),
    headers: table.headers,
    widths: table.widths,
    rows: table.rows.filter((row) => row.level === level).map((row) => row.cells),
  }));
  return { fileName: `${baseName(exerciseId, query, now)}.xlsx`, body: await toXlsx(sheets) };
}
