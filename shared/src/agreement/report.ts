import {
  AGREEMENT_FIELDS,
  SKEW_THRESHOLD,
  fieldCategories,
  type AgreementField,
  type CoefficientEstimates,
  type FieldAgreement,
} from "../contract/agreement";
import type { Coding } from "./item-agreement";
import { bootstrapIntervals, type BootstrapOptions } from "./bootstrap";
import { coefficients, cohenKappa, COEFFICIENT_KEYS } from "./coefficients";
import { countsTable } from "./kappa";

/** One item of an exercise as the agreement report reads it. */
export interface ReportItem {
  /** Participants' codings by participant id; a participant who did not code is absent. */
  codings: ReadonlyMap<string, Coding>;
  /** The extractor's own reading, before any correction. */
  extractor: Coding;
  /** The current reading: the adjudicated answer where one was given. */
  reading: Coding;
  /** An instructor adjudicated the item: `reading` is the answer. */
  adjudicated: boolean;
}

/** The category a coding takes in a field ("yes"/"no" for a type). */
export function fieldValue(field: AgreementField, coding: Coding): string {
  if (field === "level") return coding.level;
  if (field === "modality") return coding.modality;
  return coding.types.includes(field) ? "yes" : "no";
}

function estimates(
  table: number[][],
  categories: number,
  bootstrap: BootstrapOptions,
): CoefficientEstimates {
  const point = coefficients(table, categories);
  const intervals = bootstrapIntervals(table, { ...bootstrap, categories });
  const result = {} as CoefficientEstimates;
  for (const key of COEFFICIENT_KEYS) {
    const interval = point[key] === null ? null : intervals[key];
    result[key] = { value: point[key], low: interval?.low ?? null, high: interval?.high ?? null };
  }
  return result;
}

/**
 * Every agreement figure of one field over a group of items: the class's coefficients with
 * intervals, the same with the extractor as one more coder, the confusion matrix against the
 * current reading, Cohen's κ per pair, each participant and the extractor against the
 * adjudicated answer. The extractor joins only the items at least one participant coded:
 * on the others it would be a lone coder and would only move AC1's category shares.
 */
export function fieldAgreement(
  field: AgreementField,
  items: readonly ReportItem[],
  participantIds: readonly string[],
  bootstrap: BootstrapOptions = {},
): FieldAgreement {
  const categories = fieldCategories(field);
  const value = (coding: Coding) => fieldValue(field, coding);
  const classLabels = items.map((item) =>
    participantIds.flatMap((id) => {
      const coding = item.codings.get(id);
      return coding ? [value(coding)] : [];
    }),
  );
  const table = countsTable(classLabels, categories);
  const withExtractorTable = countsTable(
    items.map((item, i) => {
      const labels = classLabels[i] ?? [];
      return labels.length === 0 ? [] : [...labels, value(item.extractor)];
    }),
    categories,
  );

  const pairable = table.filter((row) => row.reduce((a, b) => a + b, 0) >= 2);
  const totals = categories.map((_, c) => pairable.reduce((acc, row) => acc + (row[c] ?? 0), 0));
  const codings = totals.reduce((a, b) => a + b, 0);
  let dominant: FieldAgreement["dominant"] = null;
  if (codings > 0) {
    const top = totals.indexOf(Math.max(...totals));
    dominant = { category: categories[top] ?? "", share: (totals[top] ?? 0) / codings };
  }

  const confusion = categories.map(() => categories.map(() => 0));
  for (const [i, item] of items.entries()) {
    const row = confusion[categories.indexOf(value(item.reading))];
    for (const label of classLabels[i] ?? []) {
      const c = categories.indexOf(label);
      if (row && c >= 0) row[c] = (row[c] ?? 0) + 1;
    }
  }

  const column = (id: string) =>
    items.map((item) => {
      const coding = item.codings.get(id);
      return coding ? value(coding) : null;
    });
  const columns = new Map(participantIds.map((id) => [id, column(id)]));
  const answer = items.map((item) => (item.adjudicated ? value(item.reading) : null));
  const pairs: FieldAgreement["pairs"] = [];
  for (const [i, a] of participantIds.entries()) {
    for (const b of participantIds.slice(i + 1)) {
      pairs.push({ a, b, ...cohenKappa(columns.get(a) ?? [], columns.get(b) ?? []) });
    }
  }

  const shares = items.flatMap((item, i) => {
    const labels = classLabels[i] ?? [];
    if (labels.length === 0) return [];
    const extractor = value(item.extractor);
    return [labels.filter((label) => label === extractor).length / labels.length];
  });

  const withExtractor = coefficients(withExtractorTable, categories.length);
  return {
    field,
    categories: [...categories],
    units: pairable.length,
    codings,
    dominant,
    skewed: dominant !== null && dominant.share > SKEW_THRESHOLD,
    class: estimates(table, categories.length, bootstrap),
    withExtractor,
    confusion,
    pairs,
    participants: participantIds.map((participantId) => ({
      participantId,
      ...cohenKappa(columns.get(participantId) ?? [], answer),
    })),
    extractor: {
      class: shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length,
      answer: cohenKappa(
        items.map((item) => value(item.extractor)),
        answer,
      ),
    },
  };
}

/** {@link fieldAgreement} for every field, in AGREEMENT_FIELDS order. */
export function fieldsAgreement(
  items: readonly ReportItem[],
  participantIds: readonly string[],
  bootstrap: BootstrapOptions = {},
): FieldAgreement[] {
  return AGREEMENT_FIELDS.map((field) => fieldAgreement(field, items, participantIds, bootstrap));
}
