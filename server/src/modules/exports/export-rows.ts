import {
  LEVEL_LABELS,
  type ExerciseItemFilters,
  type Item,
  type ItemType,
  type Level,
  type Locale,
  type Modality,
  type Participant,
} from "@zeren/shared/contract";
import type { ReviewRecord } from "../exercises/exercises.repository";
import { matchesSearch, reviewsByItem } from "../exercises/exercise-view";
import type { Cell } from "./csv";

/**
 * The exports' rows: one per item and participant (an item of an exercise nobody joined
 * yet gets one row with empty participant columns), in the exercise's document order and
 * the order of the text (= section order). Labels follow the user's interface language;
 * the notices' text stays as written.
 */

/** As the screen says them (client/src/locales/{en,zh}/common.json; a test keeps them equal). */
export const TYPE_LABELS: Record<ItemType, Record<Locale, string>> = {
  reporting: { en: "Reporting", zh: "报告" },
  staffing: { en: "Staffing", zh: "人员" },
  publicity: { en: "Publicity", zh: "宣传" },
  other: { en: "Other", zh: "其他" },
};
export const MODALITY_LABELS: Record<Modality, Record<Locale, string>> = {
  obligation: { en: "Obligation", zh: "义务" },
  prohibition: { en: "Prohibition", zh: "禁止" },
  mixed: { en: "Mixed", zh: "兼有" },
};

export const levelLabel = (level: Level, locale: Locale) => LEVEL_LABELS[level][locale];
export const typesLabel = (types: readonly ItemType[], locale: Locale) =>
  types.map((t) => TYPE_LABELS[t][locale]).join(locale === "zh" ? "、" : "; ");
export const modalityLabel = (modality: Modality, locale: Locale) =>
  MODALITY_LABELS[modality][locale];
export const yesNo = (value: boolean, locale: Locale) =>
  locale === "zh" ? (value ? "是" : "否") : value ? "yes" : "no";

/** What the item's own columns read, in either layout. */
export interface ItemRow {
  level: Level;
  item: Item;
  /** 1-based place of the item in its tier, as the printed summary numbers it. */
  number: number;
}

export interface ExportRow extends ItemRow {
  participant: { name: string; email: string } | null;
  review: ReviewRecord | null;
}

export interface Column<R> {
  header: Record<Locale, string>;
  width: number;
  value: (row: R, locale: Locale) => Cell;
}

/** The item and its reading: the first columns of both layouts. */
export const ITEM_COLUMNS: readonly Column<ItemRow>[] = [
  { header: { en: "Tier", zh: "层级" }, width: 16, value: (r, l) => levelLabel(r.level, l) },
  { header: { en: "No.", zh: "序号" }, width: 6, value: (r) => r.number },
  { header: { en: "Document", zh: "文件" }, width: 36, value: (r) => r.item.document.title },
  { header: { en: "Issuer", zh: "发文机关" }, width: 20, value: (r) => r.item.document.issuer },
  { header: { en: "Date", zh: "日期" }, width: 12, value: (r) => r.item.document.date },
  {
    header: { en: "Section", zh: "章节" },
    width: 24,
    value: (r) =>
      [r.item.section.number, r.item.section.heading].filter((p) => p !== null).join(" ") || null,
  },
  { header: { en: "Quote", zh: "原文" }, width: 60, value: (r) => r.item.text },
  { header: { en: "Bearer", zh: "责任主体" }, width: 18, value: (r) => r.item.bearer },
  {
    header: { en: "Reading: tier", zh: "判读：层级" },
    width: 16,
    value: (r, l) => levelLabel(r.item.level, l),
  },
  {
    header: { en: "Reading: types", zh: "判读：类型" },
    width: 18,
    value: (r, l) => typesLabel(r.item.types, l),
  },
  {
    header: { en: "Reading: modality", zh: "判读：语气" },
    width: 14,
    value: (r, l) => MODALITY_LABELS[r.item.modality][l],
  },
  {
    header: { en: "Corrected", zh: "已更正" },
    width: 10,
    value: (r, l) => yesNo(r.item.correction !== null, l),
  },
];

