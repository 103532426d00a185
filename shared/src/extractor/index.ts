import type {
  BearerSource,
  Cue,
  ExtractedItem,
  ExtractedSection,
  Extraction,
  Level,
} from "../contract/model";
import type { BearerPathStep, ExtractedUnit, UnitRule } from "../contract/unit-rules";
import { defaultTitle } from "../contract/document-title";
import {
  bearerAfterRequest,
  bearerBeforeModal,
  isIssuerSubject,
  topicBearer,
  type FoundBearer,
} from "./bearer";
import { DEPARTMENT_HEADS, SUB_UNIT_ADDRESSEE, UNIT_LEVEL_ISSUER } from "./lexicon/actors";
import { classifyUnit, mainClauseStart } from "./directive";
import {
  Clauses,
  findModality,
  findRecipient,
  findTiming,
  findTypes,
  type CompactCue,
} from "./fields";
import { hash64 } from "./hash";
import { Hits } from "./hits";
import { itemIds } from "./ids";
import { FIELD_HEADING } from "./lexicon/clauses";
import { INTRO_FORMULAE } from "./lexicon/discourse";
import { findBounds, type Bounds } from "./metadata";
import { stripTrailingParen, tierOf } from "./phrase";
import { buildSections, type Section } from "./sections";
import { buildView, type TextView } from "./text-view";
import { splitUnits } from "./units";

export { documentKey } from "./ids";

/** Request words after which the bearer is named ("请各单位……", "望全体教职员工……"). */
const REQUESTS = new Set(["请", "望", "希望", "务请"]);

/** A sanction on those who break the rules: "对……的(单位和个人)，要给予通报 / 严肃查处". */
const SANCTION =
  /^(?:对[^，。；]{1,30}|(?:因)?[^。；]{1,40}的(?:单位和个人|人员|单位)?)，?(?:要|将|一律)?[^，。；]{0,16}?(?:通报|查处|处理|追责|问责|追究[^，。；]{0,12}责任|责任追究|处分)(?:批评|曝光)?[；。]?$/;
/** A sanction across the issuer's whole jurisdiction ("在全县范围内予以通报"): only the issuer can. */
const ISSUER_WIDE = /全(?:省|市|县|区|镇|乡|街道|校|院|集团|系统)(?:范围)?内?(?:予以|给予)?通报/;

/** Bearers whose business is discipline: their duties count as staffing. */
const DISCIPLINE_BODY = /纪委|监委|纪检|监察/;

export interface ExtractOptions {
  /** Overrides for metadata read from the text. */
  title?: string;
  issuer?: string;
  date?: string;
}

/**
 * Extracts document metadata, sections and responsibility items from a notice
 * (docs/responsibility-model.md). Pure and deterministic; every offset indexes `text`.
 */
export function extractDocument(text: string, options: ExtractOptions = {}): Extraction {
  const view = buildView(text);
  const bounds = findBounds(view);
  const sections = buildSections(view, bounds.unitsStart, bounds.unitsEnd);
  const first = sections[0];
  if (first && first.kind === "preamble") first.start = Math.min(first.start, bounds.bodyStart);

  const issuer = options.issuer ?? bounds.issuer ?? bounds.titleIssuer;
  const date = options.date ?? bounds.date;
  const { items, units } = extractItems(view, bounds, sections, issuer);
  const title = options.title ?? defaultTitle(issuer, date);
  return {
    document: {
      issuer,
      date,
      addressees: bounds.addressees,
      title,
      bodyEnd: endOffset(view, bounds.bodyEnd),
    },
    sections: sections.map((s, index) => toSection(view, s, index)),
    items,
    units,
  };
}

interface Draft {
  sectionIndex: number;
  unitIndex: number;
  from: number;
  to: number;
  bearer: FoundBearer | AddresseeBearer;
  bearerSource: BearerSource;
  types: ExtractedItem["types"];
  modality: ExtractedItem["modality"];
  cues: CompactCue[];
  timing: ExtractedItem["timing"];
  recipient: string | null;
  bearerPath: BearerPathStep[];
}

/** A unit's verdict before offsets are mapped back to the original text. */
interface UnitDraft {
  sectionIndex: number;
  from: number;
  to: number;
  rule: UnitRule;
  /** Index into the drafts of items, when the unit became one. */
  draft: number | null;
}

