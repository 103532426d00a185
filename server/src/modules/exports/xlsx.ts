import ExcelJS from "exceljs";
import type { Writable } from "node:stream";
import type { Cell } from "./csv";

export interface Sheet {
  /** Excel allows at most 31 characters and none of : \ / ? * [ ]. */
  name: string;
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Column widths in characters, one per header (optional). */
  widths?: readonly number[];
}

/** Excel's sheet-name rules, applied so any tier label is accepted. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, " ").trim();
  return (cleaned.length > 0 ? cleaned : "Sheet").slice(0, 31);
}

/**
 * An .xlsx workbook with one sheet per entry: a bold, frozen header row with an autofilter,
 * then the rows as given. Cells stay values (strings are never read as formulas).
 */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Zeren";
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(safeSheetName(sheet.name), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    worksheet.columns = sheet.headers.map((header, i) => ({
      header,
      width: sheet.widths?.[i] ?? Math.max(10, Math.min(40, header.length + 4)),
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow([...row]);
    if (sheet.headers.length > 0) {
      worksheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1, column: sheet.headers.length },
      };
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A sheet whose rows arrive in batches (a keyset read), for the streaming writer. */
export interface StreamedSheet extends Omit<Sheet, "rows"> {
  rows: AsyncIterable<readonly (readonly Cell[])[]>;
}

/**
 * The same workbook as toXlsx, written to `out` as it is built (exceljs's streaming writer):
 * each row is committed when added and each sheet before the next one is read, so only the
 * batch being written is in memory. Shared strings off: inline strings stream.
 */
export async function writeXlsx(out: Writable, sheets: readonly StreamedSheet[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
  });
  workbook.creator = "Zeren";
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(safeSheetName(sheet.name), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    worksheet.columns = sheet.headers.map((header, i) => ({
      header,
      width: sheet.widths?.[i] ?? Math.max(10, Math.min(40, header.length + 4)),
    }));
    worksheet.getRow(1).font = { bold: true };
    if (sheet.headers.length > 0) {
      worksheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1, column: sheet.headers.length },
      };
    }
    for await (const rows of sheet.rows) {
      for (const row of rows) worksheet.addRow([...row]).commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
}
