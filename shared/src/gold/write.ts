import type { BearerSource, ItemType, Level, Modality } from "../contract/model";
import type { GoldEntry, GoldType } from "./schema";

/**
 * Writing gold files from a curated notice: one entry per unit, in the seed-gold format that
 * `parseGold` reads and `scoreExtraction` scores (docs/responsibility-model.md, "The gold file").
 */

/** A person's (or the accepted extractor's) reading of a directive unit. */
export interface GoldReading {
  bearer: string;
  bearerSource: BearerSource;
  level: Level;
  types: readonly ItemType[];
  modality: Modality;
}

/** One unit of the notice as curated: a directive with its reading, or not a directive. */
export interface CuratedUnit {
  /** The span the quote is taken from: the item's span for a directive, else the unit's. */
  start: number;
  end: number;
  reading: GoldReading | null;
  /** For a non-directive: why (the rule that left it out, in words). */
  why?: string;
}

/**
 * Shortest quote worth reading: shorter prefixes of a sentence are often unique already but
 * say nothing to a person checking the file (12 characters is about one clause).
 */
export const GOLD_QUOTE_MIN = 12;

/**
 * A substring of `text[start, end)` (trimmed) that occurs exactly once in `text`: the shortest
 * unique prefix of at least `GOLD_QUOTE_MIN` characters, else the shortest unique suffix.
 * Null when none is unique (the whole span is repeated elsewhere in the notice): such a unit
 * cannot be named in a gold file.
 */
export function uniqueQuote(text: string, start: number, end: number): string | null {
  const span = text.slice(start, end);
  const lead = span.length - span.trimStart().length;
  const body = span.trim();
  if (body.length === 0) return null;
  const from = start + lead;
  const isUnique = (quote: string, at: number) =>
    text.indexOf(quote) === at && text.indexOf(quote, at + 1) === -1;
  for (let length = Math.min(GOLD_QUOTE_MIN, body.length); length <= body.length; length++) {
    if (isUnique(body.slice(0, length), from)) return body.slice(0, length);
  }
  for (let length = Math.min(GOLD_QUOTE_MIN, body.length); length <= body.length; length++) {
    const quote = body.slice(body.length - length);
    if (isUnique(quote, from + body.length - length)) return quote;
  }
  return null;
}

const specific = (types: readonly ItemType[]): GoldType[] =>
  types.filter((type): type is GoldType => type !== "other");

/**
 * The gold entries of one notice named `doc`, in text order, and the units that could not be
 * quoted uniquely (left out, reported to the caller).
 */
export function curatedGold(
  doc: string,
  text: string,
  units: readonly CuratedUnit[],
): { entries: GoldEntry[]; unquotable: CuratedUnit[] } {
  const entries: GoldEntry[] = [];
  const unquotable: CuratedUnit[] = [];
  for (const unit of [...units].sort((a, b) => a.start - b.start)) {
    const quote = uniqueQuote(text, unit.start, unit.end);
    if (quote === null) {
      unquotable.push(unit);
      continue;
    }
    const { reading } = unit;
    if (!reading) {
      entries.push({
        doc,
        quote,
        directive: false,
        optional: false,
        ...(unit.why ? { why: unit.why } : {}),
      });
      continue;
    }
    entries.push({
      doc,
      quote,
      directive: true,
      optional: false,
      bearer: reading.bearer,
      bearerSource: reading.bearerSource,
      level: reading.level,
      levelAlt: null,
      types: specific(reading.types),
      typesMaybe: [],
      modality: reading.modality,
    });
  }
  return { entries, unquotable };
}

/**
 * JSON Lines in the seed file's key order (doc, quote, directive, then the fields), one entry
 * a line, a newline after the last. `optional: false` is the default and is left out.
 */
export function formatGold(entries: readonly GoldEntry[]): string {
  return entries
    .map((entry) => {
      const line = entry.directive
        ? {
            doc: entry.doc,
            quote: entry.quote,
            directive: true,
            bearer: entry.bearer,
            bearerSource: entry.bearerSource,
            level: entry.level,
            levelAlt: entry.levelAlt,
            types: entry.types,
            typesMaybe: entry.typesMaybe,
            modality: entry.modality,
            ...(entry.optional ? { optional: true } : {}),
          }
        : {
            doc: entry.doc,
            quote: entry.quote,
            directive: false,
            ...(entry.why ? { why: entry.why } : {}),
            ...(entry.optional ? { optional: true } : {}),
          };
      return `${JSON.stringify(line)}\n`;
    })
    .join("");
}
