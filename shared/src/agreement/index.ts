/**
 * Agreement between coders: per-item pairwise agreement and agreement with the extractor
 * (`itemAgreement`), Fleiss' kappa for tier, modality and each type (`groupKappa`,
 * `fleissKappa`), and per field the observed agreement, Fleiss' κ, Krippendorff's α and
 * Gwet's AC1 with seeded bootstrap intervals, Cohen's κ per pair and the confusion matrix
 * (`fieldsAgreement`). Pure: callers bring the codings.
 */
export { fleissKappa, countsTable, type KappaResult } from "./kappa";
export {
  coefficients,
  cohenKappa,
  gwetAc1,
  krippendorffAlpha,
  COEFFICIENT_KEYS,
  type Coefficients,
  type CoefficientKey,
  type CountsTable,
  type PairAgreement,
} from "./coefficients";
export {
  bootstrapIntervals,
  seededRandom,
  quantile,
  BOOTSTRAP_REPLICATES,
  BOOTSTRAP_SEED,
  type Interval,
  type Intervals,
} from "./bootstrap";
export { fieldAgreement, fieldsAgreement, fieldValue, type ReportItem } from "./report";
export {
  itemAgreement,
  groupKappa,
  pairwiseShare,
  typesKey,
  type Coding,
  type AspectShares,
  type ItemAgreement,
  type GroupKappa,
} from "./item-agreement";
