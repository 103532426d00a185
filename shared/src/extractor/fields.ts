import type { Cue, ItemType, Modality, Timing } from "../contract/model";
import type { Hit, Hits } from "./hits";
import {
  GUIDED_PUBLIC,
  INFORM_LEADERS,
  MANAGE_PERSONNEL,
  PUBLISH_INFO,
  PURSUE_LIABILITY,
} from "./lexicon/cues";
import { CLAUSE_BREAKS } from "./lexicon/clauses";
import { headOf } from "./phrase";

/** A cue in compact indices; converted to original offsets when the item is built. */
export interface CompactCue {
  kind: Cue["kind"];
  start: number;
  end: number;
}

const CLAUSE_BREAK_CODES = new Set([...CLAUSE_BREAKS].map((ch) => ch.charCodeAt(0)));

/**
 * Clause boundaries of one unit, computed once: for each position, where its clause starts
 * and ends. Looking them up per cue instead of scanning keeps long units linear.
 */
export class Clauses {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(
    compact: string,
    private readonly from: number,
    to: number,
  ) {
    const n = Math.max(0, to - from);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    let s = from;
    for (let i = from; i < to; i++) {
      this.starts[i - from] = s;
      if (CLAUSE_BREAK_CODES.has(compact.charCodeAt(i))) s = i + 1;
    }
    let e = to;
    for (let i = to - 1; i >= from; i--) {
      if (CLAUSE_BREAK_CODES.has(compact.charCodeAt(i))) e = i;
      this.ends[i - from] = e;
    }
  }

  /** [start, end) of the clause holding position `at` (punctuation excluded). */
  of(at: number): [number, number] {
    const k = at - this.from;
    return [this.starts[k] ?? this.from, this.ends[k] ?? at];
  }
}

