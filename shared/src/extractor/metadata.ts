import { headOf, stripTrailingParen } from "./phrase";
import { FOOTER_MARKERS, HEADER_MARKERS, NEWS_MARKERS, PAGE_LABELS } from "./lexicon/discourse";
import type { TextView } from "./text-view";
import { THRESHOLDS } from "./lexicon/thresholds";

/** Where the notice lies inside the page, in compact indices, and what it says about itself. */
export interface Bounds {
  /** First compact index of the notice (the salutation, or the first body paragraph). */
  bodyStart: number;
  /** First compact index after the salutation's colon, where units begin. */
  unitsStart: number;
  /** Where units end: the signature's start, or the footer's. */
  unitsEnd: number;
  /** Where the notice ends, signature included (compact). */
  bodyEnd: number;
  addressees: string[];
  issuer: string | null;
  date: string | null;
  /** The issuer a title line names ("中国矿业大学总务部党委关于……的通知"), if any. */
  titleIssuer: string | null;
  /** A report about a notice (no salutation, news markers): only the notice's voice directs. */
  isNewsReport: boolean;
  /** A news report's lead before the notice's full text: never items, but it may name the group bound. */
  newsLead: [number, number] | null;
}

const SENTENCE_END = new Set(["。", "！", "？"]);

/** A salutation comes before the body: two sentences before a colon mean the body has begun. */
const SALUTATION_MAX_SENTENCES_BEFORE = 2;

/** Where the body has begun: the end of the second sentence after `from`. */
function bodyBegins(c: string, from: number, limit: number): number {
  let n = 0;
  for (let i = from; i < limit; i++) {
    if (SENTENCE_END.has(c[i]!) && ++n >= SALUTATION_MAX_SENTENCES_BEFORE) return i;
  }
  return limit;
}

/**
 * An attached plan is read as part of the notice only when it is real prose: a schedule table
 * or a form after the signature has few sentences. Two sentences and 100 characters keep the
 * shortest plan excerpt seen (a guiding paragraph and one principle) and drop tables.
 */
const ATTACHMENT = { minChars: 100, minSentences: 2 } as const;

/** Paragraph ranges [start, end) in compact indices, from the view's breaks. */
export function paragraphs(view: TextView, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || view.brk[i] === 1) {
      if (i > start) out.push([start, i]);
      start = i;
    }
  }
  return out;
}

export function findBounds(view: TextView): Bounds {
  const c = view.compact;
  // "本报讯……印发《……通知》。全文如下：": the notice starts after the report's marker.
  const wrapperEnd = findNewsWrapper(c);
  const salutation = findSalutation(view, wrapperEnd ?? 0);
  const signature = findSignature(view, salutation?.end ?? wrapperEnd ?? 0);
  let unitsEnd = c.length;
  let bodyEnd = c.length;
  if (signature) {
    unitsEnd = signature.start;
    bodyEnd = signature.end;
    // A transmittal's attached plan follows the signature on the same page: it is read too.
    const footer = c.startsWith("附件", signature.end) ? findFooter(view, signature.end) : -1;
    if (footer > signature.end && isAttachedText(c.slice(signature.end, footer))) {
      unitsEnd = footer;
      bodyEnd = footer;
    }
  } else {
    const footer = findFooter(view, salutation?.end ?? wrapperEnd ?? 0);
    unitsEnd = footer;
    bodyEnd = footer;
  }
  let bodyStart = salutation?.start ?? skipHeader(view, unitsEnd, wrapperEnd ?? 0);
  let unitsStart = salutation?.end ?? bodyStart;
  if (bodyStart > unitsEnd) {
    bodyStart = 0;
    unitsStart = 0;
  }
  const titleIssuer = issuerInTitle(view, bodyStart);
  const isNewsReport =
    wrapperEnd === null && !salutation && NEWS_MARKERS.some((m) => c.includes(m));
  const newsLead: [number, number] | null =
    wrapperEnd === null ? null : [skipHeader(view, wrapperEnd), wrapperEnd];
  return {
    bodyStart,
    unitsStart,
    unitsEnd,
    bodyEnd,
    addressees: salutation?.addressees ?? [],
    issuer: signature?.issuer ?? null,
    titleIssuer,
    date: signature?.date ?? null,
    isNewsReport,
    newsLead,
  };
}

/** The issuer named at the start of a title line before the body ("……党委关于……的通知"). */
function issuerInTitle(view: TextView, bodyStart: number): string | null {
  for (const [s, e] of paragraphs(view, 0, Math.min(bodyStart, TITLE_REACH))) {
    const m = TITLED_ISSUER.exec(view.compact.slice(s, e));
    if (m) return m[1]!;
  }
  return null;
}

const TITLED_ISSUER =
  /^((?:中共)?[^，。：；“”《》]{2,30}?(?:委员会|党委|工委|党工委|总支|支部|政府|局|厅|委|办公室|部|院|校|公司|集团|指挥部|领导小组|中心))(?:关于)/;
/** Titles stand in the first few hundred characters. */
const TITLE_REACH = 400;

