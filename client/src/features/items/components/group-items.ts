import type { Item } from "@zeren/shared/contract";

export interface SectionGroup {
  section: Item["section"];
  items: Item[];
}

export interface DocumentGroup {
  document: Item["document"];
  sections: SectionGroup[];
  count: number;
}

/**
 * Groups items by document, then by section, keeping the order the API gave (document
 * order, then position in the text): the reader meets items as the notice states them.
 */
export function groupItems(items: readonly Item[]): DocumentGroup[] {
  const documents = new Map<string, DocumentGroup>();
  for (const item of items) {
    let doc = documents.get(item.document.id);
    if (!doc) {
      doc = { document: item.document, sections: [], count: 0 };
      documents.set(item.document.id, doc);
    }
    let section = doc.sections.find((s) => s.section.index === item.section.index);
    if (!section) {
      section = { section: item.section, items: [] };
      doc.sections.push(section);
    }
    section.items.push(item);
    doc.count += 1;
  }
  for (const doc of documents.values())
    doc.sections.sort((a, b) => a.section.index - b.section.index);
  return [...documents.values()];
}
