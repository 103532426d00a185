import type { UnitRule } from "../contract/unit-rules";
import type { Hit, Hits } from "./hits";
import { CITING_PREPOSITIONS, INTRO_FORMULAE } from "./lexicon/discourse";
import { isIssuerSubject, topicBearer } from "./bearer";
import { isInsideName, isInsideQuote } from "./quotes";
import {
  BEFORE_BARE_BU,
  CLAUSE_BREAKS,
  CONTACT,
  DECISION,
  FRAMING_CLAUSE_ENDINGS,
  FRAMING_CLAUSE_OPENERS,
  ISSUER_NOW,
  LIST_INTRO,
  NOT_PROHIBITIVE_AFTER_BU,
  SLOGAN_TURN,
  VERB_ADVERBS,
} from "./lexicon/clauses";

export interface UnitContext {
  /** Compact text of the whole document. */
  compact: string;
  from: number;
  to: number;
  hits: Hits;
  /** True before the preamble's "通知如下": imperatives there state purposes, not duties. */
  inIntro: boolean;
  /** Whether the previous unit of the section was a directive (lists continue it). */
  previousDirective: boolean;
  /** The previous unit stopped mid-sentence (at ； or ：): this one continues its sentence. */
  continuesSentence: boolean;
  /** The section's heading names a field ("值班时间", "服务内容"). */
  inField: boolean;
  /** The unit lies in the preamble, before the first numbered part. */
  inPreamble: boolean;
  issuer: string | null;
}

export interface Classification {
  isDirective: boolean;
  /** The rule that decided (contract/unit-rules.ts). */
  rule: UnitRule;
  /** Where the bearer the rule relied on stands, when it is not at the unit's start. */
  subjectAt?: number;
  modals: Hit[];
  prohibitions: Hit[];
}

const QUOTE_FOLLOWERS = "，：“「";
/** Modifiers that make 要求 a noun ("相关要求", "部署要求"), not a verb of saying. */
const NOUN_BEFORE_SAY = [
  "相关",
  "有关",
  "各项",
  "部署",
  "工作",
  "具体",
  "总体",
  "基本",
  "纪律",
  "规定",
  "上级",
];
const AFTER_QUOTE_SPEAKER = /^[^“”，。；]{0,20}?(?:说|表示|介绍|坦言|感慨|告诉记者)/;

// 是 as a copula, not inside 特别是/但是/凡是 … nor the enumerators 一是/二是 ….
const COPULA = /(?<![特别尤其还但而凡于总只要一二三四五六七八九十就即])是(?!否)/;
const ENUMERATOR = /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]，|其次，|再次，|最后，)/;
const DESCRIPTIVE = /了(?!解)|已经|已(?!有)|正在|取得|得到|纷纷/;
const PERMISSION = /可以|可根据|可适当|可视情|可随时|可自行|可结合|可参照|可按|可分为|可由|可不/;
const ENCOURAGEMENT = /^(?:鼓励|提倡|倡议|欢迎)/;
const FUTURE =
  /^将(?:严肃|依|纳入|予以|追究|对|视情|给予|从严|通过|适时|随时|不定期|定期|组织|开展|进行|在|于|按照|根据|派|抽查|督查|检查|通报)/;
const DEADLINE_REPORT =
  /于[^，。；]{1,14}前[^。；]{0,24}(?:报送|报告|上报|报|提交|交至|发送)|(?:报送|上报|报告)时间为|每[日天周月]一报/;
/** A formula that introduces what follows or closes the notice. */
const FORMULA =
  /(?:如下[：。]?$)|(?:提出|制定|通知|安排|明确)如下[^。；，]{0,12}[：。]?$|全文如下|特此通知|特此函告/;
/** Verbs of disposal after 将/把 that make "将……报……" a duty, not the future. */
const DISPOSAL = /^[将把][^，。；]{1,30}(?:(?<!通)报|纳入|落实|交|送|上传|发送|提交|存入)/;
/** 把 + object + a verb of placing: "把……贯穿于……全过程", "把……作为……". */
const BA_CONSTRUCTION =
  /^把[^。；]{1,40}?(?:贯穿|作为|纳入|放在|摆在|落实到|融入|当作|当成|转化为|体现在|抓在)/;
/** A passive agent naming the bearer: "……由各学院自行收齐留存". */
const AGENT_BY =
  /由(?=[^，。；]{2,24}?(?:负责|自行|统一|发展|组织|收齐|上报|报送|安排|落实|填写|审核|汇总))/;

