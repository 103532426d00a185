import { bearerBeforeModal, topicBearer, type FoundBearer } from "./bearer";
import { Hits } from "./hits";
import { CLAUSE_BREAKS } from "./lexicon/clauses";
import { GOVERNING_BEFORE } from "./lexicon/discourse";
import { paragraphs } from "./metadata";
import { isInsideQuote } from "./quotes";
import { findNumbers, HEADED_STYLES } from "./numbering";
import type { TextView } from "./text-view";
import { THRESHOLDS } from "./lexicon/thresholds";

/** A section in compact indices (converted to original offsets at the end). */
export interface Section {
  kind: "preamble" | "numbered" | "closing";
  number: string | null;
  style: string | null;
  /** Nesting depth: 0 for the outermost numbering style. */
  depth: number;
  parent: number | null;
  start: number;
  end: number;
  /** Where units begin: after the number and the heading. */
  bodyStart: number;
  heading: [number, number] | null;
  headingBearer: FoundBearer | null;
}

const SENTENCE_END = "。！？；";
const PARTICLES = "的地得之等和与及中上下里";
const ADVERBS_BEFORE_MODAL = "也都还就更又既是须均";

export function buildSections(view: TextView, from: number, to: number): Section[] {
  const c = view.compact;
  const marks = findNumbers(c, view.brk, from, to);
  const styleDepth = new Map<string, number>();
  for (const m of marks) if (!styleDepth.has(m.style)) styleDepth.set(m.style, styleDepth.size);
  const sections: Section[] = [];
  if (marks.length === 0 || marks[0]!.start > from) {
    const end = marks[0]?.start ?? to;
    sections.push(plain("preamble", from, end));
  }
  // The last numbered section seen at each depth: a section's parent is the one just above.
  const lastAtDepth: number[] = [];
  marks.forEach((m, k) => {
    const end = marks[k + 1]?.start ?? to;
    const depth = styleDepth.get(m.style)!;
    let parent: number | null = null;
    for (let d = depth - 1; d >= 0; d--) {
      const j = lastAtDepth[d];
      if (j !== undefined) {
        parent = j;
        break;
      }
    }
    lastAtDepth[depth] = sections.length;
    lastAtDepth.length = depth + 1;
    const section: Section = {
      kind: "numbered",
      number: c.slice(m.start, m.end),
      style: m.style,
      depth,
      parent,
      start: m.start,
      end,
      bodyStart: m.end,
      heading: null,
      headingBearer: null,
    };
    sections.push(section);
  });
  const parents = new Set(sections.map((s) => s.parent));
  sections.forEach((section, index) => {
    if (section.kind === "numbered") findHeading(view, section, parents.has(index));
  });
  splitClosing(view, sections);
  return sections;
}

function plain(kind: Section["kind"], start: number, end: number): Section {
  return {
    kind,
    number: null,
    style: null,
    depth: 0,
    parent: null,
    start,
    end,
    bodyStart: start,
    heading: null,
    headingBearer: null,
  };
}

/**
 * The closing paragraph(s) after the last numbered section: when the last section has more
 * body paragraphs than any earlier section, the extra ones are the closing (Jilin's final
 * "各级党委（党组）要及时向省委报告……" paragraph after item 13).
 */
function splitClosing(view: TextView, sections: Section[]): void {
  const numbered = sections.filter((s) => s.kind === "numbered");
  const last = numbered[numbered.length - 1];
  if (!last) return;
  const bodyParas = (s: Section) => paragraphs(view, s.bodyStart, s.end).length;
  const earlier = numbered
    .slice(0, -1)
    .map(bodyParas)
    .filter((n) => n > 0);
  const typical = earlier.length > 0 ? Math.max(...earlier) : 1;
  const paras = paragraphs(view, last.bodyStart, last.end);
  if (paras.length <= typical) return;
  const closingStart = paras[typical]![0];
  const closing = plain("closing", closingStart, last.end);
  last.end = closingStart;
  sections.push(closing);
}

/**
 * A numbered section's heading: a paragraph of its own; a short first sentence with no
 * subject ("（一）落实党政同责。"); or, for Chinese-numeral styles, a heading run into the
 * first body sentence with no punctuation (Sichuan: "……紧迫感新型冠状病毒……").
 */
