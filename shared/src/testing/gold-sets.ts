import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../extractor/index";
import { parseGold, type ExtractionsByDoc, type GoldEntry } from "../gold/index";

/**
 * Reading the gold sets in shared/data for the gold tests: the files, the extractor's reading
 * of every notice they name, and the checks a gold file must pass before its score means
 * anything. Node-only, so it lives in testing/ (outside shared's pure build).
 */

/** shared/data, where the seeds, the team's notices and the development set live. */
export const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data");

export const read = (file: string) => readFileSync(file, "utf8");

/** The entries of a gold file. */
export const readGold = (goldFile: string): GoldEntry[] => parseGold(read(goldFile));

/** The extractor's reading of every notice the gold names, keyed by the gold's `doc`. */
export function extractGoldDocs(gold: GoldEntry[], docsDir: string): ExtractionsByDoc {
  const extractions: ExtractionsByDoc = {};
  for (const doc of new Set(gold.map((entry) => entry.doc))) {
    const text = read(path.join(docsDir, doc));
    extractions[doc] = { text, extraction: extractDocument(text) };
  }
  return extractions;
}

/** A unit ends at these (full- and half-width), so a quote holding one spans two units. */
const UNIT_END = /[。！？；!?;]/;

function countOccurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

/**
 * Checks a gold file against its documents: what `scoreExtraction` silently relies on (a
 * quote found once, inside one unit) and what makes a tier entry meaningless.
 */
export function goldProblems(goldFile: string, docsDir: string): string[] {
  const problems: string[] = [];
  for (const entry of readGold(goldFile)) {
    const text = read(path.join(docsDir, entry.doc));
    const count = countOccurrences(text, entry.quote);
    if (count !== 1) problems.push(`${entry.doc}: "${entry.quote}" occurs ${count} times`);
    // A unit's last character is its terminator, so a quote may end with one but not hold one.
    if (UNIT_END.test(entry.quote.replace(/[。！？；!?;]+$/, ""))) {
      problems.push(`${entry.doc}: "${entry.quote}" crosses a unit end`);
    }
    if (entry.directive && entry.levelAlt === entry.level) {
      problems.push(`${entry.doc}: "${entry.quote}" has levelAlt equal to level`);
    }
  }
  return problems;
}
