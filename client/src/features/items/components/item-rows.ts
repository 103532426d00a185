import type { Item } from "@zeren/shared/contract";

/**
 * The tier page's list as flat rows for a virtual list: a notice's heading, a section's
 * heading, then its items, in the order the API gives (notice, then place in the text). The
 * grouping is the same as groupItems', but flat, so headings scroll in the list like items.
 */
export type ItemRow =
  | { kind: "document"; key: string; document: Item["document"] }
  | { kind: "section"; key: string; section: Item["section"] }
  | { kind: "item"; key: string; item: Item };

export function itemRows(items: readonly Item[]): ItemRow[] {
  const rows: ItemRow[] = [];
  let documentId: string | undefined;
  let sectionIndex: number | undefined;
  for (const item of items) {
    if (item.document.id !== documentId) {
      documentId = item.document.id;
      sectionIndex = undefined;
      rows.push({ kind: "document", key: `d:${documentId}`, document: item.document });
    }
    if (item.section.index !== sectionIndex) {
      sectionIndex = item.section.index;
      rows.push({ kind: "section", key: `s:${documentId}:${sectionIndex}`, section: item.section });
    }
    rows.push({ kind: "item", key: `i:${item.id}`, item });
  }
  return rows;
}
