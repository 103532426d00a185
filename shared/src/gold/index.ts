/**
 * Gold files: parsing (`parseGold`), scoring an extractor against them (`scoreExtraction`),
 * printing the result (`formatMetrics`) and the naive baseline to compare with
 * (`naiveExtract`). Pure: callers read the files.
 */
export { parseGold, GoldParseError } from "./parse";
export {
  GoldEntrySchema,
  GoldDirectiveSchema,
  GoldNonDirectiveSchema,
  GoldTypeSchema,
  type GoldEntry,
  type GoldDirective,
  type GoldType,
} from "./schema";
export {
  scoreExtraction,
  type GoldMetrics,
  type GoldMiss,
  type GoldMismatch,
  type FalsePositive,
  type QuoteProblem,
  type ScoredDocument,
  type ExtractionsByDoc,
} from "./score";
export { formatMetrics, formatMetricsTable, type MetricsRow } from "./format";
export { naiveExtract } from "./naive-baseline";
export {
  curatedGold,
  formatGold,
  uniqueQuote,
  GOLD_QUOTE_MIN,
  type CuratedUnit,
  type GoldReading,
} from "./write";