function extractItems(
  view: TextView,
  bounds: Bounds,
  sections: Section[],
  issuer: string | null,
): { items: ExtractedItem[]; units: ExtractedUnit[] } {
  const c = view.compact;
  const drafts: Draft[] = [];
  const unitDrafts: UnitDraft[] = [];
  let addresseeBearer = addresseesBearer(bounds.addressees);
  // No salutation: the group a news lead or the preamble says the notice binds ("……印发
  // 《通知》，要求全省广大党员干部……", "现就全校所有党员干部……通知如下") is the addressees.
  if (bounds.addressees.length === 0) {
    const [leadFrom, leadTo] = bounds.newsLead ?? [0, preambleEnd(sections, c.length)];
    const group = groupNamed(c, new Hits(c, leadFrom, leadTo), leadFrom, leadTo, issuer);
    if (group) addresseeBearer = asAddressees(view, c, group);
  }
  const scale = issuerScale(bounds);
  // The last explicit bearer seen so far inside each section (its own body or a part nested
  // in it): "the enclosing part" for the parts nested in it ("二、" holding "1. 2.").
  const lastExplicitOf: (FoundBearer | null)[] = [];
  const preamble = sections.find((s) => s.kind === "preamble");
  let inIntro = preamble
    ? INTRO_FORMULAE.some((f) => c.slice(preamble.bodyStart, preamble.end).includes(f))
    : false;
  // After reported speech, continuations without a bearer of their own ("要……") still quote.
  let quoting = false;
  // The depth of the part whose agenda label opened a programme list, while it lasts.
  let agendaDepth: number | null = null;

  sections.forEach((section, sectionIndex) => {
    // An agenda ("议程：" then 1. 2. 3.) lists the programme: its items' first paragraphs.
    if (agendaDepth !== null && (section.kind !== "numbered" || section.depth <= agendaDepth)) {
      agendaDepth = null;
    }
    const inAgenda = agendaDepth !== null;
    if (section.heading && section.heading[1] > section.heading[0]) {
      const [from, to] = section.heading;
      unitDrafts.push({
        sectionIndex,
        from,
        to,
        rule: inAgenda ? "agenda" : "heading",
        draft: null,
      });
    }
    let lastExplicit: FoundBearer | null = null;
    let previousDirective = false;
    let previousEnd = "";
    let previousRule: UnitRule | null = null;
    // Reported speech never runs on into a new numbered part.
    if (section.kind === "numbered") quoting = false;
    const inField = section.heading !== null && isFieldHeading(c, section);
    if (section.heading && AGENDA_LABEL.test(c.slice(section.heading[0], section.heading[1]))) {
      agendaDepth = section.depth;
    }
    for (const [from, to] of splitUnits(view, section.bodyStart, section.end)) {
      const unit: UnitDraft = { sectionIndex, from, to, rule: "no-directive-cue", draft: null };
      unitDrafts.push(unit);
      if (AGENDA_LABEL.test(c.slice(from, to))) agendaDepth = section.depth;
      if (inAgenda && !breakBetween(view, section.start, from)) {
        unit.rule = "agenda";
        continue;
      }
      // A news report about a notice quotes it: its demands are another notice's, not items.
      if (bounds.isNewsReport) {
        unit.rule = "news-report";
        continue;
      }
      if (view.brk[from] === 1) quoting = false;
      const contentStart = from;
      const hits = new Hits(c, contentStart, to);
      const verdict = classifyUnit({
        compact: c,
        from: contentStart,
        to,
        hits,
        inIntro,
        issuer,
        previousDirective,
        continuesSentence: previousEnd === "；" || previousEnd === "：",
        inField,
        inPreamble: section.kind === "preamble",
      });
      previousEnd = c[to - 1] ?? "";
      unit.rule = verdict.rule;
      // "……将严肃查处。对问题突出的，严肃追究……": a sanction right after the issuer's own act
      // goes on stating what the issuer will do.
      const afterIssuer = previousRule === "issuer-action" || previousRule === "issuer-sanction";
      previousRule = verdict.rule;
      if (
        afterIssuer &&
        verdict.isDirective &&
        verdict.modals.length === 0 &&
        isSanction(c, from, to)
      ) {
        unit.rule = "issuer-sanction";
        previousRule = unit.rule;
        previousDirective = false;
        continue;
      }
      if (inIntro && INTRO_FORMULAE.some((f) => c.slice(from, to).includes(f))) inIntro = false;
      if (verdict.rule === "reported-speech") quoting = true;
      previousDirective = verdict.isDirective;
      if (!verdict.isDirective) continue;

      const firstCue = [...verdict.modals, ...verdict.prohibitions].sort(
        (a, b) => a.start - b.start,
      )[0];
      let explicit = firstCue ? bearerBeforeModal(c, contentStart, firstCue.start, hits) : null;
      const request = verdict.modals.find((m) => REQUESTS.has(c.slice(m.start, m.end)));
      if (!explicit && request && request === firstCue) {
        explicit = bearerAfterRequest(c, request.end, to);
      }
      if (!explicit) {
        // The topic at the unit's start, else after its framing clauses ("开幕会后，各级党组织……").
        const main = mainClauseStart(c, contentStart, to);
        const topic =
          topicBearer(c, hits, contentStart, to) ??
          (main > contentStart ? topicBearer(c, hits, main, to) : null) ??
          (verdict.subjectAt !== undefined ? topicBearer(c, hits, verdict.subjectAt, to) : null);
        if (topic && !isIssuerSubject(topic.text, issuer)) explicit = topic;
      }
      // "严格执行……要求，原则上教职工不离开……": a unit that opens with a command has its bearer
      // before it; a person named in a later clause is whom the command binds.
      if (
        explicit &&
        hits.of("imperative").some((h) => h.start === contentStart) &&
        c.slice(contentStart, explicit.start).includes("，")
      ) {
        explicit = null;
      }
      if (explicit) quoting = false;
      else if (quoting) {
        previousDirective = false;
        unit.rule = "quoted-continuation";
        continue;
      }
      let bearer: Draft["bearer"];
      let bearerSource: BearerSource;
      const bearerPath: BearerPathStep[] = [
        { step: "unit", found: explicit ? originalText(view, explicit.start, explicit.end) : null },
      ];
      if (explicit) {
        bearer = explicit;
        bearerSource = "explicit";
        lastExplicit = explicit;
      } else if (lastExplicit) {
        bearer = lastExplicit;
        bearerSource = "inherited";
        bearerPath.push({
          step: "section",
          found: originalText(view, lastExplicit.start, lastExplicit.end),
        });
      } else if (enclosing(sections, section, lastExplicitOf)) {
        const found = enclosing(sections, section, lastExplicitOf)!;
        bearer = found;
        bearerSource = "inherited";
        bearerPath.push({ step: "section", found: null });
        bearerPath.push({
          step: "enclosing-section",
          found: originalText(view, found.start, found.end),
        });
      } else {
        bearerPath.push({ step: "section", found: null });
        if (section.parent !== null) bearerPath.push({ step: "enclosing-section", found: null });
        const fromHeading = headingBearerOf(sections, section);
        bearer = fromHeading ?? addresseeBearer;
        bearerSource = fromHeading ? "heading" : "addressees";
        bearerPath.push({
          step: "heading",
          found: fromHeading ? originalText(view, fromHeading.start, fromHeading.end) : null,
        });
        if (!fromHeading) bearerPath.push({ step: "addressees", found: addresseeBearer.text });
      }

      // "对迟报瞒报的，要给予全镇通报": only the issuer can, unless the bearer is a committee
      // that holds its own cadres to account (docs/responsibility-model.md, "More cues").
      const sanction = !explicit && isSanction(c, from, to);
      const issuerOnly =
        sanction && (levelOf(bearer, scale) !== "committee" || ISSUER_WIDE.test(c.slice(from, to)));
      if (issuerOnly) {
        unit.rule = "issuer-sanction";
        previousDirective = false;
        continue;
      }
      const cues: CompactCue[] = [];
      if (explicit) cues.push({ kind: "bearer", start: explicit.headStart, end: explicit.headEnd });
      for (const m of verdict.modals) cues.push({ kind: "modal", start: m.start, end: m.end });
      const recipient = findRecipient(c, contentStart, to);
      const clauses = new Clauses(c, contentStart, to);
      const typed = findTypes(
        c,
        hits,
        contentStart,
        to,
        recipient?.isReport ?? false,
        DISCIPLINE_BODY.test(bearer.text),
        clauses,
      );
      const modality = findModality(
        c,
        hits,
        contentStart,
        to,
        verdict.prohibitions,
        verdict.modals.length > 0,
        explicit?.end ?? contentStart,
        clauses,
      );
      const timing = findTiming(hits, contentStart, to);
      cues.push(...modality.cues, ...typed.cues);
      if (timing.cue) cues.push(timing.cue);
      if (recipient) cues.push({ kind: "recipient", start: recipient.start, end: recipient.end });

      if (explicit) {
        for (let s: number | null = sectionIndex, guard = 0; s !== null && guard < 8; guard++) {
          lastExplicitOf[s] = explicit;
          s = sections[s]!.parent;
        }
      }
      unit.draft = drafts.length;
      drafts.push({
        sectionIndex,
        unitIndex: 0,
        from,
        to,
        bearer,
        bearerSource,
        types: typed.types,
        modality: modality.modality,
        cues,
        timing: timing.timing,
        recipient: recipient ? originalText(view, recipient.start, recipient.end) : null,
        bearerPath,
      });
    }
  });

  // Headings come before their section's body, so sorting by start puts units in text order.
  unitDrafts.sort((a, b) => a.from - b.from);
  unitDrafts.forEach((unit, index) => {
    if (unit.draft !== null) drafts[unit.draft]!.unitIndex = index;
  });

  const docKey = hash64(c);
  const ids = itemIds(
    docKey,
    drafts.map((d) => c.slice(d.from, d.to)),
  );
  const items = drafts.map((d, k): ExtractedItem => {
    const start = view.pos[d.from]!;
    const end = view.pos[d.to - 1]! + 1;
    return {
      id: ids[k]!,
      sectionIndex: d.sectionIndex,
      unitIndex: d.unitIndex,
      text: view.original.slice(start, end),
      start,
      end,
      bearer:
        "start" in d.bearer ? originalText(view, d.bearer.start, d.bearer.end) : d.bearer.text,
      bearerSource: d.bearerSource,
      level: levelOf(d.bearer, scale),
      types: d.types,
      modality: d.modality,
      cues: toCues(view, d.cues),
      timing: d.timing,
      recipient: d.recipient,
    };
  });
  const units = unitDrafts.map((unit, index): ExtractedUnit => ({
    index,
    sectionIndex: unit.sectionIndex,
    start: view.pos[unit.from]!,
    end: view.pos[unit.to - 1]! + 1,
    itemId: unit.draft === null ? null : ids[unit.draft]!,
    rule: unit.rule,
    bearerPath: unit.draft === null ? null : drafts[unit.draft]!.bearerPath,
  }));
  return { items, units };
}

