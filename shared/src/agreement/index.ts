/**
 * Agreement between coders: per-item pairwise agreement and agreement with the extractor
 * (`itemAgreement`), Fleiss' kappa for tier, modality and each type (`groupKappa`,
 * `fleissKappa`). Pure: callers bring the codings.
 */
export { fleissKappa, countsTable, type KappaResult } from "./kappa";
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
