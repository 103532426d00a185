import type { ExtractedItem, Extraction } from "../contract/model";
import type { GoldDirective, GoldEntry, GoldType } from "./schema";

/** A document's text and what the extractor made of it. */
export interface ScoredDocument {
  text: string;
  extraction: Extraction;
}

/** Extractions keyed by document name (the gold file's `doc`). */
export type ExtractionsByDoc = Record<string, ScoredDocument>;

/** A gold directive no item covers. */
export interface GoldMiss {
  doc: string;
  quote: string;
}

/** A covered gold directive whose item disagrees with the annotator on one field. */
export interface GoldMismatch {
  doc: string;
  quote: string;
  itemId: string;
  field: "level" | "types" | "modality";
  expected: string;
  actual: string;
}

/** An item that covers no gold directive, or that also covers a non-directive unit. */
export interface FalsePositive {
  doc: string;
  itemId: string;
  text: string;
  /** The quote of the non-directive gold unit it covers, if any. */
  coversNonDirective: string | null;
}

/** A gold entry that could not be scored as written. */
export interface QuoteProblem {
  doc: string;
  quote: string;
  problem: "not-found" | "ambiguous" | "unknown-doc";
}

export interface GoldMetrics {
  /** Gold directives covered by an item / gold directives. */
  recall: number;
  /**
   * Items covering at least one gold directive and no non-directive unit / items (an item
   * covering only `optional` units is left out of both).
   */
  precision: number;
  /** Covered directives whose item level equals `level` or `levelAlt`. */
  tierAccuracy: number;
  /** Micro F1 over reporting/staffing/publicity on covered directives. */
  typeF1: number;
  typePrecision: number;
  typeRecall: number;
  /** Covered directives whose item modality equals the gold modality. */
  modalityAccuracy: number;
  counts: {
    documents: number;
    /** Gold directives, optional ones excluded. */
    directives: number;
    /** Gold non-directives, optional ones included (as the gold file tallies them). */
    nonDirectives: number;
    /** Gold units marked `optional`: neither counted nor penalised. */
    optional: number;
    covered: number;
    /** Items scored for precision: those covering only optional units are left out. */
    items: number;
    preciseItems: number;
    tierCorrect: number;
    modalityCorrect: number;
    typeTruePositives: number;
    typeFalsePositives: number;
    typeFalseNegatives: number;
  };
  misses: GoldMiss[];
  mismatches: GoldMismatch[];
  falsePositives: FalsePositive[];
  quoteProblems: QuoteProblem[];
}

/** A ratio that is 1 when there is nothing to get wrong (an empty denominator). */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function coveringItem(items: ExtractedItem[], start: number, end: number) {
  return items.find((item) => item.start <= start && end <= item.end);
}

const specificTypes = (item: ExtractedItem): GoldType[] =>
  item.types.filter((type): type is GoldType => type !== "other");

const describeTypes = (types: readonly string[]) => (types.length === 0 ? "[]" : types.join("+"));

/**
 * Scores extractions against gold entries. An item "covers" a gold unit when the unit's
 * quote (its first occurrence in the document) lies inside the item's [start, end).
 * Tier, type and modality are measured over covered directives only: a missed directive
 * already costs recall. Precision counts only items of documents named in the gold. A gold
 * unit marked `optional` is neither counted nor penalised, whatever an item makes of it.
 */