/** "议程", "会议议程：", "活动议程：": a programme list follows. */
const AGENDA_LABEL = /议程[：。]?$/;

/** Whether a paragraph starts anywhere in (from, to]. */
function breakBetween(view: TextView, from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (view.brk[i] === 1) return true;
  return false;
}

/** A heading that names a list field ("值班时间", "服务内容"), after its number. */
function isFieldHeading(c: string, section: Section): boolean {
  const [from, to] = section.heading!;
  const heading = c.slice(from, to).replace(/[。：]$/, "");
  return heading.length <= 8 && FIELD_HEADING.test(heading);
}

/** The heading bearer of a section, else of the sections it is nested in. */
function headingBearerOf(sections: Section[], section: Section): FoundBearer | null {
  let current: Section | undefined = section;
  for (let guard = 0; current && guard < 8; guard++) {
    if (current.headingBearer) return current.headingBearer;
    current = current.parent === null ? undefined : sections[current.parent];
  }
  return null;
}

/** With no bearer anywhere, the group the salutation names; its first entry gives the tier. */
function addresseesBearer(addressees: string[]): AddresseeBearer {
  if (addressees.length === 0) return { text: NO_ADDRESSEES, level: "committee", head: null };
  const first = addressees.find((a) => tierOf(a)) ?? addressees[0]!;
  const tier = tierOf(first);
  return {
    text: addressees.join("，"),
    level: tier?.level ?? "committee",
    head: tier?.head ?? null,
  };
}

