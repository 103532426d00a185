import type { Level } from "../contract/model";
import type { Hits } from "./hits";
import { ISSUER_SUBJECTS, PRE_MODAL_ADVERBS } from "./lexicon/actors";
import { CLAUSE_BREAKS } from "./lexicon/clauses";
import { headOf, tierOf } from "./phrase";
import { THRESHOLDS } from "./lexicon/thresholds";

/** A bearer phrase found in the text, in compact indices, with the head that gave its tier. */
export interface FoundBearer {
  text: string;
  start: number;
  end: number;
  level: Level;
  headStart: number;
  headEnd: number;
}

const PREPOSITIONS = /^(?:对|在|为|按照|根据|把|将|从|经|由|向|凡|如|若|一旦|遇)/;

/**
 * The explicit bearer of a modal: the noun phrase between the start of the modal's clause and
 * the modal, minus adverbs ("各级党委（党组）也要" → 各级党委（党组）), if it ends in a head noun.
 */
export function bearerBeforeModal(
  compact: string,
  from: number,
  modalStart: number,
  hits?: Hits,
): FoundBearer | null {
  let clauseStart = modalStart;
  while (clauseStart > from && !CLAUSE_BREAKS.includes(compact[clauseStart - 1]!)) clauseStart--;
  // "员工离开本市一天以上者，须……": the person is named in the clause before.
  if (clauseStart === modalStart && clauseStart - 1 > from && compact[clauseStart - 2] === "者") {
    let start = clauseStart - 1;
    while (start > from && !CLAUSE_BREAKS.includes(compact[start - 1]!)) start--;
    const text = compact.slice(start, clauseStart - 1);
    if (text.length <= THRESHOLDS.bearerMax && !PREPOSITIONS.test(text)) {
      return asBearer(text, start);
    }
  }
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
  // "各科室在放假前要", "各单位领导班子在思想上要", "带班领导外出期间要", "值班人员每天至少要".
  if (!headOf(compact.slice(clauseStart, end))) {
    for (let k = end - 1; k > clauseStart + 1; k--) {
      if (TRAILING_FRAMING.test(compact.slice(k, end)) && headOf(compact.slice(clauseStart, k))) {
        end = k;
        break;
      }
    }
  }
  // "学生党员离校、返校须……": the actor phrase at the clause start, when the clause's own end
  // only looks like a head through a one-character suffix (离校 → 校).
  const whole = headOf(compact.slice(clauseStart, end));
  if (hits && whole && whole.head.length === 1) {
    const topic = topicBearer(compact, hits, clauseStart, end);
    if (topic && topic.end < end) return topic;
  }
  let start = clauseStart;
  // "放假期间集团员工应……": a time before the bearer.
  const time = LEADING_TIME.exec(compact.slice(start, end));
  if (time && time[0].length < end - start) start += time[0].length;
  const text = compact.slice(start, end);
  if (text.length === 0 || text.length > THRESHOLDS.bearerMax || PREPOSITIONS.test(text)) {
    return null;
  }
  return asBearer(text, start);
}

/** Adverbials between a bearer and its modal: a place or time frame, a frequency. */
const TRAILING_FRAMING =
  /^(?:[在于从][^，]{1,12}(?:上|中|前|后|期间|时|内|方面)|[^，]{1,4}(?:期间|之前|以前)|每[日天周月年](?:至少)?|至少)$/;
function longerHeadWithin(compact: string, start: number, e: number, limit: number): boolean {
  for (let k = e + 1; k <= Math.min(limit, e + 4); k++) {
    if (CLAUSE_BREAKS.includes(compact[k - 1]!)) return false;
    const head = headOf(compact.slice(start, k));
    if (head && head.head.length > 1) return true;
  }
  return false;
}

/** After 请, a preposition or verb: the request names no bearer ("请通过内网报……", "请于……前"). */
const NOT_A_BEARER_START = /^(?:于|在|将|把|按|通过|根据|按照|认真|及时|务必)/;

/** A time before the bearer: "放假期间", "节前", "春节期间". */
const LEADING_TIME = /^[^，]{1,8}?(?:期间|节前|节后|之前|之后)/;

/**
 * The bearer after a request: "请各级党组织收集……", "请参加比赛的队员和观众不要……": the
 * longest phrase right after 请 that ends in a head noun and is followed by its verb.
 */
export function bearerAfterRequest(
  compact: string,
  requestEnd: number,
  to: number,
): FoundBearer | null {
  let best: FoundBearer | null = null;
  const limit = Math.min(to, requestEnd + THRESHOLDS.requestBearerReach);
  if (NOT_A_BEARER_START.test(compact.slice(requestEnd, limit))) return null;
  for (let e = requestEnd + 2; e <= limit; e++) {
    if (CLAUSE_BREAKS.includes(compact[e - 1]!)) break;
    const found = asBearer(compact.slice(requestEnd, e), requestEnd);
    if (!found || compact[e] === "的" || headOf(compact.slice(requestEnd, e + 1))) continue;
    // "请参会人员", "请各乡镇党委": a longer head follows within a few characters.
    if (longerHeadWithin(compact, requestEnd, e, limit)) continue;
    best = found;
    // The shortest bearer, unless a conjunction joins another ("队员和观众").
    if (!"和、及与".includes(compact[e] ?? "")) break;
  }
  return best;
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
    const det = hits.at("det", q);
    // "镇直各单位": the longer word decides (镇直 opens the phrase; 镇 alone would end it).
    if (actor && !(det && det.end > actor.end)) {
      q = actor.end;
      if (compact[q] === "（") {
        // Bounded search: an unclosed parenthesis must not cost a scan of the whole text.
        const close = compact.slice(q, Math.min(limit, q + 9)).indexOf("）");
        if (close > 0) q += close + 1;
      }
      lastActorEnd = q;
      continue;
    }
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
  if (ISSUER_SUBJECTS.includes(bearerText)) return true;
  if (!issuer) return false;
  if (issuer.includes(bearerText)) return true;
  // "学校纪委" in a notice of "中共某某学院纪律检查委员会": the issuer under its short name.
  const bare = bearerText.replace(OWN_ORGANISATION, "");
  const aliases = issuerAliases(issuer);
  return aliases.includes(bearerText) || (bare !== bearerText && aliases.includes(bare));
}

/** "学校", "我局", "集团" …: the issuer's own organisation named before one of its bodies. */
const OWN_ORGANISATION =
  /^(?:学校|我校|本校|全校|我院|本院|学院|医院|我局|本局|局|我委|本委|集团公司|集团|公司|我镇|本镇|镇|街道|县|市)/;

/** Short names a notice uses for its issuer (纪委 for 纪律检查委员会, 党委 for 中共……委员会). */
function issuerAliases(issuer: string): string[] {
  const aliases: string[] = [];
  if (/纪律检查委员会|纪委/.test(issuer)) aliases.push("纪委", "纪委监委", "纪检监察机构");
  if (/工作委员会$|工委$/.test(issuer)) aliases.push("工委", "党工委");
  else if (/^中共.*委员会$/.test(issuer)) aliases.push("党委");
  const body = /(?:组织部|宣传部|办公室|党办|党委|总支|领导小组|指挥部|[局厅委办])$/.exec(issuer);
  if (body) aliases.push(body[0]);
  return aliases;
}
