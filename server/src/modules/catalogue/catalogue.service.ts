import {
  LEVELS,
  citedSection,
  citeItem,
  type CatalogueExport,
  type CatalogueExportQuery,
  type Item,
  type Locale,
} from "@zeren/shared/contract";
import { csvHead, csvLines, type Cell } from "../exports/csv";
import { levelLabel, modalityLabel, typesLabel, yesNo } from "../exports/export-rows";
import { put, type StreamedFile } from "../exports/streamed-file";
import { XLSX_TYPE, writeXlsx } from "../exports/xlsx";
import { exportItemBatches } from "./catalogue.repository";

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

async function* catalogueRows(query: CatalogueExportQuery): AsyncGenerator<CatalogueRow[]> {
  for await (const batch of exportItemBatches(query)) {
    yield batch.map(({ item, number }) => ({
      item,
      number,
      citation: citeItem(item.document, { section: item.section, unitIndex: item.unitIndex }),
    }));
  }
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

export function exportCatalogueCsv(
  query: CatalogueExportQuery,
  locale: Locale,
  now = new Date(),
): StreamedFile {
  return {
    fileName: `${baseName(query, now)}.csv`,
    contentType: "text/csv; charset=utf-8",
    write: async (out) => {
      await put(out, csvHead(headersFor(locale)));
      for await (const rows of catalogueRows(query)) {
        await put(out, csvLines(rows.map((row) => cellsOf(row, locale))));
      }
    },
  };
}

/**
 * One sheet per tier (the filtered tier only when `level` is set), written tier after tier
 * with exceljs's streaming writer: each sheet is committed before the next is read.
 */
export function exportCatalogueXlsx(
  query: CatalogueExportQuery,
  locale: Locale,
  now = new Date(),
): StreamedFile {
  const levels = query.level ? [query.level] : LEVELS;
  return {
    fileName: `${baseName(query, now)}.xlsx`,
    contentType: XLSX_TYPE,
    write: async (out) => {
      await writeXlsx(
        out,
        levels.map((level) => ({
          name: levelLabel(level, locale),
          headers: headersFor(locale),
          widths: COLUMNS.map((c) => c.width),
          rows: (async function* () {
            for await (const rows of catalogueRows({ ...query, level })) {
              yield rows.map((row) => cellsOf(row, locale));
            }
          })(),
        })),
      );
    },
  };
}

function jsonRow({ item, number, citation }: CatalogueRow): CatalogueExport["items"][number] {
  return {
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
  };
}

/** The JSON document `CatalogueExportSchema` describes, written as its items are read. */
export function exportCatalogueJson(query: CatalogueExportQuery, now = new Date()): StreamedFile {
  return {
    fileName: `${baseName(query, now)}.json`,
    contentType: "application/json; charset=utf-8",
    write: async (out) => {
      const head = JSON.stringify({ exportedAt: now.toISOString(), filters: query });
      await put(out, `${head.slice(0, -1)},"items":[`);
      let first = true;
      for await (const rows of catalogueRows(query)) {
        const text = rows.map((row) => JSON.stringify(jsonRow(row))).join(",");
        await put(out, first ? text : `,${text}`);
        first = false;
      }
      await put(out, "]}");
    },
  };
}
