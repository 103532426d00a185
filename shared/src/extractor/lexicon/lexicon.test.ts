import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Hits, type Category } from "../hits";
import { isSpace, normaliseCode } from "../normalize";
import * as actors from "./actors";
import * as cues from "./cues";
import * as discourse from "./discourse";

// The lexicons are data (conventions.md, "rules carry stable ids … lexicons are data, checked by
// a test for duplicates, entries cancelled by a stop list, and entries never used"). Each check
// names every offending word, so a failure says what to delete or move, not only that something
// is wrong. The checks read the pipeline as it runs: a word's category is found by scanning it
// with the extractor's own trie, and what a stop list cancels is read from hits.ts.

const EXTRACTOR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MODULES = { actors, cues, discourse } as const;

type ModuleName = keyof typeof MODULES;
interface WordList {
  name: string;
  words: string[];
}

/** Every exported word list of the lexicon modules (tuples of ACTOR_WORDS read as their word). */
function wordLists(): WordList[] {
  const lists: WordList[] = [];
  for (const [module, exports] of Object.entries(MODULES)) {
    for (const [name, value] of Object.entries(exports)) {
      if (!Array.isArray(value)) continue;
      const words = (value as unknown[]).map((entry) =>
        Array.isArray(entry) ? String(entry[0]) : String(entry),
      );
      lists.push({ name: `${module}.${name}`, words });
    }
  }
  return lists;
}

/** Pipeline modules: every non-test .ts file of the extractor, lexicon included. */
function pipelineSources(): { file: string; source: string }[] {
  const files: string[] = [];
  for (const dir of [EXTRACTOR, path.join(EXTRACTOR, "lexicon")]) {
    for (const name of readdirSync(dir)) {
      if (name.endsWith(".ts") && !name.endsWith(".test.ts")) files.push(path.join(dir, name));
    }
  }
  return files.map((file) => ({ file, source: readFileSync(file, "utf8") }));
}

/** Names a module imports from a lexicon module: `import { A, B } from "./lexicon/cues"`. */
function importedNames(source: string, module: ModuleName): Set<string> {
  const names = new Set<string>();
  const pattern = new RegExp(
    String.raw`import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"\.{1,2}/(?:lexicon/)?${module}"`,
    "g",
  );
  for (const match of source.matchAll(pattern)) {
    for (const part of match[1]!.split(",")) {
      const name = part
        .replace(/^\s*type\s+/, "")
        .split(/\s+as\s+/)[0]!
        .trim();
      if (name) names.add(name);
    }
  }
  return names;
}

/** hits.ts's STOPPED_BY: which category's words cancel a cue of another they overlap. */
function stoppedBy(): Map<Category, Category> {
  const source = readFileSync(path.join(EXTRACTOR, "hits.ts"), "utf8");
  const body = /const STOPPED_BY[^=]*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? "";
  const pairs = [...body.matchAll(/(\w+):\s*"(\w+)"/g)].map(
    (m) => [m[1] as Category, m[2] as Category] as const,
  );
  return new Map(pairs);
}

/** The categories under which the trie knows a word as a whole. */
function categoriesOf(word: string): Set<Category> {
  const hits = new Hits(word, 0, word.length);
  return new Set(
    hits.all.filter((hit) => hit.start === 0 && hit.end === word.length).map((hit) => hit.tag.cat),
  );
}

/** A trie list's category: the one every word of it has (null when the trie does not scan it). */
function categoryOfList(list: WordList): Category | null {
  const [first, ...rest] = list.words.map(categoriesOf);
  if (!first) return null;
  const common = [...first].filter((cat) => rest.every((cats) => cats.has(cat)));
  return common.length === 1 ? common[0]! : null;
}

const LISTS = wordLists();
const TRIE_LISTS = LISTS.map((list) => ({ ...list, category: categoryOfList(list) })).filter(
  (list): list is WordList & { category: Category } => list.category !== null,
);
const STOPPED_BY = stoppedBy();
const STOP_CATEGORIES = new Set(STOPPED_BY.values());

/** Where a word of `words` could overlap `outer` in a text: every placement, as [from, to) in outer. */
function overlapPlacements(outer: string, words: string[]): [number, number][] {
  const placements: [number, number][] = [];
  for (const word of words) {
    for (let offset = -word.length + 1; offset < outer.length; offset++) {
      const from = Math.max(0, offset);
      const to = Math.min(outer.length, offset + word.length);
      if (to <= from) continue;
      if (outer.slice(from, to) === word.slice(from - offset, to - offset)) {
        placements.push([from, to]);
      }
    }
  }
  return placements;
}

/** Every [from, to) where `part` stands whole inside `word`. */
function occurrences(word: string, part: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = word.indexOf(part); at >= 0; at = word.indexOf(part, at + 1)) {
    found.push([at, at + part.length]);
  }
  return found;
}

/**
 * Violations found when this test was written, left for the owner of the rules to settle (each
 * needs a decision, not a deletion: wire a list in or drop it, fix the normaliser or respell a
 * word). Every other violation fails; a known one that is no longer found fails too, so this
 * list only shrinks.
 */
