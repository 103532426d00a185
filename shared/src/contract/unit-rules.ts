import { z } from "zod";

/**
 * Why the extractor took a unit as a responsibility item, or left it out: one stable id per
 * rule, with the reason in words for readers (docs/responsibility-model.md, "Responsibility item"
 * and "Rulings for cases the seeds leave open"). Ids never change meaning; new rules get new
 * ids, so a stored or printed verdict stays readable.
 */
export const ITEM_RULES = [
  "modal",
  "request",
  "prohibition",
  "quota",
  "imperative",
  "subject-imperative",
  "list-continuation",
  "field-action",
  "deadline",
] as const;

export const DROP_RULES = [
  "heading",
  "formula",
  "news-report",
  "reported-speech",
  "quoted-continuation",
  "issuer-action",
  "issuer-sanction",
  "slogan",
  "permission",
  "encouragement",
  "descriptive",
  "field-list",
  "agenda",
  "attachment-list",
  "contact",
  "rationale",
  "no-directive-cue",
] as const;

export const UNIT_RULES = [...ITEM_RULES, ...DROP_RULES] as const;
export const UnitRuleSchema = z.enum(UNIT_RULES);
export type UnitRule = z.infer<typeof UnitRuleSchema>;
export type ItemRule = (typeof ITEM_RULES)[number];
export type DropRule = (typeof DROP_RULES)[number];

/** The reason in words, English then Chinese, as the source view and `extract --explain` show it. */
export const UNIT_RULE_LABELS: Record<UnitRule, { en: string; zh: string }> = {
  modal: { en: "a modal of obligation (要, 必须, 应当 …)", zh: "含义务情态词（要、必须、应当……）" },
  request: {
    en: "a request to the addressees (请, 望, 要求各单位 …)",
    zh: "向受文对象提出请求（请、望、要求各单位……）",
  },
  prohibition: {
    en: "a prohibition (严禁, 不得, 不准 …)",
    zh: "含禁止性用语（严禁、不得、不准……）",
  },
  quota: {
    en: "a quota or cap (应达到, 一般不超过 …)",
    zh: "规定比例或上限（应达到、一般不超过……）",
  },
  imperative: {
    en: "an imperative with no modal (加强…, 认真梳理…)",
    zh: "无情态词的祈使句（加强……、认真梳理……）",
  },
  "subject-imperative": {
    en: "a named bearer followed by an action",
    zh: "点明责任主体并规定其行动",
  },
  "list-continuation": {
    en: "continues a directive's list (一是…, 二是…)",
    zh: "承接上文指令的列举（一是……二是……）",
  },
  "field-action": {
    en: "a list field that prescribes an action or a system",
    zh: "规定行动或制度的事项栏目",
  },
  deadline: { en: "a deadline for a report", zh: "规定报送期限" },
  heading: { en: "a section heading, not an item", zh: "小标题，不是责任事项" },
  formula: {
    en: "a formula of the notice (通知如下, 特此通知)",
    zh: "公文套语（通知如下、特此通知）",
  },
  "news-report": {
    en: "the news report around the notice, not the notice",
    zh: "转载通知的新闻报道部分，不属通知正文",
  },
  "reported-speech": {
    en: "reported speech: a leader's or another document's demand",
    zh: "转述领导讲话或其他文件的要求",
  },
  "quoted-continuation": {
    en: "continues the reported speech before it",
    zh: "承接上文的转述内容",
  },
  "issuer-action": {
    en: "the issuer's own action, directs no one",
    zh: "发文机关自身的行动，未指令他人",
  },
  "issuer-sanction": {
    en: "a sanction only the issuer can impose",
    zh: "只有发文机关才能作出的处理",
  },
  slogan: { en: "a slogan", zh: "口号式表述" },
  permission: { en: "a permission (可以), not a duty", zh: "许可性表述（可以），非义务" },
  encouragement: {
    en: "an encouragement (鼓励), the action is optional",
    zh: "鼓励性表述（鼓励），非强制",
  },
  descriptive: { en: "describes background or past events", zh: "叙述背景或既往情况" },
  "field-list": {
    en: "a field that only states a date, place or participants",
    zh: "仅列明时间、地点或参加人员的栏目",
  },
  agenda: { en: "an item of an agenda or programme", zh: "议程或活动安排条目" },
  "attachment-list": { en: "an attachment list or a title cited", zh: "附件列表或引用的文件标题" },
  contact: { en: "contact details", zh: "联系方式" },
  rationale: { en: "the rationale of the notice", zh: "发文缘由" },
  "no-directive-cue": { en: "no directive cue: directs no one", zh: "无指令性用语，未指令任何人" },
};

/** How an item's bearer was found, innermost scope first (docs/responsibility-model.md, "Tiers"). */
export const BEARER_STEPS = [
  "unit",
  "section",
  "enclosing-section",
  "heading",
  "addressees",
] as const;
export const BearerStepSchema = z.enum(BEARER_STEPS);
export type BearerStep = z.infer<typeof BearerStepSchema>;

/** One step of a bearer's resolution: where the extractor looked and what it found there. */
export const BearerPathStepSchema = z.object({
  step: BearerStepSchema,
  found: z.string().nullable(),
});
export type BearerPathStep = z.infer<typeof BearerPathStepSchema>;

/** Every unit of a notice with the extractor's verdict on it. */
export const ExtractedUnitSchema = z.object({
  index: z.number().int().nonnegative(),
  sectionIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The item this unit became; null when it was left out. */
  itemId: z.string().nullable(),
  rule: UnitRuleSchema,
  /** For items: where the bearer was looked for, innermost first; the last step found it. */
  bearerPath: z.array(BearerPathStepSchema).nullable(),
});
export type ExtractedUnit = z.infer<typeof ExtractedUnitSchema>;