function findHeading(view: TextView, section: Section, hasSubsections: boolean): void {
  const c = view.compact;
  const cs = section.bodyStart;
  if (cs >= section.end) return;
  const paras = paragraphs(view, cs, section.end);
  const [, pEnd] = paras[0]!;
  const para = c.slice(cs, pEnd);
  const moreFollows = pEnd < section.end || hasSubsections;
  let sentenceEnds = 0;
  for (let i = cs; i < pEnd; i++) if (SENTENCE_END.includes(c[i]!)) sentenceEnds++;
  const hits = new Hits(c, cs, Math.min(pEnd, cs + THRESHOLDS.headingScan));
  // Modals inside quotation marks (严格落实“三个必须”) are quoted names, not commands.
  const hasModal = hasCommand.bind(null, c, hits);

  let headingEnd: number | null = null;
  // A line of its own without a sentence end is a title, unless it is a whole directive
  // whose final stop is missing (commas, a modal, and nothing else in the section).
  const clauses = para.split("，").length;
  if (
    sentenceEnds === 0 &&
    para.length <= THRESHOLDS.headingLineMax &&
    clauses <= 2 &&
    (moreFollows || !hasModal(cs, pEnd))
  )
    headingEnd = pEnd;
  else if (
    moreFollows &&
    sentenceEnds === 1 &&
    SENTENCE_END.includes(para[para.length - 1]!) &&
    para.length <= THRESHOLDS.headingSentenceMax &&
    !para.includes("，") &&
    !hasModal(cs, pEnd) &&
    !namesAgent(c, hits, cs, pEnd)
  )
    headingEnd = pEnd;
  else {
    const firstEnd = firstSentenceEnd(c, cs, pEnd);
    const sentence = c.slice(cs, firstEnd);
    if (
      firstEnd < pEnd &&
      sentence.length <= THRESHOLDS.runInSentenceMax &&
      !sentence.includes("，") &&
      !hasModal(cs, firstEnd) &&
      !topicBearer(c, hits, cs, firstEnd)
    )
      headingEnd = firstEnd;
    // A run-in heading leads into a body of more than one sentence; a numbered item that is a
    // single sentence has no heading inside it.
    // A body that opens with a bare modal ("五、要把……") is a directive, never a heading.
    else if (
      section.style &&
      HEADED_STYLES.has(section.style) &&
      firstEnd < section.end - 1 &&
      !hits.of("modal").some((h) => h.start === cs)
    )
      headingEnd = runInBoundary(view, hits, cs, firstEnd);
  }
  if (headingEnd === null || headingEnd <= cs) return;
  section.heading = [cs, headingEnd];
  section.bodyStart = headingEnd;
  section.headingBearer = headingBearerOf(c, hits, cs, headingEnd);
}

/** "……由各学院自行收齐留存": a rule that names who carries it out is body text, not a title. */
function namesAgent(c: string, hits: Hits, from: number, to: number): boolean {
  const by = c.slice(from, to).indexOf("由");
  return by >= 0 && topicBearer(c, hits, from + by + 1, to) !== null;
}

function hasCommand(c: string, hits: Hits, from: number, to: number): boolean {
  return [...hits.of("modal"), ...hits.of("prohibition")].some(
    (h) => h.start >= from && h.end <= to && !isInsideQuote(c, from, h.start),
  );
}

function firstSentenceEnd(c: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if ("。！？".includes(c[i]!)) return i + 1;
  return to;
}

function headingBearerOf(c: string, hits: Hits, from: number, to: number): FoundBearer | null {
  const modal = [...hits.of("modal"), ...hits.of("prohibition")]
    .filter((h) => h.start >= from && h.end <= to)
    .sort((a, b) => a.start - b.start)[0];
  if (modal) {
    const found = bearerBeforeModal(c, from, modal.start);
    if (found) return found;
  }
  return topicBearer(c, hits, from, to);
}

/**
 * Where a heading run into its body ends. Candidates are positions with no punctuation
 * before them where a new sentence plausibly starts: whitespace; a subject (determiner or
 * head noun) or a descriptive opener not governed by the word before it; or the close of a
 * parallel list ("守土有责、守土担责、守土尽责|生命……"). The first candidate that leaves a
 * heading of at most three clauses and a body clause of four characters or more wins.
 */