/** The directive reading of a unit: positive evidence, then the clause grammar. */
function verdictOf(
  isDirective: boolean,
  modals: Hit[],
  prohibitions: Hit[],
  rule: UnitRule,
): Classification {
  return { isDirective, rule, modals, prohibitions };
}

/**
 * Decides whether a unit directs someone (docs/responsibility-model.md, "Responsibility item").
 * Order matters: formulae, reported speech, the issuer's own acts, slogans, encouragements
 * and permissions are excluded before modals count, so a leader's quoted "必须" or "《通知》
 * 要求……要" is not this notice's directive; then modal and prohibitive cues; then the clause
 * grammar of directives with no modal (imperatives, a named bearer and its verb, 把……,
 * 由……负责, lists continuing a directive, fields that prescribe).
 */
export function classifyUnit(ctx: UnitContext): Classification {
  const { compact, from, to, hits } = ctx;
  // A list label ("具体内容是：") only introduces the duties after it.
  const intro = LIST_INTRO.exec(compact.slice(from, to));
  const bodyFrom = intro ? from + intro[0].length : from;
  const text = compact.slice(bodyFrom, to);
  const modals = commandingCues(compact, hits.of("modal"), from, to, false);
  // "因特殊情况不能参加……的，须……": a ban inside a condition states the case, it bans nothing.
  const listed = commandingCues(compact, hits.of("prohibition"), from, to, true);
  const prohibitions = [...listed, ...bareProhibitions(compact, hits, from, to)].sort(
    (a, b) => a.start - b.start,
  );
  // Plain functions, not closures: this runs once per unit (closures cost on hot paths).
  const no = verdictOf.bind(null, false, modals, prohibitions);
  const yes = verdictOf.bind(null, true, modals, prohibitions);

  if (CONTACT.test(text)) return no("contact");
  // "参加人员：……" lists; "值班安排：实行……制度" prescribes.
  const field = FIELD_LABEL.exec(text);
  if (field) {
    const valueAt = bodyFrom + field[0].length;
    return modals.length > 0 || imperativeAtAnyClause(compact, hits, valueAt, to)
      ? yes("field-action")
      : no("field-list");
  }
  if (FORMULA.test(text) || INTRO_FORMULAE.some((f) => text.includes(f))) {
    // "现将报告转发给你们，各党支部抓好学习，现就……安排如下": the formula frames a duty.
    const subjectAt = directiveClauseSubject(ctx, bodyFrom, modals);
    if (subjectAt === null) return no("formula");
    if (subjectAt < 0) return yes("request");
    return { ...yes("subject-imperative"), subjectAt };
  }
  if (isReportedSpeech(ctx, modals, prohibitions)) return no("reported-speech");
  if (modals.length === 0 && (DECISION.test(text) || ISSUER_NOW.test(text))) {
    return no("issuer-action");
  }
  if (isSlogan(compact, from, to, modals, prohibitions)) return no("slogan");
  if (modals.length === 0 && ENCOURAGEMENT.test(text)) return no("encouragement");
  // "严禁跑官要官": the ban comes first; the 要 inside its object commands nothing.
  const bansFirst = prohibitions.length > 0 && prohibitions[0]!.start < (modals[0]?.start ?? to);
  if (modals.length > 0 && !bansFirst) {
    const first = compact.slice(modals[0]!.start, modals[0]!.end);
    if (REQUEST_MODALS.has(first)) return yes("request");
    if (/^应?达到|^不低于/.test(compact.slice(modals[0]!.end, modals[0]!.end + 3))) {
      return yes("quota");
    }
    return yes("modal");
  }
  if (listed.some((h) => CAPS.has(compact.slice(h.start, h.end)))) return yes("quota");
  if (modals.length === 0 && prohibitions.length === 0 && PERMISSION.test(text)) {
    return no("permission");
  }
  if (prohibitions.length > 0) return yes("prohibition");
  if (ctx.inIntro) return no("no-directive-cue");

  const descriptive = DESCRIPTIVE.test(text) || COPULA.test(text);
  // A list continuing a directive: "重点做好以下工作：一是……；二是……；三是……".
  if (ENUMERATOR.test(text) && ctx.previousDirective) return yes("list-continuation");
  const clauseStart = mainClauseStart(compact, bodyFrom, to);
  const clauseText = compact.slice(clauseStart, to);
  // In the preamble, "为……，进一步推进……" states the notice's purpose, not a duty.
  if (
    ctx.inPreamble &&
    /^(?:为|为了)/.test(text) &&
    !hasSubjectAt(compact, hits, clauseStart, to)
  ) {
    return no("rationale");
  }
  if (FUTURE.test(clauseText)) return no("issuer-action");
  if (startsImperative(compact, hits, clauseStart)) {
    return descriptive ? no("descriptive") : yes("imperative");
  }
  if (BA_CONSTRUCTION.test(clauseText) && !descriptive) return yes("imperative");
  // A named subject followed by an imperative verb ("在职党员每周参加……").
  const subject = topicBearer(compact, hits, clauseStart, to);
  if (subject) {
    if (isIssuerSubject(subject.text, ctx.issuer)) return no("issuer-action");
    const verbAt = afterAdverbials(compact, subject.end, to);
    const rest = compact.slice(verbAt, to);
    if (/^将/.test(rest) && !DISPOSAL.test(rest)) return no("issuer-action");
    const verb = hits.of("imperative").find((h) => h.start === verbAt);
    if ((verb || DISPOSAL.test(rest)) && !descriptive) return yes("subject-imperative");
  }
  if (AGENT_BY.test(text) && !descriptive) {
    // Search inside the unit only: indexOf on the whole text would make long inputs quadratic.
    const by = bodyFrom + text.indexOf("由");
    if (by >= bodyFrom && topicBearer(compact, hits, by + 1, to)) return yes("subject-imperative");
  }
  if (DEADLINE_REPORT.test(text) && !descriptive) return yes("deadline");
  // "县纪委监委将成立专项督查组……": a body's stated future action, the issuer's or a third's.
  if (BODY_WILL.test(clauseText)) return no("issuer-action");
  // "……；" then "始终牢记……，全力筑好……；": the same sentence goes on commanding.
  if (ctx.continuesSentence && ctx.previousDirective && !descriptive && !subject) {
    return yes("list-continuation");
  }
  if (ctx.inField && !descriptive && imperativeAtAnyClause(compact, hits, bodyFrom, to)) {
    return yes("field-action");
  }
  return no(descriptive ? "descriptive" : "no-directive-cue");
}

