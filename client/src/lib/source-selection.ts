/** Runs of blank lines that the source view shows as one line break (see `displayText`). */
const BLANK_RUN = /(?:[ \t\u3000]*\r?\n){2,}/g;

/**
 * The offset in `source` of the `displayed`-th character of its displayed form, where each
 * run of blank lines shows as one line break.
 */
export function displayToSource(source: string, displayed: number): number {
  let from = 0;
  let shown = 0;
  for (const match of source.matchAll(BLANK_RUN)) {
    const plain = match.index - from;
    if (displayed <= shown + plain) return from + (displayed - shown);
    shown += plain;
    const runEnd = match.index + match[0].length;
    if (displayed <= shown + 1) return displayed === shown ? match.index : runEnd;
    shown += 1;
    from = runEnd;
  }
  return Math.min(source.length, from + (displayed - shown));
}

/** The element of the source view holding `node`, which says where its text starts and ends. */
function leafOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  return element?.closest<HTMLElement>("[data-start]") ?? null;
}

/**
 * The notice offset of a DOM selection boundary inside the source view: every leaf there
 * carries `data-start` and `data-end`, the offsets of the source text it shows.
 */
export function sourceOffset(text: string, node: Node, offset: number): number | null {
  if (node.nodeType !== Node.TEXT_NODE) {
    // A boundary between children: the start of the child after it, else the end of the last.
    const child = node.childNodes[offset] ?? null;
    const leaf = child ? leafOf(child) : null;
    if (leaf) return Number(leaf.dataset.start);
    const last = node.childNodes[offset - 1];
    const before = last ? leafOf(last) : null;
    return before ? Number(before.dataset.end) : null;
  }
  const leaf = leafOf(node);
  if (!leaf) return null;
  const start = Number(leaf.dataset.start);
  const end = Number(leaf.dataset.end);
  return start + displayToSource(text.slice(start, end), offset);
}

/** The selection inside `box` as notice offsets, or null (none, collapsed, or elsewhere). */
export function selectedSpan(
  text: string,
  box: HTMLElement,
): { start: number; end: number } | null {
  const selection = box.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
  const start = sourceOffset(text, range.startContainer, range.startOffset);
  const end = sourceOffset(text, range.endContainer, range.endOffset);
  return start !== null && end !== null && end > start ? { start, end } : null;
}
