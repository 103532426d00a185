import type { Level } from "../contract/model";
import { ACTOR_WORDS, DETERMINERS } from "./lexicon/actors";
import {
  CARE,
  GOVERNORS,
  MODAL_STOPS,
  MODALS,
  PERSONNEL,
  PROHIBITION_STOPS,
  PROHIBITIONS,
  PUBLICITY,
  REPORTING,
  STAFFING,
  TIMING_DAILY,
  TIMING_IMMEDIATE,
  TIMING_ROUND_THE_CLOCK,
  TYPE_STOPS,
} from "./lexicon/cues";
import { IMPERATIVES, OPENERS, SAY_VERBS, SPEAKERS } from "./lexicon/discourse";
import { Trie, type TrieHit } from "./lexicon/trie";

/** The category of a lexicon word, one trie for all of them. */
export type Category =
  | "actor"
  | "det"
  | "modal"
  | "modalStop"
  | "prohibition"
  | "prohibitionStop"
  | "reporting"
  | "staffing"
  | "publicity"
  | "typeStop"
  | "care"
  | "personnel"
  | "daily"
  | "roundTheClock"
  | "immediate"
  | "speaker"
  | "say"
  | "governor"
  | "imperative"
  | "opener";

export interface Tag {
  cat: Category;
  level?: Level;
}

export type Hit = TrieHit<Tag>;

const LISTS: [Category, readonly string[]][] = [
  ["det", DETERMINERS],
  ["modal", MODALS],
  ["modalStop", MODAL_STOPS],
  ["prohibition", PROHIBITIONS],
  ["prohibitionStop", PROHIBITION_STOPS],
  ["reporting", REPORTING],
  ["staffing", STAFFING],
  ["publicity", PUBLICITY],
  ["typeStop", TYPE_STOPS],
  ["care", CARE],
  ["personnel", PERSONNEL],
  ["daily", TIMING_DAILY],
  ["roundTheClock", TIMING_ROUND_THE_CLOCK],
  ["immediate", TIMING_IMMEDIATE],
  ["speaker", SPEAKERS],
  ["say", SAY_VERBS],
  ["governor", GOVERNORS],
  ["imperative", IMPERATIVES],
  ["opener", OPENERS],
];

const TRIE = new Trie<Tag>();
for (const [word, level] of ACTOR_WORDS) TRIE.add(word, { cat: "actor", level });
for (const [cat, words] of LISTS) for (const word of words) TRIE.add(word, { cat });

/** Which category's words cancel a cue they overlap. */
const STOPPED_BY: Partial<Record<Category, Category>> = {
  modal: "modalStop",
  prohibition: "prohibitionStop",
  reporting: "typeStop",
  staffing: "typeStop",
  publicity: "typeStop",
};

/**
 * The lexicon hits of one stretch of compact text, with per-category selection:
 * leftmost-longest, non-overlapping, and cancelled by an overlapping stop word.
 */
export class Hits {
  readonly all: Hit[];
  // Plain objects: one Hits is built per unit, so Map construction shows up in profiles.
  private readonly byCat: Partial<Record<Category, Hit[]>> = {};
  private readonly cache: Partial<Record<Category, Hit[]>> = {};

  constructor(text: string, from: number, to: number) {
    this.all = TRIE.scan(text, from, to);
    for (const hit of this.all) {
      (this.byCat[hit.tag.cat] ??= []).push(hit);
    }
  }

  /** Raw hits of a category, overlapping and unfiltered, ordered by start then length. */
  raw(cat: Category): Hit[] {
    return this.byCat[cat] ?? [];
  }

  of(cat: Category): Hit[] {
    const cached = this.cache[cat];
    if (cached) return cached;
    const stopCat = STOPPED_BY[cat];
    const stops = stopCat ? this.raw(stopCat) : [];
    // Actors inside a speaker's name (书记 in 习近平总书记) are not bearers.
    const blockers = cat === "actor" ? this.raw("speaker") : [];
    const candidates = this.raw(cat).filter(
      (h) =>
        !stops.some((s) => s.start < h.end && h.start < s.end) &&
        !blockers.some(
          (s) => s.start <= h.start && h.end <= s.end && s.end - s.start > h.end - h.start,
        ),
    );
    const picked: Hit[] = [];
    let cursor = -1;
    // Hits are ordered by start then length: keep the longest at each start.
    for (let i = 0; i < candidates.length; i++) {
      const hit = candidates[i]!;
      const next = candidates[i + 1];
      if (next && next.start === hit.start) continue;
      if (hit.start < cursor) continue;
      picked.push(hit);
      cursor = hit.end;
    }
    this.cache[cat] = picked;
    return picked;
  }

  first(cat: Category): Hit | undefined {
    return this.of(cat)[0];
  }

  /** The longest hit of a category starting exactly at `at`. */
  at(cat: Category, at: number): Hit | undefined {
    let best: Hit | undefined;
    for (const hit of this.raw(cat)) {
      if (hit.start > at) break;
      if (hit.start === at && (!best || hit.end > best.end)) best = hit;
    }
    return best;
  }
}