export function scoreExtraction(gold: GoldEntry[], extractions: ExtractionsByDoc): GoldMetrics {
  const quoteProblems: QuoteProblem[] = [];
  const misses: GoldMiss[] = [];
  const mismatches: GoldMismatch[] = [];
  const falsePositives: FalsePositive[] = [];
  // Per document, per item id: whether it covers a directive / a non-directive unit.
  const coversDirective = new Map<string, Set<string>>();
  const coversNonDirective = new Map<string, Map<string, string>>();
  const coversOptional = new Map<string, Set<string>>();
  const docsInGold = new Set<string>();

  let directives = 0;
  let nonDirectives = 0;
  let optional = 0;
  let covered = 0;
  let tierCorrect = 0;
  let modalityCorrect = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;

  for (const entry of gold) {
    const scored = extractions[entry.doc];
    if (entry.optional) optional++;
    if (!entry.directive) nonDirectives++;
    else if (!entry.optional) directives++;
    if (!scored) {
      quoteProblems.push({ doc: entry.doc, quote: entry.quote, problem: "unknown-doc" });
      if (entry.directive && !entry.optional) misses.push({ doc: entry.doc, quote: entry.quote });
      continue;
    }
    docsInGold.add(entry.doc);
    const start = scored.text.indexOf(entry.quote);
    if (start < 0) {
      quoteProblems.push({ doc: entry.doc, quote: entry.quote, problem: "not-found" });
      if (entry.directive && !entry.optional) misses.push({ doc: entry.doc, quote: entry.quote });
      continue;
    }
    if (scored.text.indexOf(entry.quote, start + 1) >= 0) {
      quoteProblems.push({ doc: entry.doc, quote: entry.quote, problem: "ambiguous" });
    }
    const item = coveringItem(scored.extraction.items, start, start + entry.quote.length);
    if (entry.optional) {
      if (item) {
        const ids = coversOptional.get(entry.doc) ?? new Set<string>();
        ids.add(item.id);
        coversOptional.set(entry.doc, ids);
      }
      continue;
    }
    if (!entry.directive) {
      if (item) {
        const byItem = coversNonDirective.get(entry.doc) ?? new Map<string, string>();
        byItem.set(item.id, entry.quote);
        coversNonDirective.set(entry.doc, byItem);
      }
      continue;
    }
    if (!item) {
      misses.push({ doc: entry.doc, quote: entry.quote });
      continue;
    }
    covered++;
    const ids = coversDirective.get(entry.doc) ?? new Set<string>();
    ids.add(item.id);
    coversDirective.set(entry.doc, ids);
    tierCorrect += scoreTier(entry, item, mismatches);
    modalityCorrect += scoreModality(entry, item, mismatches);
    const counts = scoreTypes(entry, item, mismatches);
    tp += counts.tp;
    fp += counts.fp;
    fn += counts.fn;
  }

  let items = 0;
  let preciseItems = 0;
  for (const doc of docsInGold) {
    const scored = extractions[doc];
    if (!scored) continue;
    for (const item of scored.extraction.items) {
      const nonDirective = coversNonDirective.get(doc)?.get(item.id) ?? null;
      const isDirective = coversDirective.get(doc)?.has(item.id) ?? false;
      const isOptionalOnly =
        !isDirective && nonDirective === null && (coversOptional.get(doc)?.has(item.id) ?? false);
      if (isOptionalOnly) continue;
      items++;
      const isPrecise = isDirective && nonDirective === null;
      if (isPrecise) preciseItems++;
      else
        falsePositives.push({
          doc,
          itemId: item.id,
          text: item.text,
          coversNonDirective: nonDirective,
        });
    }
  }

  const typePrecision = ratio(tp, tp + fp);
  const typeRecall = ratio(tp, tp + fn);
  const typeF1 =
    tp + fp + fn === 0 ? 1 : (2 * typePrecision * typeRecall) / (typePrecision + typeRecall || 1);

  return {
    recall: ratio(covered, directives),
    precision: ratio(preciseItems, items),
    tierAccuracy: ratio(tierCorrect, covered),
    typeF1,
    typePrecision,
    typeRecall,
    modalityAccuracy: ratio(modalityCorrect, covered),
    counts: {
      documents: docsInGold.size,
      directives,
      nonDirectives,
      optional,
      covered,
      items,
      preciseItems,
      tierCorrect,
      modalityCorrect,
      typeTruePositives: tp,
      typeFalsePositives: fp,
      typeFalseNegatives: fn,
    },
    misses,
    mismatches,
    falsePositives,
    quoteProblems,
  };
}

function scoreTier(entry: GoldDirective, item: ExtractedItem, out: GoldMismatch[]): number {
  if (item.level === entry.level || item.level === entry.levelAlt) return 1;
  out.push({
    doc: entry.doc,
    quote: entry.quote,
    itemId: item.id,
    field: "level",
    expected: entry.levelAlt ? `${entry.level}|${entry.levelAlt}` : entry.level,
    actual: item.level,
  });
  return 0;
}

function scoreModality(entry: GoldDirective, item: ExtractedItem, out: GoldMismatch[]): number {
  if (item.modality === entry.modality) return 1;
  out.push({
    doc: entry.doc,
    quote: entry.quote,
    itemId: item.id,
    field: "modality",
    expected: entry.modality,
    actual: item.modality,
  });
  return 0;
}

/** Required types must be found; a predicted type in `typesMaybe` is not a false positive. */
function scoreTypes(entry: GoldDirective, item: ExtractedItem, out: GoldMismatch[]) {
  const predicted = specificTypes(item);
  const required = new Set(entry.types);
  const acceptable = new Set([...entry.types, ...entry.typesMaybe]);
  const tp = predicted.filter((type) => required.has(type)).length;
  const fp = predicted.filter((type) => !acceptable.has(type)).length;
  const fn = entry.types.filter((type) => !predicted.includes(type)).length;
  if (fp > 0 || fn > 0) {
    const maybe = entry.typesMaybe.length > 0 ? ` (maybe ${describeTypes(entry.typesMaybe)})` : "";
    out.push({
      doc: entry.doc,
      quote: entry.quote,
      itemId: item.id,
      field: "types",
      expected: describeTypes(entry.types) + maybe,
      actual: describeTypes(predicted),
    });
  }
  return { tp, fp, fn };
}
