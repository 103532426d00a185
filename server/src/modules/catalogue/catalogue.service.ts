import {
  LEVELS,
  citedSection,
  citeItem,
  type CatalogueExport,
  type CatalogueExportQuery,
  type Item,
  type Level,
  type Locale,
} from "@zeren/shared/contract";
import { toCsv, type Cell } from "../exports/csv";
import { levelLabel, modalityLabel, typesLabel, yesNo } from "../exports/export-rows";
import { toXlsx } from "../exports/xlsx";
import { findExportItems, findListedLevels } from "./catalogue.repository";

/**
 * The catalogue as files: one row per item under the tier pages' filters, each with its
 * citation. "No." numbers an item within its whole tier (as the printed summary does), so a
 * filtered export still points at the same place in the printed list.
 */

export interface CatalogueRow {
  item: Item;
  number: number;
  citation: string;
}

export interface ExportFile {
  fileName: string;
  body: string | Buffer;
}

async function catalogueRows(query: CatalogueExportQuery): Promise<CatalogueRow[]> {
  const [listed, items] = await Promise.all([findListedLevels(), findExportItems(query)]);
  const numbers = new Map<string, number>();
  const perTier = new Map<Level, number>();
  for (const { id, level } of listed) {
    const number = (perTier.get(level) ?? 0) + 1;
    perTier.set(level, number);
    numbers.set(id, number);
  }
  return items.map((item) => ({
    item,
    number: numbers.get(item.id) ?? 0,
    citation: citeItem(item.document, { section: item.section, unitIndex: item.unitIndex }),
  }));
}

interface Column {
  header: Record<Locale, string>;
  width: number;
  value: (row: CatalogueRow, locale: Locale) => Cell;
}

const COLUMNS: readonly Column[] = [
  { header: { en: "Tier", zh: "层级" }, width: 16, value: (r, l) => levelLabel(r.item.level, l) },
  { header: { en: "No.", zh: "序号" }, width: 6, value: (r) => r.number },
  { header: { en: "Notice", zh: "文件" }, width: 36, value: (r) => r.item.document.title },
  { header: { en: "Issuer", zh: "发文机关" }, width: 20, value: (r) => r.item.document.issuer },
  {
    header: { en: "Document number", zh: "文号" },
    width: 18,
    value: (r) => r.item.document.documentNumber,
  },
  { header: { en: "Date", zh: "日期" }, width: 12, value: (r) => r.item.document.date },
  {
    header: { en: "Section", zh: "章节" },
    width: 24,
    value: (r) => citedSection(r.item.section),
  },
  { header: { en: "Unit", zh: "单元" }, width: 6, value: (r) => r.item.unitIndex + 1 },
  { header: { en: "Quote", zh: "原文" }, width: 60, value: (r) => r.item.text },
  { header: { en: "Bearer", zh: "责任主体" }, width: 18, value: (r) => r.item.bearer },
  {
    header: { en: "Types", zh: "类型" },
    width: 18,
    value: (r, l) => typesLabel(r.item.types, l),
  },
  {
    header: { en: "Modality", zh: "语气" },
    width: 14,
    value: (r, l) => modalityLabel(r.item.modality, l),
  },
  {
    header: { en: "Corrected", zh: "已更正" },
    width: 10,
    value: (r, l) => yesNo(r.item.correction !== null, l),
  },
  {
    header: { en: "Reviewed", zh: "已审阅" },
    width: 10,
    value: (r, l) => yesNo(r.item.review.reviewed, l),
  },
  { header: { en: "Note", zh: "备注" }, width: 30, value: (r) => r.item.review.note || null },
  { header: { en: "Citation", zh: "引用" }, width: 80, value: (r) => r.citation },
  {
    header: { en: "Source URL", zh: "来源网址" },
    width: 30,
    value: (r) => r.item.document.sourceUrl,
  },
  { header: { en: "Item id", zh: "条目编号" }, width: 20, value: (r) => r.item.id },
];

const headersFor = (locale: Locale) => COLUMNS.map((c) => c.header[locale]);
const cellsOf = (row: CatalogueRow, locale: Locale) => COLUMNS.map((c) => c.value(row, locale));

/** A name safe in Content-Disposition: the scope in ASCII and the date (titles may be Chinese). */
function baseName(query: CatalogueExportQuery, now: Date): string {
  const scope = [query.level, query.document ? "notice" : null].filter(Boolean).join("-");
  return `zeren-catalogue${scope ? `-${scope}` : ""}-${now.toISOString().slice(0, 10)}`;
}

export async function exportCatalogueCsv(
  query: CatalogueExportQuery,
  locale: Locale,
  now = new Date(),
): Promise<ExportFile> {
  const rows = (await catalogueRows(query)).map((row) => cellsOf(row, locale));
  return { fileName: `${baseName(query, now)}.csv`, body: toCsv(headersFor(locale), rows) };
}

/** One sheet per tier (the filtered tier only when `level` is set). */
export async function exportCatalogueXlsx(
  query: CatalogueExportQuery,
  locale: Locale,
  now = new Date(),
): Promise<ExportFile> {
  const rows = await catalogueRows(query);
  const levels = query.level ? [query.level] : LEVELS;
  const sheets = levels.map((level) => ({
    name: levelLabel(level, locale),
    headers: headersFor(locale),
    widths: COLUMNS.map((c) => c.width),
    rows: rows.filter((row) => row.item.level === level).map((row) => cellsOf(row, locale)),
  }));
  return { fileName: `${baseName(query, now)}.xlsx`, body: await toXlsx(sheets) };
}

export async function exportCatalogueJson(
  query: CatalogueExportQuery,
  now = new Date(),
): Promise<{ fileName: string; body: CatalogueExport }> {
  const rows = await catalogueRows(query);
  return {
    fileName: `${baseName(query, now)}.json`,
    body: {
      exportedAt: now.toISOString(),
      filters: query,
      items: rows.map(({ item, number, citation }) => ({
        id: item.id,
        level: item.level,
        number,
        document: {
          id: item.document.id,
          title: item.document.title,
          issuer: item.document.issuer,
          date: item.document.date,
          documentNumber: item.document.documentNumber,
          sourceUrl: item.document.sourceUrl,
        },
        section: citedSection(item.section),
        unitIndex: item.unitIndex,
        text: item.text,
        start: item.start,
        end: item.end,
        bearer: item.bearer,
        types: item.types,
        modality: item.modality,
        corrected: item.correction !== null,
        reviewed: item.review.reviewed,
        note: item.review.note,
        citation,
      })),
    },
  };
}
