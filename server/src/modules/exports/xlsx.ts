import ExcelJS from "exceljs";
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
