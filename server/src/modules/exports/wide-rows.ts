import type { ExportQuery, Locale, Participant } from "@zeren/shared/contract";
import type { ReviewRecord } from "../exercises/exercises.repository";
import { reviewsByItem } from "../exercises/exercise-view";
import type { Cell } from "./csv";
import {
  keepsItem,
  numberItem,
  type ExerciseBatch,
  type TierNumbers,
  ITEM_COLUMNS,
  ITEM_ID_COLUMN,
  levelLabel,
  MODALITY_LABELS,
  typesLabel,
  yesNo,
  type Column,
  type ItemRow,
} from "./export-rows";

/**
 * The wide layout: one row per item, the item's columns first, then one group of columns
 * per participant (joining order), so a spreadsheet compares coders across a row. The long
 * layout (export-rows.ts) stays the default. Labels follow the user's interface language,
 * the same words as the screen.
 */

export interface WideRow extends ItemRow {
  reviews: ReadonlyMap<string, ReviewRecord>;
  adjudication: { decision: string; reason: string | null } | null;
}

const DECISION_LABELS: Record<string, Record<Locale, string>> = {
  "accept-extractor": { en: "Extractor's reading accepted", zh: "采纳抽取器的判读" },
  correct: { en: "Corrected", zh: "已更正" },
};

/** The long layout's item columns, then the adjudication and its reason, then the id. */
const WIDE_ITEM_COLUMNS: readonly Column<WideRow>[] = [
  ...ITEM_COLUMNS,
  {
    header: { en: "Adjudication", zh: "裁定" },
    width: 20,
    value: (r, l) =>
      r.adjudication ? (DECISION_LABELS[r.adjudication.decision]?.[l] ?? null) : null,
  },
  {
    header: { en: "Adjudication reason", zh: "裁定理由" },
    width: 40,
    value: (r) => r.adjudication?.reason ?? null,
  },
  ITEM_ID_COLUMN,
];

interface ParticipantColumn {
  header: Record<Locale, string>;
  width: number;
  value: (review: ReviewRecord | undefined, locale: Locale) => Cell;
}

const PARTICIPANT_COLUMNS: readonly ParticipantColumn[] = [
  {
    header: { en: "reviewed", zh: "已审阅" },
    width: 8,
    value: (r, l) => yesNo(r?.reviewed ?? false, l),
  },
  {
    header: { en: "tier", zh: "层级" },
    width: 16,
    value: (r, l) => (r?.coding ? levelLabel(r.coding.level, l) : null),
  },
  {
    header: { en: "types", zh: "类型" },
    width: 18,
    value: (r, l) => (r?.coding ? typesLabel(r.coding.types, l) : null),
  },
  {
    header: { en: "modality", zh: "语气" },
    width: 14,
    value: (r, l) => (r?.coding ? MODALITY_LABELS[r.coding.modality][l] : null),
  },
  { header: { en: "note", zh: "备注" }, width: 30, value: (r) => r?.note || null },
];

/** "李明: tier" / "李明：层级": the participant's name leads each column of their group. */
export function wideHeaders(participants: readonly Participant[], locale: Locale): string[] {
  const separator = locale === "zh" ? "：" : ": ";
  return [
    ...WIDE_ITEM_COLUMNS.map((c) => c.header[locale]),
    ...participants.flatMap((p) =>
      PARTICIPANT_COLUMNS.map((c) => `${p.name}${separator}${c.header[locale]}`),
    ),
  ];
}

export function wideWidths(participants: readonly Participant[]): number[] {
  return [
    ...WIDE_ITEM_COLUMNS.map((c) => c.width),
    ...participants.flatMap(() => PARTICIPANT_COLUMNS.map((c) => c.width)),
  ];
}

export function wideCells(
  row: WideRow,
  participants: readonly Participant[],
  locale: Locale,
): Cell[] {
  return [
    ...WIDE_ITEM_COLUMNS.map((c) => c.value(row, locale)),
    ...participants.flatMap((p) =>
      PARTICIPANT_COLUMNS.map((c) => c.value(row.reviews.get(p.id), locale)),
    ),
  ];
}

/**
 * One row per item of the batch under the filter (tier, type, document and words on the
 * effective reading; `reviewed`: reviewed by at least one participant, or by none).
 */
export function wideRows(
  batch: ExerciseBatch,
  query: ExportQuery,
  adjudications: ReadonlyMap<string, { decision: string; reason: string | null }>,
  numbers: TierNumbers,
): WideRow[] {
  const byItem = reviewsByItem(batch.reviews);
  const rows: WideRow[] = [];
  for (const item of batch.items) {
    const number = numberItem(numbers, item.level);
    if (!keepsItem(item, query)) continue;
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
