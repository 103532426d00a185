import type { UnitRule } from "../contract/unit-rules";
import type { Hit, Hits } from "./hits";
import { CITING_PREPOSITIONS, INTRO_FORMULAE } from "./lexicon/discourse";
import { isIssuerSubject, topicBearer } from "./bearer";
import { isInsideQuote } from "./quotes";

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
  issuer: string | null;
}

export interface Classification {
  isDirective: boolean;
  /** The rule that decided (contract/unit-rules.ts). */
  rule: UnitRule;
  modals: Hit[];
  prohibitions: Hit[];
}

const QUOTE_FOLLOWERS = "，：“「";
const AFTER_QUOTE_SPEAKER = /^[^“”，。；]{0,20}?(?:说|表示|介绍|坦言|感慨|告诉记者)/;

// 是 as a copula, not inside 特别是/但是/凡是 … nor the enumerators 一是/二是 ….
const COPULA = /(?<![特别尤其还但而凡于总只要一二三四五六七八九十])是(?!否)/;
const ENUMERATOR = /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]，|其次，|再次，|最后，)/;
const DESCRIPTIVE = /了(?!解)|已经|已(?!有)|正在|取得|得到|纷纷/;
const PERMISSION = /可以|可根据|可适当|可视情/;
const FUTURE = /^将(?:严肃|依|纳入|予以|追究|对|视情|给予|从严)/;
const TOPIC_CLAUSE_END = /(?:的|时|后|期间|前|中|下|以来)$/;
const TOPIC_CLAUSE_START = /^(?:对|凡|凡是|如|若|如果|一旦|对于|在|遇|遇有|确需|发现|发生)/;
const TEMPORAL_PREFIX = /^[^，]{1,4}?(?:期|前|后|时|间)$/;
const DEADLINE_REPORT = /于[^，。；]{1,14}前[^。；]{0,24}(?:报送|报告|上报|报)/;

function verdictOf(
  isDirective: boolean,
  modals: Hit[],
  prohibitions: Hit[],
  rule: UnitRule,
): Classification {
  return { isDirective, rule, modals, prohibitions };
}

/**
 * Decides whether a unit directs someone (responsibility-model.md, "Responsibility item").
 * Order matters: formulae and reported speech are excluded before modals count, so a leader's
 * quoted "必须" or "《通知》要求……要" is not this notice's directive.
 */
export function classifyUnit(ctx: UnitContext): Classification {
  const { compact, from, to, hits } = ctx;
  const text = compact.slice(from, to);
  const modals = hits.of("modal").filter((h) => h.start >= from);
  const prohibitions = hits.of("prohibition").filter((h) => h.start >= from);
  // Plain functions, not closures: this runs once per unit (closures cost on hot paths).
  const no = verdictOf.bind(null, false, modals, prohibitions);
  const yes = verdictOf.bind(null, true, modals, prohibitions);

  if (INTRO_FORMULAE.some((f) => text.includes(f))) return no("formula");
  if (isReportedSpeech(ctx, modals, prohibitions)) return no("reported-speech");
  if (modals.length > 0) return yes("modal");
  if (prohibitions.length > 0) return yes("prohibition");
  if (ctx.inIntro) return no("no-directive-cue");

  // A list continuing a directive: "重点做好以下工作：一是……；二是……；三是……".
  if (ENUMERATOR.test(text) && ctx.previousDirective) return yes("list-continuation");
  const descriptive = DESCRIPTIVE.test(text) || COPULA.test(text) || PERMISSION.test(text);
  // An imperative after leading topic or condition clauses ("对……的，严肃处理").
  let clauseStart = from;
  for (let k = 0; k < 2; k++) {
    // Search inside the unit only: indexOf on the whole text would make long inputs quadratic.
    const offset = compact.slice(clauseStart, to).indexOf("，");
    if (offset < 0) break;
    const comma = clauseStart + offset;
    const clause = compact.slice(clauseStart, comma);
    if (!TOPIC_CLAUSE_END.test(clause) && !TOPIC_CLAUSE_START.test(clause)) break;
    clauseStart = comma + 1;
  }
  const clauseText = compact.slice(clauseStart, to);
  if (FUTURE.test(clauseText)) return no("issuer-action");
  const imperative = hits
    .of("imperative")
    .find((h) => h.start >= clauseStart && h.start <= clauseStart + 4);
  if (
    imperative &&
    (imperative.start === clauseStart ||
      TEMPORAL_PREFIX.test(compact.slice(clauseStart, imperative.start)))
  ) {
    return descriptive ? no("descriptive") : yes("imperative");
  }
  // A named subject followed by an imperative verb ("在职党员每周参加……").
  const subject = topicBearer(compact, hits, from, to);
  if (subject) {
    if (isIssuerSubject(subject.text, ctx.issuer)) return no("issuer-action");
    const rest = compact.slice(subject.end, to);
    const afterTime = rest.replace(
      /^(?:每[日天周月年](?:[^，。；]{0,8}?(?:前|内))?|[^，。；]{0,8}?(?:前|期间|以内))(?=[\u4e00-\u9fff])/,
      "",
    );
    const verbAt = subject.end + (rest.length - afterTime.length);
    const verb = hits.of("imperative").find((h) => h.start === verbAt);
    const disposal =
      /^将[^，。；]{1,30}(?:报|纳入|落实)/.test(afterTime) && !FUTURE.test(afterTime);
    if ((verb || disposal) && !descriptive) return yes("subject-imperative");
  }
  if (DEADLINE_REPORT.test(text) && !descriptive) return yes("deadline");
  return no(descriptive ? "descriptive" : "no-directive-cue");
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
    if (CITING_PREPOSITIONS.some((p) => clause.startsWith(p))) continue;
    return true;
  }
  return false;
}