function hasSubjectAt(compact: string, hits: Hits, at: number, to: number): boolean {
  return topicBearer(compact, hits, at, to) !== null;
}

/** Cue hits of the unit that command: not inside a name, nor (for bans) inside a condition. */
function commandingCues(
  compact: string,
  candidates: Hit[],
  from: number,
  to: number,
  isBan: boolean,
): Hit[] {
  const out: Hit[] = [];
  for (const h of candidates) {
    if (h.start < from || isInsideName(compact, from, h.start)) continue;
    // 望 and 希望 ask only where a clause starts ("望全体教职员工……"), not mid-phrase.
    if (!isBan && compact[h.end - 1] === "望" && !opensClause(compact, from, h.start)) continue;
    if (isBan && inConditionClause(compact, h.start, to)) continue;
    out.push(h);
  }
  return out;
}

function opensClause(compact: string, from: number, at: number): boolean {
  return at === from || CLAUSE_BREAKS.includes(compact[at - 1]!);
}

/** A body followed by 将 and an act of its own (not 将 + object + 报: that disposes). */
const BODY_WILL =
  /^[^，。；]{2,16}?将(?:成立|组织|开展|采取|进行|对|适时|不定期|定期|随时|通过|派出|抽查|督查|检查|通报|严肃|依纪|依法|视情)/;

/** A field label inside a unit: "参加人员：", "值班安排：". */
const FIELD_LABEL = /^[^，。；：]{0,8}(?:时间|地点|对象|人员|安排|方式|范围|议程)：/;

/** Whether `at` lies in a clause that ends in 的 before a comma: a condition or topic. */
function inConditionClause(compact: string, at: number, to: number): boolean {
  let e = at;
  while (e < to && !CLAUSE_BREAKS.includes(compact[e]!)) e++;
  return compact[e] === "，" && compact[e - 1] === "的";
}

/** Slogans are short: two parallel clauses of a few characters each (节日放假，但纪律意识不能放假). */
const SLOGAN_MAX = 24;

/** Modals that ask rather than order: the issuer's requests to the addressees. */
const REQUEST_MODALS = new Set(["请", "望", "希望", "务请"]);
/** Prohibitive caps: "一般不超过三分之一". */
const CAPS = new Set(["不超过", "不得超过", "一般不超过", "不多于", "不高于"]);

/**
 * Where the main clause starts: after leading framing clauses (basis, purpose, condition,
 * time: "根据……，按……原则，协助……"), at most three of them.
 */