const NO_ADDRESSEES = "（未指明）";

function asAddressees(view: TextView, c: string, group: FoundBearer): AddresseeBearer {
  return {
    text: originalText(view, group.start, group.end),
    level: group.level,
    head: c.slice(group.headStart, group.headEnd),
  };
}

interface AddresseeBearer {
  text: string;
  level: Level;
  head: string | null;
}

/** Whether the issuer is a unit (company, hospital, school, township, branch) or above. */
function issuerScale(bounds: Bounds): "unit" | "organ" {
  // The issuer as signed, else as the title names it ("中国矿业大学总务部党委关于……的通知").
  const issuer = bounds.issuer ?? bounds.titleIssuer ?? "";
  if (UNIT_LEVEL_ISSUER.test(issuer)) return "unit";
  return bounds.addressees.some((a) => SUB_UNIT_ADDRESSEE.test(a)) ? "unit" : "organ";
}

/** The bearer's tier; a department of a unit-level issuer is one of its sub-units. */
function levelOf(bearer: Draft["bearer"], scale: "unit" | "organ"): Level {
  if (scale === "organ" || bearer.level !== "committee") return bearer.level;
  const head = "headStart" in bearer ? null : bearer.head;
  const text = "headStart" in bearer ? bearer.text.slice(bearer.headStart - bearer.start) : head;
  if (!text) return bearer.level;
  return DEPARTMENT_HEADS.some((h) => stripTrailingParen(text).endsWith(h))
    ? "grassroots"
    : bearer.level;
}

