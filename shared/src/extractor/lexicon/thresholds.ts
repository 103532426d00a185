/**
 * The extractor's length limits, each with the reason for its value. Lengths count compact
 * characters (whitespace removed). Change one only with the gold suites (seeds, extra, holdout,
 * dev set, blind sets) run before and after: each value was set against them.
 */
export const THRESHOLDS = {
  // Headings (sections.ts).
  /** A line of its own is a title up to this long: the longest own-line heading seen is 60. */
  headingLineMax: 80,
  /** A one-sentence paragraph with no comma is a heading up to this long ("（一）落实党政同责。"). */
  headingSentenceMax: 40,
  /** A first sentence with no comma and no subject is a run-in heading up to this long. */
  runInSentenceMax: 30,
  /** A heading run into its body ends within this many characters (Sichuan's longest is 52). */
  runInReach: 100,
  /** How much of a section's first paragraph is scanned for the heading's cue words. */
  headingScan: 160,

  // Units (units.ts).
  /** A quotation closing within this reach is not cut inside (a leader's quoted sentence). */
  quoteReach: 300,
  /** No real unit is this long: a longer run without a stop is cut at its last comma. */
  maxUnit: 1200,

  // Bearers (bearer.ts).
  /** A bearer phrase is at most this long (the longest seen, a list of four bodies, is 31). */
  bearerMax: 40,
  /** After 请, the bearer ends within this many characters ("请参加比赛的队员和观众"). */
  requestBearerReach: 24,

  // Page layout (metadata.ts).
  /** A salutation's list is at most this long (the longest seen, ten bodies, is 120). */
  salutationMax: 300,
  /** Each addressee in a salutation is at most this long. */
  addresseeMax: 40,
  /** A salutation is looked for in at least this many characters from the top. */
  salutationReach: 400,
  /** Issuer lines above the date are each at most this long. */
  issuerLineMax: 30,
  /** A footer link line (no sentence end) is at most this long. */
  footerLineMax: 40,
  /** A header line with a page marker (发布时间, 来源) is at most this long. */
  headerMarkerLineMax: 120,
  /** A header line with no sentence end (a title) is at most this long. */
  headerTitleMax: 80,
} as const;