export function mainClauseStart(compact: string, from: number, to: number): number {
  let clauseStart = from;
  for (let k = 0; k < 3; k++) {
    // Search inside the unit only: indexOf on the whole text would make long inputs quadratic.
    const offset = compact.slice(clauseStart, to).indexOf("，");
    if (offset < 0) break;
    const comma = clauseStart + offset;
    const clause = compact.slice(clauseStart, comma);
    const framing =
      FRAMING_CLAUSE_ENDINGS.test(clause) ||
      FRAMING_CLAUSE_OPENERS.some((w) => clause.startsWith(w)) ||
      TEMPORAL_CLAUSE.test(clause);
    if (!framing) break;
    clauseStart = comma + 1;
  }
  return clauseStart;
}

/** A clause that only gives a time: "腊月三十上午及初四、初五", "2月25日前", "两会期间（……）". */
const TEMPORAL_CLAUSE =
  /^[^，]{0,24}(?:期间|前|后|日|时|上午|下午|晚上|以来)(?:（[^）]{0,16}）)?$|^(?:[^，]{0,6}[日午]及)?(?:初[一二三四五六七八九十]、?)+$/;

/** An imperative verb at `at`, or after a short time prefix ("节前，", "每周一"). */
function startsImperative(compact: string, hits: Hits, at: number): boolean {
  const imperative = hits.of("imperative").find((h) => h.start >= at && h.start <= at + 30);
  if (!imperative) return false;
  if (imperative.start === at) return true;
  return /^[^，。；（]{1,8}?(?:期|前|后|时|间|内)(?:（[^）]{0,20}）)?$|^(?:每[日天周月年]|全程|就近|提前|按时|及时|主动|始终|务必)$|^[^，。；]{1,4}[化地]$/.test(
    compact.slice(at, imperative.start),
  );
}

/** Where the verb after a bearer starts, past adverbs and framing phrases ("在思想上", "于2月28日前，"). */
export function afterAdverbials(compact: string, at: number, to: number): number {
  let q = at;
  for (let guard = 0; guard < 6 && q < to; guard++) {
    const adverb = VERB_ADVERBS.find((a) => compact.startsWith(a, q));
    if (adverb) {
      q += adverb.length;
      continue;
    }
    const framing =
      /^(?:[在于从对以按][^，。；]{1,16}?(?:上|中|前|后|期间|时|内|方面|为主|为准)|(?:上午|下午|晚上|当日|当天)?[0-9:：时点]{1,6}(?:前|以前|之前)|结合实际|根据实际)，?/.exec(
        compact.slice(q, Math.min(to, q + 24)),
      );
    if (framing) {
      q += framing[0].length;
      continue;
    }
    if (compact[q] === "，") {
      q++;
      continue;
    }
    break;
  }
  return q;
}

/** An imperative verb opening any clause of the unit (a field's content: "……，实行……制度"). */
function imperativeAtAnyClause(compact: string, hits: Hits, from: number, to: number): boolean {
  return hits
    .of("imperative")
    .some(
      (h) =>
        h.start >= from &&
        h.end <= to &&
        (h.start === from || CLAUSE_BREAKS.includes(compact[h.start - 1]!)),
    );
}

/**
 * The start of a clause other than the formula's that directs someone (-1 for a request with
 * no named bearer), or null when none does: a modal, or a named bearer followed
 * by an imperative verb.
 */
function directiveClauseSubject(ctx: UnitContext, from: number, modals: Hit[]): number | null {
  const { compact, hits, to } = ctx;
  if (modals.some((m) => REQUEST_MODALS.has(compact.slice(m.start, m.end)))) return -1;
  for (let s = from; s < to;) {
    let e = s;
    while (e < to && !CLAUSE_BREAKS.includes(compact[e]!)) e++;
    const subject = topicBearer(compact, hits, s, e);
    if (subject && !isIssuerSubject(subject.text, ctx.issuer)) {
      const verbAt = afterAdverbials(compact, subject.end, e);
      if (hits.of("imperative").some((h) => h.start === verbAt)) return s;
    }
    s = e + 1;
  }
  return null;
}

/**
 * 不 + verb opening a clause on the bearer's own conduct ("各党支部不以……形式组织", "原则上
 * 教职工不离开……", "不少收，不漏收"): a prohibition with no prohibitive word of its own.
 */
