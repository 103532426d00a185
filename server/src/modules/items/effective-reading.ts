import {
  ItemTypesSchema,
  LevelSchema,
  ModalitySchema,
  type Classification,
} from "@zeren/shared/contract";

/**
 * The effective reading of an item: a reviewer's correction when there is one, else the
 * extractor's reading (docs/responsibility-model.md, "What a person decides"). Lists, counts, summaries,
 * exports, gold files and curations all read it here; the same rule as a query is in
 * effective-reading.repository.ts (Prisma where, SQL).
 */

/** The reading columns as the Item and Correction rows store them (types: a JSON array). */
export interface StoredReading {
  level: string;
  types: string;
  modality: string;
}
type ReadingField = keyof StoredReading;

/** Which of the reading columns a row selected. */
type SelectedFields<R> = Extract<keyof R, ReadingField>;

/**
 * The effective tier, types and modality, parsed: whichever of them the row selected (its
 * correction must select the same ones).
 */
export function effectiveReading<R extends Partial<StoredReading>>(
  row: R & { correction: Pick<StoredReading, SelectedFields<R>> | null },
): Pick<Classification, SelectedFields<R>> {
  // R's selected fields are strings (R extends Partial<StoredReading>, keys narrowed above).
  const extracted = row as unknown as Pick<StoredReading, SelectedFields<R>>;
  return parseReading(row.correction ?? extracted);
}

/**
 * Stored reading columns parsed with the contract's schemas: a corrupt row fails loudly, not
 * silently. Only the columns present are read.
 */
export function parseReading<F extends ReadingField = ReadingField>(
  stored: Pick<StoredReading, F>,
): Pick<Classification, F> {
  const columns: Partial<StoredReading> = stored;
  const reading: Partial<Classification> = {};
  if (columns.level !== undefined) reading.level = LevelSchema.parse(columns.level);
  if (columns.types !== undefined) reading.types = parseTypes(columns.types);
  if (columns.modality !== undefined) reading.modality = ModalitySchema.parse(columns.modality);
  return reading as Pick<Classification, F>;
}

/** Types are stored as a JSON array of the contract's type names. */
export function parseTypes(json: string) {
  return ItemTypesSchema.parse(JSON.parse(json));
}
