/** Whether `at` lies inside a “…” quotation that opened at or after `from`. */
export function isInsideQuote(compact: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const ch = compact[i];
    if (ch === "“" || ch === "「") depth++;
    else if ((ch === "”" || ch === "」") && depth > 0) depth--;
  }
  return depth > 0;
}