function bareProhibitions(compact: string, hits: Hits, from: number, to: number): Hit[] {
  const out: Hit[] = [];
  for (let s = from; s < to;) {
    let e = s;
    while (e < to && !CLAUSE_BREAKS.includes(compact[e]!)) e++;
    // Most clauses have no 不 at all: skip them before reading their subject.
    let bu = s;
    while (bu < e && compact[bu] !== "不") bu++;
    if (bu === e) {
      s = e + 1;
      continue;
    }
    let q = s;
    for (let round = 0; round < 2; round++) {
      for (let changed = true; changed;) {
        changed = false;
        const before = BEFORE_BARE_BU.find((w) => compact.startsWith(w, q));
        if (before) {
          q += before.length;
          changed = true;
        }
      }
      const subject = round === 0 ? topicBearer(compact, hits, q, e) : null;
      if (subject) q = subject.end;
    }
    // "……参加评议但不评等次": 不 after 但 inside a clause bans too.
    if (compact[q] !== "不") {
      const but = compact.slice(q, e).indexOf("但不");
      if (but >= 0) q += but + 1;
    }
    if (
      compact[q] === "不" &&
      q + 1 < e &&
      !NOT_PROHIBITIVE_AFTER_BU.some((w) => compact.startsWith(w, q + 1)) &&
      !isInsideQuote(compact, from, q)
    ) {
      out.push({ start: q, end: q + 1, tag: { cat: "prohibition" } });
    }
    s = e + 1;
  }
  return out;
}

/**
 * A slogan: short parallel clauses where the prohibition only repeats the first clause's
 * verb ("节日放假，但纪律意识不能放假"), with no modal of its own.
 */
function isSlogan(compact: string, from: number, to: number, modals: Hit[], prohibitions: Hit[]) {
  const text = compact.slice(from, to);
  // "越是节日，越要绷紧纪律之弦": the more…the more.
  if (text.length <= SLOGAN_MAX && /^越是[^，]{1,8}，越要/.test(text)) return true;
  if (modals.length > 0 || prohibitions.length === 0) return false;
  if (text.length > SLOGAN_MAX) return false;
  return prohibitions.every((p) => {
    const word = compact.slice(p.start, p.end);
    if (word !== "不能") return false;
    const verb = compact.slice(p.end, p.end + 2);
    return text.includes(SLOGAN_TURN) || compact.slice(from, p.start).includes(verb);
  });
}

/**
 * Reported speech: a speaker (a leader, a meeting, another notice) followed by a verb of
 * saying ("要求", "强调"…) before any modal of the unit. "根据……要求" cites, it does not quote.
 */
function isReportedSpeech(ctx: UnitContext, modals: Hit[], prohibitions: Hit[]): boolean {
  const { compact, from, hits } = ctx;
  const firstCue = Math.min(modals[0]?.start ?? Infinity, prohibitions[0]?.start ?? Infinity);
  // A quotation followed by its speaker: "“……要……”张国强说。"
  if (Number.isFinite(firstCue) && isInsideQuote(compact, from, firstCue)) {
    const offset = compact.slice(firstCue, ctx.to).indexOf("”");
    const close = firstCue + offset;
    if (offset >= 0 && AFTER_QUOTE_SPEAKER.test(compact.slice(close + 1, close + 24))) return true;
  }
  const speakers = hits.of("speaker");
  const actors = hits.of("actor");
  for (const say of hits.of("say")) {
    if (say.start >= firstCue) break;
    if (say.start < from) continue;
    const next = compact[say.end] ?? "";
    const introducesSpeech =
      QUOTE_FOLLOWERS.includes(next) ||
      hits.at("det", say.end) !== undefined ||
      actors.some((a) => a.start === say.end);
    if (!introducesSpeech) continue;
    if (compact[say.start - 1] === "的") continue;
    const hasSpeaker =
      say.start === from ||
      speakers.some((s) => s.start >= from && s.end <= say.start) ||
      actors.some((a) => a.start >= from && a.end <= say.start);
    if (!hasSpeaker) continue;
    // The issuer stating its own demand ("省委要求，……" in the 省委's notice) is not a quote.
    const speaker = [...speakers, ...actors]
      .filter((s) => s.start >= from && s.end <= say.start)
      .sort((a, b) => b.end - a.end)[0];
    const speakerText = speaker ? compact.slice(speaker.start, speaker.end) : "";
    if (ctx.issuer && speakerText.length >= 2 && ctx.issuer.includes(speakerText)) continue;
    let clauseStart = say.start;
    while (clauseStart > from && !"，。；：".includes(compact[clauseStart - 1]!)) clauseStart--;
    const clause = compact.slice(clauseStart, say.start);
    // "根据……要求", "严格执行上级……相关要求": a demand cited or complied with is a noun.
    if (CITING_PREPOSITIONS.some((p) => clause.includes(p))) continue;
    if (NOUN_BEFORE_SAY.some((w) => clause.endsWith(w))) continue;
    return true;
  }
  return false;
}
