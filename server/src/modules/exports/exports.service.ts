import type { ExerciseItemsQuery, Locale } from "@zeren/shared/contract";
import { loadExerciseData, tiersOf } from "../exercises/exercises.service";
import { toCsv } from "./csv";
import { cellsOf, exportRows, headersFor, levelLabel, widths } from "./export-rows";
import { toXlsx } from "./xlsx";

export interface ExportFile {
  fileName: string;
  body: string | Buffer;
}

/** A file name safe in Content-Disposition: the exercise id and the date (titles may be Chinese). */
function baseName(exerciseId: string, now: Date): string {
  return `zeren-exercise-${exerciseId}-${now.toISOString().slice(0, 10)}`;
}

/** One CSV for the whole exercise (the tier is a column), under the current filter. */
export async function exportCsv(
  exerciseId: string,
  query: ExerciseItemsQuery,
  locale: Locale,
  now = new Date(),
): Promise<ExportFile> {
  const data = await loadExerciseData(exerciseId);
  const rows = exportRows(data, query).map((row) => cellsOf(row, locale));
  return { fileName: `${baseName(exerciseId, now)}.csv`, body: toCsv(headersFor(locale), rows) };
}

/** One sheet per tier of the exercise (only the filtered tier when `level` is set). */
export async function exportXlsx(
  exerciseId: string,
  query: ExerciseItemsQuery,
  locale: Locale,
  now = new Date(),
): Promise<ExportFile> {
  const data = await loadExerciseData(exerciseId);
  const rows = exportRows(data, query);
  const levels = query.level ? [query.level] : tiersOf(data.exercise);
  const sheets = levels.map((level) => ({
    name: levelLabel(level, locale),
    headers: headersFor(locale),
    widths,
    rows: rows.filter((row) => row.level === level).map((row) => cellsOf(row, locale)),
  }));
  return { fileName: `${baseName(exerciseId, now)}.xlsx`, body: await toXlsx(sheets) };
}
