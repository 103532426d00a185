import {
  ITEM_TYPES,
  LEVELS,
  MODALITIES,
  type ItemType,
  type Level,
  type Modality,
} from "../contract/model";
import { countsTable, fleissKappa, type KappaResult } from "./kappa";

/** One coder's reading of an item: tier, a set of types, modality. */
export interface Coding {
  level: Level;
  types: readonly ItemType[];
  modality: Modality;
}

/** Shares in [0, 1] per aspect of a coding; `all` needs tier, types and modality to match. */
export interface AspectShares {
  level: number;
  types: number;
  modality: number;
  all: number;
}

export interface ItemAgreement {
  coders: number;
  /** Share of coder pairs that agree; null with fewer than two coders. */
  pairwise: AspectShares | null;
  /** Share of coders agreeing with the reference (the extractor's effective reading); null with no coder. */
  withReference: AspectShares | null;
}

/** Types are a set: the same types in any order are the same answer. */
export function typesKey(types: readonly ItemType[]): string {
  return [...types].sort().join("+");
}

function codingKey(coding: Coding): string {
  return `${coding.level}|${typesKey(coding.types)}|${coding.modality}`;
}

/** Share of the n(n−1)/2 pairs whose keys are equal: Σ c(c−1) / n(n−1) over groups of size c. */
export function pairwiseShare(keys: readonly string[]): number | null {
  const n = keys.length;
  if (n < 2) return null;
  const groups = new Map<string, number>();
  for (const key of keys) groups.set(key, (groups.get(key) ?? 0) + 1);
  let agreeing = 0;
  for (const count of groups.values()) agreeing += count * (count - 1);
  return agreeing / (n * (n - 1));
}

function shareEqualTo(keys: readonly string[], reference: string): number {
  return keys.filter((key) => key === reference).length / keys.length;
}

const ASPECTS: Record<keyof AspectShares, (coding: Coding) => string> = {
  level: (c) => c.level,
  types: (c) => typesKey(c.types),
  modality: (c) => c.modality,
  all: codingKey,
};

/**
 * How far the coders of one item agree with each other and with a reference reading.
 * The pairwise share is the item's P_i of Fleiss' kappa for each aspect.
 */
export function itemAgreement(codings: readonly Coding[], reference: Coding | null): ItemAgreement {
  const keysOf = (aspect: keyof AspectShares) => codings.map(ASPECTS[aspect]);
  const shares = (share: (aspect: keyof AspectShares) => number): AspectShares => ({
    level: share("level"),
    types: share("types"),
    modality: share("modality"),
    all: share("all"),
  });
  return {
    coders: codings.length,
    pairwise: codings.length < 2 ? null : shares((aspect) => pairwiseShare(keysOf(aspect)) ?? 0),
    withReference:
      reference === null || codings.length === 0
        ? null
        : shares((aspect) => shareEqualTo(keysOf(aspect), ASPECTS[aspect](reference))),
  };
}

export interface GroupKappa {
  /** Tier: three categories. */
  level: KappaResult;
  /** Modality: three categories. */
  modality: KappaResult;
  /** Each type on its own: two categories, present or absent. */
  types: Record<ItemType, KappaResult>;
}

/**
 * Fleiss' kappa for a group of items (a tier of an exercise), each with the codings it got.
 * Items with fewer than two codings do not count (see kappa.ts).
 */
export function groupKappa(codingsPerItem: readonly (readonly Coding[])[]): GroupKappa {
  const typeKappa = (type: ItemType) =>
    fleissKappa(
      countsTable(
        codingsPerItem.map((codings) => codings.map((c) => c.types.includes(type))),
        [true, false],
      ),
    );
  return {
    level: fleissKappa(
      countsTable(
        codingsPerItem.map((codings) => codings.map((c) => c.level)),
        LEVELS,
      ),
    ),
    modality: fleissKappa(
      countsTable(
        codingsPerItem.map((codings) => codings.map((c) => c.modality)),
        MODALITIES,
      ),
    ),
    types: Object.fromEntries(ITEM_TYPES.map((type) => [type, typeKappa(type)])) as Record<
      ItemType,
      KappaResult
    >,
  };
}
