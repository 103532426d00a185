import type { Level } from "../contract/model";
import type { Hits } from "./hits";
import { ISSUER_SUBJECTS, PRE_MODAL_ADVERBS } from "./lexicon/actors";
import { headOf, tierOf } from "./phrase";

/** A bearer phrase found in the text, in compact indices, with the head that gave its tier. */
export interface FoundBearer {
  text: string;
  start: number;
  end: number;
  level: Level;
  headStart: number;
  headEnd: number;
}

const CLAUSE_BREAKS = "，。；：！？";
const PREPOSITIONS = /^(?:对|在|为|按照|根据|把|将|从|经|由|向|凡|如|若|一旦|遇)/;

/**
 * The explicit bearer of a modal: the noun phrase between the start of the modal's clause and
 * the modal, minus adverbs ("各级党委（党组）也要" → 各级党委（党组）), if it ends in a head noun.
 */
export function bearerBeforeModal(
  compact: string,
  from: number,
  modalStart: number,
): FoundBearer | null {
  let clauseStart = modalStart;
  while (clauseStart > from && !CLAUSE_BREAKS.includes(compact[clauseStart - 1]!)) clauseStart--;
  let end = modalStart;
  for (let changed = true; changed;) {
    changed = false;
    for (const adverb of PRE_MODAL_ADVERBS) {
      if (end - adverb.length > clauseStart && compact.startsWith(adverb, end - adverb.length)) {
        end -= adverb.length;
        changed = true;
      }
    }
  }
  const text = compact.slice(clauseStart, end);
  if (text.length === 0 || text.length > 40 || PREPOSITIONS.test(text)) return null;
  return asBearer(text, clauseStart);
}

function asBearer(text: string, start: number): FoundBearer | null {
  const tier = tierOf(text);
  if (!tier || !headOf(text)) return null;
  // The phrase must end in a head noun itself, not merely contain one.
  const end = start + text.length;
  return {
    text,
    start,
    end,
    level: tier.level,
    headStart: start + tier.start,
    headEnd: start + tier.start + tier.head.length,
  };
}

/**
 * A bearer standing as the topic at the start of a clause, without a modal right after it
 * ("基层党组织距离群众最近，…"): determiners and head nouns joined by 和/、/及, with
 * parentheticals.
 */
export function topicBearer(
  compact: string,
  hits: Hits,
  at: number,
  limit: number,
): FoundBearer | null {
  let q = at;
  let lastActorEnd = -1;
  const actors = hits.of("actor");
  for (let guard = 0; guard < 12 && q < limit; guard++) {
    const actor = actors.find((h) => h.start === q);
    if (actor) {
      q = actor.end;
      if (compact[q] === "（") {
        // Bounded search: an unclosed parenthesis must not cost a scan of the whole text.
        const close = compact.slice(q, Math.min(limit, q + 9)).indexOf("）");
        if (close > 0) q += close + 1;
      }
      lastActorEnd = q;
      continue;
    }
    const det = hits.at("det", q);
    if (det) {
      q = det.end;
      continue;
    }
    if (lastActorEnd === q && (compact[q] === "和" || compact[q] === "、" || compact[q] === "及")) {
      q++;
      continue;
    }
    break;
  }
  if (lastActorEnd < 0) return null;
  return asBearer(compact.slice(at, lastActorEnd), at);
}

/** The issuer or the centre as subject: its sentences describe the issuer's own actions. */
export function isIssuerSubject(bearerText: string, issuer: string | null): boolean {
  if (issuer && issuer.includes(bearerText)) return true;
  return ISSUER_SUBJECTS.includes(bearerText);
}
