import type {
  ClassSummaryResponse,
  ExerciseDetail,
  ExerciseItem,
  FieldAgreement,
  ParticipantReview,
} from "@zeren/shared/contract";

const TEXT = "各级党委（党组）要及时向省委报告疫情防控工作情况。";
const DOCUMENT = {
  id: "doc-1",
  title: "中共吉林省委通知",
  issuer: "中共吉林省委",
  date: "2020-01-29",
};

/** An exercise as GET /api/exercises/:id serves it; override what a test is about. */
export function makeExercise(overrides: Partial<ExerciseDetail> = {}): ExerciseDetail {
  return {
    id: "ex-1",
    title: "Week 3: Jilin notice",
    blind: true,
    levels: [],
    createdAt: "2024-03-01T09:00:00.000Z",
    owner: { id: "user-instructor", name: "Wang Lan" },
    documents: [DOCUMENT],
    access: "member",
    participantCount: 2,
    itemCount: 1,
    myProgress: { total: 1, reviewed: 0, coded: 0, submitted: 0 },
    participants: [],
    ...overrides,
  };
}

export function makeReview(overrides: Partial<ParticipantReview> = {}): ParticipantReview {
  return {
    reviewed: false,
    note: "",
    coding: null,
    submittedAt: null,
    version: 0,
    updatedAt: null,
    ...overrides,
  };
}

/** An item of an exercise, hidden as in a blind exercise before submission by default. */
export function makeExerciseItem(overrides: Partial<ExerciseItem> = {}): ExerciseItem {
  return {
    id: "item-1",
    text: TEXT,
    start: 0,
    end: TEXT.length,
    document: DOCUMENT,
    section: { index: 1, number: "一、", heading: "加强领导" },
    context: { before: "为做好疫情防控工作。", after: "各地要及时公布防控信息。" },
    revealed: false,
    reading: null,
    review: makeReview(),
    others: null,
    reviewedCount: null,
    ...overrides,
  };
}

/** The item once revealed: the extractor's reading and one other participant's coding. */
export function revealed(item: ExerciseItem, review: ParticipantReview): ExerciseItem {
  return {
    ...item,
    revealed: true,
    review,
    reading: {
      level: "committee",
      types: ["reporting"],
      modality: "obligation",
      bearer: "各级党委（党组）",
      bearerSource: "explicit",
      cues: [],
      corrected: false,
    },
    others: {
      coders: 1,
      level: { committee: 0, grassroots: 1, member: 0 },
      types: { reporting: 1, staffing: 0, publicity: 0, other: 0 },
      modality: { obligation: 1, prohibition: 0, mixed: 0 },
    },
    reviewedCount: 2,
  };
}

/** One page of the class summary (the only page unless `nextCursor` says otherwise). */
export function makeClassSummary(
  overrides: Partial<ClassSummaryResponse> = {},
): ClassSummaryResponse {
  return {
    exercise: {
      id: "ex-1",
      title: "Week 3: Jilin notice",
      blind: true,
      owner: { id: "user-instructor", name: "Wang Lan" },
    },
    participantCount: 2,
    tiers: [{ level: "committee", agreement: [], total: 1 }],
    items: [
      {
        level: "committee",
        id: "item-1",
        quote: TEXT,
        document: DOCUMENT,
        section: { index: 1, number: "一、", heading: "加强领导" },
        reading: { level: "committee", types: ["reporting"], modality: "obligation" },
        corrected: false,
        adjudication: {
          decision: "accept-extractor",
          reason: "The class agreed.",
          at: "2024-03-02T09:00:00.000Z",
          by: { id: "user-instructor", name: "Wang Lan" },
        },
        reviewedCount: 1,
        codedCount: 2,
        codings: [
          {
            participant: { id: "p1", name: "Li Ming" },
            reviewed: true,
            coding: { level: "committee", types: ["reporting"], modality: "obligation" },
            note: "报告 names the duty.",
          },
          {
            participant: { id: "p2", name: "Zhao Yu" },
            reviewed: false,
            coding: { level: "grassroots", types: ["reporting"], modality: "obligation" },
            note: "",
          },
        ],
      },
    ],
    total: 1,
    nextCursor: null,
    generatedAt: "2024-03-02T10:00:00.000Z",
    hash: "a".repeat(64),
    ...overrides,
  };
}

const estimate = (value: number | null, low: number | null = null, high: number | null = null) => ({
  value,
  low,
  high,
});

/** One field's agreement as GET /agreement serves it; override what a test is about. */
export function makeFieldAgreement(overrides: Partial<FieldAgreement> = {}): FieldAgreement {
  const field = overrides.field ?? "level";
  const categories =
    field === "level"
      ? ["committee", "grassroots", "member"]
      : field === "modality"
        ? ["obligation", "prohibition", "mixed"]
        : ["yes", "no"];
  return {
    field,
    categories,
    units: 3,
    codings: 6,
    dominant: { category: categories[0] ?? "", share: 0.5 },
    skewed: false,
    class: {
      observed: estimate(0.83, 0.5, 1),
      fleiss: estimate(0.62, 0.1, 1),
      alpha: estimate(0.64, 0.12, 1),
      ac1: estimate(0.71, 0.3, 1),
    },
    withExtractor: { observed: 0.8, fleiss: 0.6, alpha: 0.61, ac1: 0.7 },
    confusion: categories.map((_, r) => categories.map((__, c) => (r === c ? 2 : 0))),
    pairs: [{ a: "p1", b: "p2", units: 3, agreement: 2 / 3, kappa: 0.4 }],
    participants: [
      { participantId: "p1", units: 1, agreement: 1, kappa: null },
      { participantId: "p2", units: 1, agreement: 0, kappa: null },
    ],
    extractor: { class: 0.75, answer: { units: 1, agreement: 1, kappa: null } },
    ...overrides,
  };
}