/**
 * The end of a news report's lead when the report carries the notice's full text: after
 * "全文如下", or after "通知如下" in a text that a news marker (本报讯, 新华社……电) opens.
 */
function findNewsWrapper(c: string): number | null {
  const marker = /全文如下[：。]?|(?:通知|内容)如下[：。]?/g;
  let m: RegExpExecArray | null;
  while ((m = marker.exec(c)) && m.index < NEWS_LEAD_REACH) {
    const before = c.slice(0, m.index);
    const isReport =
      m[0].startsWith("全文") ||
      NEWS_MARKERS.some((n) => before.includes(n)) ||
      /日电/.test(before);
    if (isReport && c.length - (m.index + m[0].length) > 0) return m.index + m[0].length;
  }
  return null;
}

/** How far into a page a news lead may run before the full text starts. */
const NEWS_LEAD_REACH = 1500;

/**
 * Prose after the signature that is an attached document, not a table or page furniture:
 * it opens with an attachment label and holds several sentences of its own.
 */
function isAttachedText(after: string): boolean {
  if (after.length < ATTACHMENT.minChars || !/^附件\d*[：:]?/.test(after)) return false;
  let sentences = 0;
  for (const ch of after) if (SENTENCE_END.has(ch)) sentences++;
  return sentences >= ATTACHMENT.minSentences;
}

/** Splits at top-level commas (never inside parentheses). */
function splitTopLevel(s: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "（") depth++;
    else if (ch === "）") depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * The salutation: the first "…：" in the first half of the text whose part before the colon
 * (from the last paragraph start or sentence end) is a list of bodies, each ending in a head
 * noun (各市（州）党委，省委各部委，…：).
 */
function findSalutation(view: TextView, after: number) {
  const c = view.compact;
  const limit = after + Math.max(THRESHOLDS.salutationReach, Math.floor((c.length - after) * 0.5));
  const bodyBegun = bodyBegins(c, after, limit);
  let from = after;
  for (;;) {
    const colon = c.indexOf("：", from);
    if (colon < 0 || colon > limit) return null;
    from = colon + 1;
    let start = colon;
    while (start > 0 && colon - start < THRESHOLDS.salutationMax) {
      const prev = c[start - 1]!;
      if (view.brk[start] === 1 || SENTENCE_END.has(prev) || prev === "：" || prev === "；") break;
      start--;
    }
    // A salutation opens a paragraph or follows a sentence; "来源：…作者：" does not.
    if (start > 0 && view.brk[start] !== 1 && !SENTENCE_END.has(c[start - 1]!)) continue;
    let list = c.slice(start, colon);
    if (HEADER_MARKERS.some((m) => list.includes(m))) continue;
    // A page label ("作者：", "日期：", "附件：") is not a list of addressees.
    if (PAGE_LABELS.some((label) => list.endsWith(label))) continue;
    if (list.length < 2 || list.length > THRESHOLDS.salutationMax) continue;
    // Once the body has begun (sentences before the colon), a "…：" is a field, not a salutation.
    if (start > bodyBegun) return null;
    // A one-line copy runs the title into the salutation: "……的通知各县（市、区）教育局，……".
    const titled = /^.{2,80}?的?通知(?=各)/.exec(list);
    if (titled) {
      start += titled[0].length;
      list = list.slice(titled[0].length);
    }
    const parts = splitTopLevel(list, "，；");
    const named = parts.filter((p) => headOf(p) !== null || /^各.+/.test(stripTrailingParen(p)));
    if (
      parts.length > 0 &&
      named.length === parts.length &&
      parts.every((p) => p.length <= THRESHOLDS.addresseeMax)
    ) {
      return { start, end: colon + 1, addressees: parts };
    }
  }
}

const CN_DIGITS: Record<string, number> = Object.fromEntries(
  [..."〇一二三四五六七八九"].map((ch, i) => [ch, i]),
);
CN_DIGITS["○"] = 0;
CN_DIGITS["零"] = 0;
// Web copies write the zero of a Chinese-numeral year with the letter O or the digit 0 (二O一四, 二0一0).
CN_DIGITS["O"] = 0;
CN_DIGITS["Ｏ"] = 0;
CN_DIGITS["0"] = 0;

/** 二〇二〇 → 2020 (digit by digit); 二十九 → 29; plain digits pass through. */
export function parseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[0-9OＯ〇○零一二三四五六七八九]+$/.test(s) && /[一二三四五六七八九]/.test(s)) {
    let n = 0;
    for (const ch of s) n = n * 10 + (CN_DIGITS[ch] ?? 0);
    return n;
  }
  if (s.includes("十")) {
    const [tens, ones] = s.split("十");
    return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
  }
  let n = 0;
  for (const ch of s) n = n * 10 + (CN_DIGITS[ch] ?? 0);
  return n;
}

const CN_NUM = "[〇○零OＯ0一二三四五六七八九十]";
const DATE = new RegExp(
  `(\\d{4}|${CN_NUM}{4})年(\\d{1,2}|${CN_NUM}{1,3})月(\\d{1,2}|${CN_NUM}{1,3})日`,
  "g",
);
const ISSUER_LINE = /(委|委员会|党组|工委|政府|办公室|办公厅|部|厅|局|指挥部|领导小组|组)$/;

