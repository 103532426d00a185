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

/** Whether a hit lies strictly inside a longer one of `outer`. */
function isInside(h: Hit, outer: Hit[]): boolean {
  for (const s of outer) {
    if (s.start <= h.start && h.end <= s.end && s.end - s.start > h.end - h.start) return true;
  }
  return false;
}

/**
 * The lexicon hits of one stretch of compact text, with per-category selection:
 * leftmost-longest, non-overlapping, and cancelled by an overlapping stop word.
 */
export class Hits {
  readonly all: Hit[];
  // Plain objects: one Hits is built per unit, so Map construction shows up in profiles.
  private readonly byCat: Partial<Record<Category, Hit[]>> = {};
  private readonly cache: Partial<Record<Category, Hit[]>> = {};

  private readonly from: number;
  private readonly to: number;

  constructor(text: string, from: number, to: number) {
    this.from = from;
    this.to = to;
    this.all = TRIE.scan(text, from, to);
    for (const hit of this.all) (this.byCat[hit.tag.cat] ??= []).push(hit);
  }

  private overlaps(mask: Uint8Array, h: Hit): boolean {
    for (let i = h.start; i < h.end; i++) if (mask[i - this.from] === 1) return true;
    return false;
  }

  /** 1 at every position some hit of `cat` covers: overlap tests in time linear in the unit. */
  private coverage(cat: Category): Uint8Array {
    const mask = new Uint8Array(Math.max(0, this.to - this.from));
    for (const h of this.raw(cat)) mask.fill(1, h.start - this.from, h.end - this.from);
    return mask;
  }

  /** Raw hits of a category, overlapping and unfiltered, ordered by start then length. */
  raw(cat: Category): Hit[] {
    return this.byCat[cat] ?? [];
  }

  of(cat: Category): Hit[] {
    const cached = this.cache[cat];
    if (cached) return cached;
    const stopCat = STOPPED_BY[cat];
    const stopped = stopCat ? this.coverage(stopCat) : null;
    // Actors inside a speaker's name (书记 in 习近平总书记) are not bearers.
    const speakers = cat === "actor" ? this.raw("speaker") : [];
    const candidates: Hit[] = [];
    for (const h of this.raw(cat)) {
      if (stopped && this.overlaps(stopped, h)) continue;
      if (speakers.length > 0 && isInside(h, speakers)) continue;
      candidates.push(h);
    }
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

  /** The longest hit of a category starting exactly at `at`. */
  at(cat: Category, at: number): Hit | undefined {
    const raw = this.raw(cat);
    // Raw hits are ordered by start then length: find the first at `at` by bisection (callers
    // probe every position of a heading, so a scan from the start would cost hits × positions).
    let lo = 0;
    let hi = raw.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (raw[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    let best: Hit | undefined;
    for (let i = lo; i < raw.length && raw[i]!.start === at; i++) best = raw[i];
    return best;
  }

  /** The selected hit of a category (see `of`) starting exactly at `at`. */
  startingAt(cat: Category, at: number): Hit | undefined {
    const picked = this.of(cat);
    let lo = 0;
    let hi = picked.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (picked[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    const hit = picked[lo];
    return hit && hit.start === at ? hit : undefined;
  }
}