/** Where the preamble ends: the first numbered part, within the reach of a preamble. */
function preambleEnd(sections: Section[], length: number): number {
  const first = sections.find((s) => s.kind === "numbered");
  return Math.min(first?.start ?? length, PREAMBLE_REACH);
}

/** A preamble that names the group bound does so in its first few hundred characters. */
const PREAMBLE_REACH = 600;

/** The innermost enclosing part's last explicit bearer ("（一）" holding "1、2、"). */
function enclosing(
  sections: Section[],
  section: Section,
  lastExplicitOf: (FoundBearer | null)[],
): FoundBearer | null {
  let parent = section.parent;
  for (let guard = 0; parent !== null && guard < 8; guard++) {
    const found = lastExplicitOf[parent];
    if (found) return found;
    parent = sections[parent]!.parent;
  }
  return null;
}

/** "对……的，要给予通报 / 严肃查处 / 追究责任" and nothing else. */
function isSanction(c: string, from: number, to: number): boolean {
  return SANCTION.test(c.slice(from, to));
}

/** The group a preamble or news lead binds: after 现就, 要求, 号召 or 请. */
function groupNamed(
  c: string,
  hits: Hits,
  from: number,
  to: number,
  issuer: string | null,
): FoundBearer | null {
  const text = c.slice(from, to);
  for (const marker of ["现就", "要求", "号召", "请"]) {
    const at = text.indexOf(marker);
    if (at < 0) continue;
    const group = topicBearer(c, hits, from + at + marker.length, to);
    if (group && !isIssuerSubject(group.text, issuer)) return group;
  }
  return null;
}

function originalText(view: TextView, from: number, to: number): string {
  return view.original.slice(view.pos[from], view.pos[to - 1]! + 1);
}

function toCues(view: TextView, cues: CompactCue[]): Cue[] {
  const sorted = [...cues].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind),
  );
  const out: Cue[] = [];
  let previous: CompactCue | undefined;
  for (const cue of sorted) {
    const isRepeat =
      previous &&
      previous.kind === cue.kind &&
      previous.start === cue.start &&
      previous.end === cue.end;
    previous = cue;
    if (cue.end <= cue.start || isRepeat) continue;
    const start = view.pos[cue.start]!;
    const end = view.pos[cue.end - 1]! + 1;
    out.push({ kind: cue.kind, text: view.original.slice(start, end), start, end });
  }
  return out;
}

/** Original offset where a compact range starting at `k` starts. */
function startOffset(view: TextView, k: number): number {
  return k < view.pos.length ? view.pos[k]! : view.original.length;
}

/** Original offset where a compact range ending (exclusively) at `k` ends. */
function endOffset(view: TextView, k: number): number {
  return k > 0 ? view.pos[k - 1]! + 1 : 0;
}

function toSection(view: TextView, s: Section, index: number): ExtractedSection {
  const start = startOffset(view, s.start);
  const end = Math.max(start, endOffset(view, s.end));
  const heading = s.heading && s.heading[1] > s.heading[0] ? s.heading : null;
  return {
    index,
    kind: s.kind,
    number: s.number,
    heading: heading ? originalText(view, heading[0], heading[1]) : null,
    headingStart: heading ? view.pos[heading[0]]! : null,
    headingEnd: heading ? endOffset(view, heading[1]) : null,
    start,
    end,
    headingBearer: s.headingBearer
      ? originalText(view, s.headingBearer.start, s.headingBearer.end)
      : null,
  };
}
