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

/** Longest quotation read as a name ("十个严禁", “三个必须”), not as speech. */
const NAME_QUOTE_MAX = 12;

/**
 * Whether `at` lies inside a title 《……》 or a short quoted name “……” that opened at or after
 * `from`: cue words there name something ("《警惕……之风》", “十个严禁”), they command nothing.
 */
export function isInsideName(compact: string, from: number, at: number): boolean {
  // Only the unit before `at` is searched: a scan back to the document's start would make
  // long inputs quadratic.
  let open = -1;
  for (let i = at - 1; i >= from; i--) {
    const ch = compact[i];
    if (ch === "》" || ch === "”") break;
    if (ch === "《") return true;
    if (ch === "“") {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const close = compact.slice(at, at + NAME_QUOTE_MAX + 1).indexOf("”");
  return close >= 0 && at - open - 1 + close <= NAME_QUOTE_MAX;
}