export const ITEM_ID_COLUMN: Column<ItemRow> = {
  header: { en: "Item id", zh: "条目编号" },
  width: 20,
  value: (r) => r.item.id,
};

export const COLUMNS: readonly Column<ExportRow>[] = [
  ...ITEM_COLUMNS,
  {
    header: { en: "Participant", zh: "参与者" },
    width: 16,
    value: (r) => r.participant?.name ?? null,
  },
  { header: { en: "Email", zh: "邮箱" }, width: 24, value: (r) => r.participant?.email ?? null },
  {
    header: { en: "Reviewed", zh: "已审阅" },
    width: 10,
    value: (r, l) => (r.participant ? yesNo(r.review?.reviewed ?? false, l) : null),
  },
  {
    header: { en: "Coding: tier", zh: "编码：层级" },
    width: 16,
    value: (r, l) => (r.review?.coding ? levelLabel(r.review.coding.level, l) : null),
  },
  {
    header: { en: "Coding: types", zh: "编码：类型" },
    width: 18,
    value: (r, l) => (r.review?.coding ? typesLabel(r.review.coding.types, l) : null),
  },
  {
    header: { en: "Coding: modality", zh: "编码：语气" },
    width: 14,
    value: (r, l) => (r.review?.coding ? MODALITY_LABELS[r.review.coding.modality][l] : null),
  },
  {
    header: { en: "Submitted at", zh: "提交时间" },
    width: 22,
    value: (r) => r.review?.submittedAt ?? null,
  },
  { header: { en: "Note", zh: "备注" }, width: 40, value: (r) => r.review?.note || null },
  {
    header: { en: "Updated at", zh: "更新时间" },
    width: 22,
    value: (r) => r.review?.updatedAt ?? null,
  },
  ITEM_ID_COLUMN,
];

export const headersFor = (locale: Locale) => COLUMNS.map((c) => c.header[locale]);
export const widths = COLUMNS.map((c) => c.width);
export const cellsOf = (row: ExportRow, locale: Locale): Cell[] =>
  COLUMNS.map((c) => c.value(row, locale));

/**
 * A keyset batch of the exercise's items (in exercise order) with their reviews, and the
 * exercise's participants in joining order: what the rows of a streamed export are made from.
 */
export interface ExerciseBatch {
  items: readonly Item[];
  reviews: readonly ReviewRecord[];
  participants: readonly Participant[];
}

/**
 * "No.": each item's place in its whole tier, counted over every item before filtering (so it
 * matches the printed summary of the tier); carried from batch to batch.
 */
export type TierNumbers = Map<Level, number>;

export function numberItem(numbers: TierNumbers, level: Level): number {
  const number = (numbers.get(level) ?? 0) + 1;
  numbers.set(level, number);
  return number;
}

/** The exports' item filters (tier, type, document and words) on the effective reading. */
export function keepsItem(item: Item, query: ExerciseItemFilters): boolean {
  if (query.level && item.level !== query.level) return false;
  if (query.type && !item.types.includes(query.type)) return false;
  if (query.document && item.document.id !== query.document) return false;
  return matchesSearch(item, query.q);
}

/**
 * The rows of a batch under the current filter: tier, type, document and words match the
 * item's effective reading; `reviewed` keeps the rows whose participant did (or did not)
 * mark the item reviewed.
 */
export function exportRows(
  batch: ExerciseBatch,
  query: ExerciseItemFilters,
  numbers: TierNumbers,
): ExportRow[] {
  const byItem = reviewsByItem(batch.reviews);
  const rows: ExportRow[] = [];
  for (const item of batch.items) {
    const number = numberItem(numbers, item.level);
    if (!keepsItem(item, query)) continue;
    const reviews = byItem.get(item.id) ?? [];
    const participantRows: ExportRow[] =
      batch.participants.length === 0
        ? [{ level: item.level, item, number, participant: null, review: null }]
        : batch.participants.map((p) => ({
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
