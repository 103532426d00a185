/** A cell as the writers take it; null is an empty cell. */
export type Cell = string | number | boolean | null;

/** UTF-8 byte order mark: without it Excel opens a UTF-8 CSV as the local code page and garbles Chinese. */
export const UTF8_BOM = "\uFEFF";

/**
 * A cell a spreadsheet may run as a formula: =, +, -, @ first, also after blanks (Excel and
 * LibreOffice skip leading spaces, tabs and line breaks; `\s` covers U+3000 and NBSP too), or
 * a tab, CR or LF first (OWASP's CSV-injection list).
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@])/;

/**
 * One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled).
 * A field a spreadsheet would run as a formula gets a leading apostrophe, so an exported
 * note can never execute in the reader's Excel.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return "";
  let text = typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);
  if (typeof cell === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records as RFC 4180 text: CRLF after every record (the last too). */
export function csvLines(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/** The start of a CSV file: the BOM and the header record (a streamed file goes on with csvLines). */
export function csvHead(headers: readonly string[]): string {
  return UTF8_BOM + csvLines([headers]);
}

/** RFC 4180 text: CRLF after every record (the last too), a BOM first. */
export function toCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return csvHead(headers) + csvLines(rows);
}