const KNOWN: Record<string, string> = {};

function unknown(violations: string[]): string[] {
  return violations.filter((violation) => !(violation in KNOWN));
}

const allViolations: string[] = [];
function check(violations: string[]): string[] {
  allViolations.push(...violations);
  return unknown(violations);
}

describe("lexicon hygiene", () => {
  it("when reading hits.ts, then its stop lists and the trie's lists are found", () => {
    expect(STOPPED_BY.size).toBeGreaterThan(0);
    // Every list hits.ts imports is scanned under one category, so the checks below see it.
    const hitsSource = readFileSync(path.join(EXTRACTOR, "hits.ts"), "utf8");
    const imported = (Object.keys(MODULES) as ModuleName[]).flatMap((module) =>
      [...importedNames(hitsSource, module)].map((name) => `${module}.${name}`),
    );
    expect(imported.length).toBeGreaterThan(10);
    expect(TRIE_LISTS.map((list) => list.name).sort()).toEqual(imported.sort());
    const scanned = new Set(TRIE_LISTS.map((list) => list.category));
    for (const [cat, stop] of STOPPED_BY) {
      expect(scanned, `category ${cat}`).toContain(cat);
      expect(scanned, `stop category ${stop}`).toContain(stop);
    }
  });

  it("when a list names a word twice, then it is reported", () => {
    const violations = LISTS.flatMap(({ name, words }) =>
      words
        .filter((word, index) => words.indexOf(word) !== index)
        .map((word) => `duplicate in ${name}: ${word}`),
    );
    expect(check(violations)).toEqual([]);
  });

  it("when two lists of one category name the same word, then it is reported", () => {
    const violations: string[] = [];
    TRIE_LISTS.forEach((list, i) => {
      for (const other of TRIE_LISTS.slice(i + 1)) {
        if (other.category !== list.category) continue;
        for (const word of new Set(list.words)) {
          if (other.words.includes(word)) {
            violations.push(`in ${list.name} and ${other.name} (${list.category}): ${word}`);
          }
        }
      }
    });
    expect(check(violations)).toEqual([]);
  });

  it("when a cue word is scanned alone, then its own stop list does not cancel it", () => {
    const violations: string[] = [];
    for (const { name, words, category } of TRIE_LISTS) {
      for (const word of words) {
        const kept = new Hits(word, 0, word.length)
          .of(category)
          .some((hit) => hit.start === 0 && hit.end === word.length);
        if (!kept) violations.push(`cancelled in ${name} (${category}): ${word}`);
      }
    }
    expect(check(violations)).toEqual([]);
  });

  it("when a word holds what the normaliser changes, then it is reported (it can never match)", () => {
    // The extractor matches on the compact copy: simplified, full-width punctuation, no spaces.
    const violations = LISTS.flatMap(({ name, words }) =>
      words
        .filter((word) =>
          [...word].some((ch) => {
            const code = ch.charCodeAt(0);
            return isSpace(code) || normaliseCode(code) !== code;
          }),
        )
        .map((word) => `never matches in ${name}: ${word}`),
    );
    expect(check(violations)).toEqual([]);
  });

  it("when a stop word can cancel no cue, or only what a shorter stop inside it cancels, then it is reported", () => {
    const violations: string[] = [];
    for (const stopList of TRIE_LISTS.filter((list) => STOP_CATEGORIES.has(list.category))) {
      const stopped = [...STOPPED_BY].filter(([, stop]) => stop === stopList.category);
      const cueWords = TRIE_LISTS.filter((list) =>
        stopped.some(([cat]) => cat === list.category),
      ).flatMap((list) => list.words);
      for (const word of stopList.words) {
        const placements = overlapPlacements(word, cueWords);
        if (placements.length === 0) {
          violations.push(`stops nothing in ${stopList.name}: ${word}`);
          continue;
        }
        // Shorter stop words found inside this one cancel whatever they overlap anyway.
        const inner = stopList.words
          .filter((other) => other !== word && word.includes(other))
          .flatMap((other) => occurrences(word, other));
        const isNeeded = placements.some(
          ([from, to]) => !inner.some(([f, t]) => f < to && from < t),
        );
        if (!isNeeded) violations.push(`subsumed by a shorter stop in ${stopList.name}: ${word}`);
      }
    }
    expect(check(violations)).toEqual([]);
  });

  it("when a lexicon list is exported, then some pipeline module imports it", () => {
    const sources = pipelineSources();
    const violations: string[] = [];
    for (const [module, exports] of Object.entries(MODULES) as [ModuleName, object][]) {
      const used = new Set(sources.flatMap(({ source }) => [...importedNames(source, module)]));
      for (const name of Object.keys(exports)) {
        if (!used.has(name)) violations.push(`never imported: ${module}.${name}`);
      }
    }
    expect(check(violations)).toEqual([]);
  });

  it("when a known violation is fixed, then it leaves the known list", () => {
    expect(Object.keys(KNOWN).filter((known) => !allViolations.includes(known))).toEqual([]);
  });
});