function regexHits(compact: string, from: number, to: number, re: RegExp): [number, number][] {
  const out: [number, number][] = [];
  const text = compact.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/**
 * Types from cue lexicons (docs/responsibility-model.md, "Types"). Caring words count as staffing
 * only when their clause names personnel (关心关爱医护人员, not 关心关爱返乡人员);
 * 引导 counts as publicity only when it guides the public.
 */
export function findTypes(
  compact: string,
  hits: Hits,
  from: number,
  to: number,
  recipientFound: boolean,
  bearerDisciplines: boolean,
  clauses: Clauses,
): { types: ItemType[]; cues: CompactCue[] } {
  const cues: CompactCue[] = [];
  const actors = hits.of("actor");
  for (const kind of ["reporting", "staffing", "publicity"] as const) {
    for (const h of hits.of(kind)) {
      // 宣传 inside 党委宣传部 names a body; it does not publicise.
      const inName = actors.some(
        (a) => a.start <= h.start && h.end <= a.end && a.end - a.start > h.end - h.start,
      );
      if (h.start >= from && h.end <= to && !inName)
        cues.push({ kind, start: h.start, end: h.end });
    }
  }
  const personnel = hits.of("personnel");
  for (const care of hits.of("care")) {
    if (care.start < from || care.end > to) continue;
    const [s, e] = clauses.of(care.start);
    if (personnel.some((p) => p.start >= s && p.end <= e)) {
      cues.push({ kind: "staffing", start: care.start, end: care.end });
    }
  }
  for (const [s, e] of regexHits(compact, from, to, GUIDED_PUBLIC)) {
    cues.push({ kind: "publicity", start: s, end: e });
  }
  for (const [s, e] of regexHits(compact, from, to, PUBLISH_INFO)) {
    cues.push({ kind: "publicity", start: s, end: e });
  }
  for (const [s, e] of regexHits(compact, from, to, PURSUE_LIABILITY)) {
    cues.push({ kind: "staffing", start: s, end: e });
  }
  for (const [s, e] of regexHits(compact, from, to, MANAGE_PERSONNEL)) {
    cues.push({ kind: "staffing", start: s, end: e });
  }
  for (const [s, e] of regexHits(compact, from, to, INFORM_LEADERS)) {
    cues.push({ kind: "reporting", start: s, end: e });
  }
  const kinds = new Set(cues.map((c) => c.kind));
  if (recipientFound) kinds.add("reporting");
  // Discipline bodies (纪委监委, 纪检监察机关) act on cadres: their duties are staffing.
  if (bearerDisciplines) kinds.add("staffing");
  const types: ItemType[] = (["reporting", "staffing", "publicity"] as const).filter((k) =>
    kinds.has(k),
  );
  return { types: types.length > 0 ? types : ["other"], cues: dedupe(cues) };
}

function dedupe(cues: CompactCue[]): CompactCue[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CompactCue[] = [];
  for (const cue of sorted) {
    if (out.some((o) => o.kind === cue.kind && o.start <= cue.start && cue.end <= o.end)) continue;
    out.push(cue);
  }
  return out;
}

/**
 * Modality. A prohibition governed by a verb that makes others keep it (引导群众不信谣) is the
 * bearer's obligation. A unit is mixed when, besides its prohibitive clauses, it has a clause
 * that commands something (topic and condition clauses such as "对……的" do not count).
 */
export function findModality(
  compact: string,
  hits: Hits,
  from: number,
  to: number,
  prohibitions: Hit[],
  hasModal: boolean,
  bearerEnd: number,
  clauses: Clauses,
): { modality: Modality; cues: CompactCue[] } {
  const governors = hits.of("governor");
  const own = prohibitions.filter((p) => {
    // "严禁火种进山", "林区范围内禁止燃放鞭炮": bans the bearer enforces on others or on a place.
    if (ENFORCED_BAN.test(compact.slice(Math.max(from, p.start - 8), Math.min(to, p.end + 8)))) {
      return false;
    }
    const [s] = clauses.of(p.start);
    // "引导群众服从转移安排，不围观险情": a governor in the clause before still governs.
    // A bare 不 run after a governed clause stays governed ("劝导市民有序排队，不大声喧哗，不……").
    const bare = p.end - p.start === 1;
    const reach = bare ? from : s;
    // Only governors of people reach into the clause before (引导群众……，不……); 落实 governs a
    // ban in its own clause only (落实全面禁止野外用火).
    return !governors.some(
      (g) =>
        g.end <= p.start &&
        (g.start >= s ||
          (g.start >= reach && !MEASURE_GOVERNORS.has(compact.slice(g.start, g.end)))),
    );
  });
  const cues: CompactCue[] = own.map((p) => ({ kind: "prohibition", start: p.start, end: p.end }));
  if (own.length === 0) return { modality: "obligation", cues };
  // "严禁……，执行……做选择、搞变通……": a unit that opens with a ban and has no modal is a
  // list of banned conduct; the clauses after the ban are its objects, not commands.
  if (!hasModal && own[0]!.start === from) return { modality: "prohibition", cues };
  let hasObligation = false;
  let s = from;
  let next = 0;
  for (let i = from; i <= to && !hasObligation; i++) {
    if (i === to || CLAUSE_BREAK_CODES.has(compact.charCodeAt(i))) {
      const clauseStart = Math.max(s, bearerEnd);
      const clause = compact.slice(clauseStart, i);
      // `own` is in text order: advance past the prohibitions of this clause.
      let isProhibitive = false;
      while (next < own.length && own[next]!.start < i) {
        if (own[next]!.start >= s) isProhibitive = true;
        next++;
      }
      // A clause that permits (可分为, 可以) commands nothing either.
      const isTopic =
        /(?:的|时|后|期间|前|中)$/.test(clause) ||
        /^(?:对|凡|如|若|一旦|对于|因|为)/.test(clause) ||
        /可(?:以|分为|根据|由)/.test(clause);
      if (!isProhibitive && !isTopic && clause.replace(/[要必须务应]/g, "").length >= 2)
        hasObligation = true;
      s = i + 1;
    }
  }
  return { modality: hasObligation ? "mixed" : "prohibition", cues };
}

/** Governors whose object is a measure, not people: they govern a ban in their own clause only. */
const MEASURE_GOVERNORS = new Set(["落实"]);

/** A ban on things or people entering a place, or on everyone within an area. */
const ENFORCED_BAN = /(?:严禁|禁止|不准)(?![携带使])[^，。；]{1,4}?(?:进|入)(?:山|林|校|园|场|区)/;

/** Timing: daily before round-the-clock before immediate (the most specific wins). */
export function findTiming(
  hits: Hits,
  from: number,
  to: number,
): { timing: Timing | null; cue: CompactCue | null } {
  for (const [cat, timing] of [
    ["daily", "daily"],
    ["roundTheClock", "round-the-clock"],
    ["immediate", "immediate"],
  ] as const) {
    const hit = hits.of(cat).find((h) => h.start >= from && h.end <= to);
    if (hit) return { timing, cue: { kind: "timing", start: hit.start, end: hit.end } };
  }
  return { timing: null, cue: null };
}

const REPORT_VERB_FIRST = new Set([..."报上汇请反交送提发"].map((ch) => ch.charCodeAt(0)));
const REPORT_VERB =
  /(?:报告|报送|上报|汇报|请示|反映|反馈|上交|交至|交|送交|送|提交至|提交|发送至|报)/y;
/** Characters before 报 that make another word (通报, 举报, 情报, 预报, 海报, 画报). */
/** First characters after a report verb that make another word (报刊, 报纸, 交办, 送达). */
const NOT_A_RECIPIENT_START = "刊纸道名销酬社办达货到";
const NOT_REPORT_BEFORE_BAO = "通举情预海画电简公日周月年汇快喜捷";

/**
 * The party a bearer reports or answers to: "向X报告" → X, or a report verb followed directly
 * by a body ("……情况报县委组织部", "书面报告市委办公室").
 */
export interface Recipient {
  text: string;
  start: number;
  end: number;
  /** False when the bearer answers to the recipient (负责) rather than reports to it. */
  isReport: boolean;
}

export function findRecipient(compact: string, from: number, to: number): Recipient | null {
  const text = compact.slice(from, to);
  const toward =
    /向([^，。；：！？、]{1,20}?)(?:书面|及时|如实|立即)?(报告|报送|上报|汇报|请示|反映|反馈|负责|备案)/.exec(
      text,
    );
  if (toward && headOf(toward[1]!)) {
    const start = from + toward.index + 1;
    return {
      text: toward[1]!,
      start,
      end: start + toward[1]!.length,
      isReport: toward[2] !== "负责",
    };
  }
  for (let i = from; i < to; i++) {
    if (!REPORT_VERB_FIRST.has(compact.charCodeAt(i))) continue;
    REPORT_VERB.lastIndex = i;
    const m = REPORT_VERB.exec(compact);
    if (!m) continue;
    if (m[0] === "报" && NOT_REPORT_BEFORE_BAO.includes(compact[i - 1] ?? "")) continue;
    // 交/送 only hand something over when a body follows at once (交局党办, 送办公室).
    if (/^[交送]$/.test(m[0]) && /[纳流通往给到]/.test(compact[i + 1] ?? "")) continue;
    let e = i + m[0].length;
    const s = e;
    while (e < to && !CLAUSE_BREAKS.includes(compact[e]!) && e - s < 30) e++;
    // 报刊, 报纸, 交办: another word, not a report to a body.
    if (NOT_A_RECIPIENT_START.includes(compact[s] ?? "")) continue;
    // Take the longest prefix that ends in a head noun (报县委组织部审核 → 县委组织部).
    for (let k = e; k > s + 1; k--) {
      const candidate = compact.slice(s, k);
      if (headOf(candidate) && !candidate.includes("的") && !candidate.includes("、")) {
        // "报送排班表至人力资源科": the object comes first, the body after 至.
        const to = Math.max(candidate.lastIndexOf("至"), candidate.lastIndexOf("到"));
        const start = to >= 0 && headOf(candidate.slice(to + 1)) ? s + to + 1 : s;
        return { text: compact.slice(start, k), start, end: k, isReport: true };
      }
    }
  }
  return null;
}
