/**
 * The clause grammar's vocabulary: where clauses break, which leading clauses only frame the
 * main one (purpose, basis, condition, time), and which words open or continue a list. One
 * place for them, so every stage reads a clause the same way.
 */

/** Marks that end a clause inside a unit. */
export const CLAUSE_BREAKS = "，；：。！？";

/**
 * Openers of a framing clause before the main clause: basis (根据……), purpose (为……),
 * condition (如……), circumstance (在……). The main clause follows the comma.
 */
export const FRAMING_CLAUSE_OPENERS = [
  "对",
  "凡",
  "凡是",
  "如",
  "若",
  "如果",
  "一旦",
  "对于",
  "在",
  "遇",
  "遇有",
  "确需",
  "发现",
  "发生",
  "根据",
  "按照",
  "按",
  "依据",
  "依照",
  "遵照",
  "结合",
  "围绕",
  "针对",
  "为",
  "为了",
  "因",
  "因为",
  "由于",
  "鉴于",
  "通过",
  "以",
  "本着",
];

/** Endings of a framing clause: a time (……期间, ……前) or a topic (……的). */
export const FRAMING_CLAUSE_ENDINGS = /(?:的|时|后|期间|前|中|下|以来|之际|之前|之后|[)）])$/;

/** Adverbs that may stand between a bearer and its verb, stripped before the verb is read. */
export const VERB_ADVERBS = [
  "主要",
  "统一",
  "具体",
  "分别",
  "自行",
  "一律",
  "原则上",
  "务必",
  "均",
  "都",
  "也",
  "还",
  "要",
  "须",
  "应",
  "请",
  "先",
  "再",
  "及时",
  "按时",
  "按期",
  "提前",
  "每天",
  "每日",
  "每周",
  "每月",
  "至少",
  "全程",
  "就近",
  "尽快",
];

/** Words after 不 that do not make a prohibition (不断 "constantly", 不定期 "irregular" …). */
export const NOT_PROHIBITIVE_AFTER_BU = [
  "断",
  "仅",
  "但",
  "少于",
  "低于",
  "定期",
  "稳定",
  "同",
  "足",
  "够",
  "管",
  "论",
  "良",
  "利",
  "忘",
  "折不扣",
  "是",
  "再",
  "会",
  "能",
  "得",
  "要",
  "准",
  "许",
  "搞",
  "参加",
  "允许",
  "计",
  "分",
  "等",
  "一",
  "懈",
  "辞",
  "遗余力",
  "可",
  "畏",
  "怕",
  "惧",
  "计较",
  "为",
  "符",
  "合格",
  "明",
  "实",
  "当",
  "正当",
  "严",
];

/** Prefixes before a bare 不 on the bearer's conduct ("原则上不离开", "非必要不外出"). */
export const BEFORE_BARE_BU = [
  "原则上",
  "非必要",
  "坚决",
  "一律",
  "决",
  "绝",
  "均",
  "都",
  "也",
  "但",
  "并",
  "且",
  "而",
];

/** Labels that introduce a list of duties: "具体内容是：", "主要任务为：". */
export const LIST_INTRO =
  /^[^，。；：]{0,10}(?:内容|任务|职责|要求|事项|措施|工作)(?:是|为|包括|有)?：/;

/** A field heading names what the section lists: its content is a field, not prose. */
export const FIELD_HEADING = /(?:时间|地点|对象|人员|内容|安排|方式|范围|方法|步骤|地址|形式)$/;

/** A leader's or issuer's decision: "经研究，决定……", "现决定……". */
export const DECISION =
  /经[^，。；]{0,16}(?:研究|同意|审定)[，]?决定|现决定|(?:^|，)决定(?:在|于|从|对|开展|成立|举办)/;

/** The issuer acting now or later: "现向……选派", "将组织开展抽查". */
export const ISSUER_NOW = /^现(?:向|对|从|决定|组织|开展|选派|印发|转发|下发)/;

/** Lines of contact details and similar page fields. */
export const CONTACT =
  /^(?:联系人|联系电话|联系方式|咨询电话|电话|邮箱|传真|地址|联系地址|E-?mail)[ ：]/i;

/** Framing of a slogan: "……，但……不能……". */
export const SLOGAN_TURN = "但";