function runInBoundary(view: TextView, hits: Hits, cs: number, sentenceEnd: number): number | null {
  const c = view.compact;
  const limit = Math.min(cs + THRESHOLDS.runInReach, sentenceEnd - 4);
  const actors = hits.of("actor");
  const openers = hits.of("opener");
  // Headings command positively: the heading ends before the first prohibition or request.
  let stop = Infinity;
  for (const h of hits.of("prohibition")) if (h.start >= cs) stop = Math.min(stop, h.end);
  // 要 stays allowed: run-in headings often say who must act ("各级领导班子……要把……").
  for (const h of hits.of("modal")) {
    if (h.start >= cs && c[h.start] !== "要" && !isInsideQuote(c, cs, h.start)) {
      stop = Math.min(stop, h.end);
    }
  }
  for (let p = cs + 6; p < limit; p++) {
    const prev = c[p - 1]!;
    if ("，。；：！？、“”（）《》".includes(prev) || "，。；：！？、”）》".includes(c[p]!))
      continue;
    const heading = c.slice(cs, p);
    if (heading.split("，").length > 3) break;
    if (stop <= p) break;
    const spaced = view.gap[p]! > 0;
    const subject =
      (hits.at("det", p) !== undefined && actors.some((a) => a.start > p && a.start <= p + 4)) ||
      actors.some((a) => a.start === p);
    // "……工作保障|各级防汛抗旱指挥部要……": a determiner, its head and a modal start a sentence
    // even after a word that could govern a noun.
    const det = hits.at("det", p);
    const subjectWithModal =
      det !== undefined &&
      actors.some(
        (a) =>
          a.start >= det.end &&
          a.start <= p + 8 &&
          !/[，。；：]/.test(c.slice(p, a.start)) &&
          hits.of("modal").some((m) => m.start === a.end && c[m.start] === "要"),
      );
    const opener = openers.find((o) => o.start === p);
    // "当前，……": an opener followed by a comma starts a sentence whatever precedes it.
    const openerStartsSentence = opener !== undefined && c[opener.end] === "，";
    const candidate =
      spaced ||
      openerStartsSentence ||
      ((subject || opener !== undefined) && !isGoverned(c, hits, p)) ||
      subjectWithModal ||
      closesParallelList(c, cs, p) ||
      startsBareModal(c, hits, cs, p);
    if (!candidate) continue;
    // Never inside a word or phrase the lexicons know ("主要|负责同志"), nor inside a noun
    // phrase a determiner opened ("各级防汛抗旱|指挥部").
    if (hits.all.some((h) => h.start < p && p < h.end)) continue;
    if (subject && opensNounPhraseBefore(c, hits, p)) continue;
    let e = p;
    while (e < sentenceEnd && !CLAUSE_BREAKS.includes(c[e]!)) e++;
    if (e - p < 4 && !openerStartsSentence) continue;
    return p;
  }
  return null;
}

/** A determiner shortly before `p` with no punctuation and no head noun between them. */
function opensNounPhraseBefore(c: string, hits: Hits, p: number): boolean {
  const det = hits
    .of("det")
    .filter((h) => h.end <= p && p - h.end <= 6)
    .pop();
  if (!det) return false;
  if (/[，。；：、“”（）]/.test(c.slice(det.end, p))) return false;
  return !hits.of("actor").some((a) => a.end > det.end && a.end <= p);
}

function isGoverned(c: string, hits: Hits, p: number): boolean {
  if (GOVERNING_BEFORE.some((w) => p >= w.length && c.startsWith(w, p - w.length))) return true;
  // Inside a noun phrase or right after a verb: a determiner, head noun or verb ends here.
  return hits.all.some(
    (h) =>
      h.end === p && (h.tag.cat === "det" || h.tag.cat === "actor" || h.tag.cat === "imperative"),
  );
}

/**
 * A body that opens with a bare "要……" right after a heading that already commanded
 * ("……严密防线要坚持党建引领"): the modal has no subject of its own before it.
 */
function startsBareModal(c: string, hits: Hits, cs: number, p: number): boolean {
  if (!hits.of("modal").some((h) => h.start === p)) return false;
  if (ADVERBS_BEFORE_MODAL.includes(c[p - 1]!)) return false;
  if (hits.all.some((h) => h.end === p && (h.tag.cat === "actor" || h.tag.cat === "det"))) {
    return false;
  }
  const commands = [...hits.of("modal"), ...hits.of("imperative")];
  return commands.some((h) => h.start >= cs && h.end <= p - 2);
}

/** p closes a list whose middle items share length and final character with the cut item. */
function closesParallelList(c: string, cs: number, p: number): boolean {
  let clauseStart = p;
  while (clauseStart > cs && c[clauseStart - 1] !== "，") clauseStart--;
  const before = c.slice(clauseStart, p);
  const items = before.split("、");
  if (items.length < 3) return false;
  const last = items[items.length - 1]!;
  const middle = items.slice(1, -1);
  const length = middle[0]!.length;
  if (length < 3 || length > 6 || last.length !== length) return false;
  const tail = middle[0]![length - 1];
  if (!middle.every((m) => m.length === length && m[length - 1] === tail)) return false;
  if (last[length - 1] !== tail) return false;
  return !PARTICLES.includes(c[p]!);
}
