import type {
  DocumentSummary,
  Item,
  NoticeRecord,
  Section,
  TierSummary,
} from "@zeren/shared/contract";

const TEXT = "各级党委（党组）要及时向省委报告疫情防控工作情况。";

/** An item as the API serves it; override what a test is about. */
export function makeItem(overrides: Partial<Item> = {}): Item {
  return {
    id: "item-1",
    text: TEXT,
    start: 0,
    end: TEXT.length,
    unitIndex: 3,
    bearer: "各级党委（党组）",
    bearerSource: "explicit",
    level: "committee",
    types: ["reporting"],
    modality: "obligation",
    cues: [{ kind: "bearer", text: "各级党委（党组）", start: 0, end: 8 }],
    timing: "immediate",
    recipient: "省委",
    document: {
      id: "doc-1",
      title: "中共吉林省委通知",
      issuer: "中共吉林省委",
      date: "2020-01-29",
      documentNumber: null,
      sourceUrl: null,
      retrievedAt: null,
    },
    section: { index: 1, number: "1.", heading: null },
    review: { reviewed: false, note: "", version: 0, updatedAt: null },
    correction: null,
    curation: { origin: "extractor", dismissal: null, extractedBearer: null },
    ...overrides,
  };
}

export function makeDocumentSummary(overrides: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id: "doc-1",
    title: "中共吉林省委通知",
    issuer: "中共吉林省委",
    date: "2020-01-29",
    itemCount: 2,
    countsByLevel: { committee: 1, grassroots: 1, member: 0 },
    withdrawnAt: null,
    ...overrides,
  };
}

/** A notice's record as read, with nothing set by a person unless overridden. */
export function makeRecord(overrides: Partial<NoticeRecord> = {}): NoticeRecord {
  return {
    read: { issuer: "中共吉林省委", date: "2020-01-29" },
    set: { title: null, issuer: null, date: null },
    documentNumber: null,
    sourceUrl: null,
    retrievedAt: null,
    withdrawnReason: null,
    ...overrides,
  };
}

/** A section of a notice: the preamble (no number, no heading) unless overridden. */
export function makeSection(overrides: Partial<Section> & Pick<Section, "start" | "end">): Section {
  return {
    index: 0,
    kind: "preamble",
    number: null,
    heading: null,
    headingStart: null,
    headingEnd: null,
    ...overrides,
  };
}

export function makeTierSummary(overrides: Partial<TierSummary> = {}): TierSummary {
  return {
    level: "committee",
    total: 2,
    reviewed: 0,
    byType: { reporting: 1, staffing: 0, publicity: 0, other: 1 },
    documents: 1,
    ...overrides,
  };
}