/**
 * The signature: the last full date that ends a paragraph or the text, or that is followed by
 * page furniture, preceded by issuer lines (each ending like a body: 委, 办公室, 政府 …).
 */
function findSignature(view: TextView, after: number) {
  const c = view.compact;
  let match: RegExpExecArray | null;
  let best: { start: number; end: number; issuer: string | null; date: string } | null = null;
  DATE.lastIndex = after;
  while ((match = DATE.exec(c))) {
    const dateStart = match.index;
    const dateEnd = dateStart + match[0].length;
    const followedByEnd =
      dateEnd === c.length ||
      view.brk[dateEnd] === 1 ||
      (c[dateEnd] === "（" && !/^（(?:星期|周)/.test(c.slice(dateEnd, dateEnd + 3))) ||
      FOOTER_MARKERS.some((m) => c.startsWith(m, dateEnd));
    if (!followedByEnd) continue;
    // Issuer: from the last sentence end before the date, split at paragraph breaks.
    let start = dateStart;
    while (start > after && !SENTENCE_END.has(c[start - 1]!) && dateStart - start < 80) start--;
    const chunk = c.slice(start, dateStart);
    const lines: string[] = [];
    let lineStart = start;
    for (let i = start + 1; i <= dateStart; i++) {
      if (i === dateStart || view.brk[i] === 1) {
        if (i > lineStart) lines.push(c.slice(lineStart, i));
        lineStart = i;
      }
    }
    // The issuer lines are the block right above the date (a phone line may precede them).
    const issuerLines: string[] = [];
    for (let k = lines.length - 1; k >= 0; k--) {
      const line = lines[k]!;
      if (line.length > THRESHOLDS.issuerLineMax || !ISSUER_LINE.test(line)) break;
      issuerLines.unshift(line);
    }
    const isIssuer = issuerLines.length > 0;
    const standsAlone = chunk.length === 0 || view.brk[dateStart] === 1;
    if (!isIssuer && !standsAlone) continue;
    const issuerLength = issuerLines.reduce((n, l) => n + l.length, 0);
    const [y, m, d] = [match[1]!, match[2]!, match[3]!].map(parseNumber) as [
      number,
      number,
      number,
    ];
    if (m < 1 || m > 12 || d < 1 || d > 31) continue;
    const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    best = {
      start: isIssuer ? issuerStart(view, dateStart, issuerLength) : dateStart,
      end: dateEnd,
      issuer: isIssuer ? issuerLines.join("、") : null,
      date: iso,
    };
  }
  return best;
}

/** Compact index where the issuer block of `length` characters before `dateStart` begins. */
function issuerStart(view: TextView, dateStart: number, length: number): number {
  return dateStart - length;
}

/**
 * Page furniture after the notice: the trailing run of paragraphs that carry a footer marker
 * or are short lines without a sentence end (link lists), if the run has a marker at all.
 * A marker after the last sentence end of the last paragraph also cuts it.
 */
function findFooter(view: TextView, after: number): number {
  const c = view.compact;
  const paras = paragraphs(view, after, c.length);
  let cut = c.length;
  let sawMarker = false;
  for (let k = paras.length - 1; k >= 0; k--) {
    const [s, e] = paras[k]!;
    const text = c.slice(s, e);
    const marker = FOOTER_MARKERS.some((m) => text.includes(m));
    const shortLine =
      text.length <= THRESHOLDS.footerLineMax && ![...SENTENCE_END].some((x) => text.includes(x));
    if (marker || shortLine) {
      sawMarker ||= marker;
      cut = s;
      continue;
    }
    // Inside the last real paragraph: furniture after its last sentence end.
    let lastEnd = -1;
    for (const x of SENTENCE_END) lastEnd = Math.max(lastEnd, text.lastIndexOf(x));
    const tail = text.slice(lastEnd + 1);
    const at = Math.min(
      ...FOOTER_MARKERS.map((m) => tail.indexOf(m)).filter((i) => i >= 0),
      Number.POSITIVE_INFINITY,
    );
    if (Number.isFinite(at)) return s + lastEnd + 1 + at;
    break;
  }
  return sawMarker ? cut : c.length;
}

/**
 * Without a salutation, the notice starts after the page header: leading paragraphs that
 * carry a header marker or have no sentence end (navigation, title, date line).
 */
function skipHeader(view: TextView, end: number, from = 0): number {
  const c = view.compact;
  for (const [s, e] of paragraphs(view, from, end)) {
    const text = c.slice(s, e);
    const marker = HEADER_MARKERS.some((m) => text.includes(m));
    const hasSentence = [...SENTENCE_END].some((x) => text.includes(x));
    if (marker && text.length <= THRESHOLDS.headerMarkerLineMax) continue;
    if (
      !hasSentence &&
      text.length <= THRESHOLDS.headerTitleMax &&
      !/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])/.test(text)
    )
      continue;
    return s;
  }
  return 0;
}
