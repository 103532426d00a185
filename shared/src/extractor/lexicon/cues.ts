/**
 * Cue words for modality, types and timing (responsibility-model.md, "Fields of an item").
 * Each list has a "stop" list: longer words containing the cue that do not mean it
 * (重要 is not the modal 要; 容不得 is not the prohibition 不得). A stop word that overlaps a
 * cue cancels it.
 */

/** Modal verbs of obligation. */
export const MODALS = ["要", "必须", "务必", "务要", "应当", "应该", "应", "须", "请", "一定要"];

export const MODAL_STOPS = [
  // 要 inside nouns and other words
  "重要",
  "主要",
  "需要",
  "只要",
  "必要",
  "首要",
  "紧要",
  "简要",
  "扼要",
  "纪要",
  "摘要",
  "提要",
  "概要",
  "机要",
  "显要",
  "将要",
  "快要",
  "想要",
  "不要",
  "要求",
  "要素",
  "要点",
  "要害",
  "要务",
  "要闻",
  "要领",
  "要职",
  "要员",
  "要件",
  "要地",
  "要道",
  "要冲",
  "要塞",
  "要是",
  "要么",
  "要津",
  // 应 inside other words
  "应对",
  "应急",
  "响应",
  "相应",
  "适应",
  "反应",
  "供应",
  "应用",
  "效应",
  "对应",
  "呼应",
  "照应",
  "应变",
  "应战",
  "应征",
  "应答",
  "应付",
  "答应",
  "顺应",
  "应有",
  "应收",
  "应届",
  "应邀",
  "应聘",
  "感应",
  "回应",
  "应运",
  // 须 / 请 inside other words
  "须知",
  "宴请",
  "申请",
  "邀请",
  "提请",
  "请示",
  "聘请",
  "请假",
  "请求",
  "报请",
  "呈请",
  "请教",
];

/** Prohibitions: the bearer must not do something. */
export const PROHIBITIONS = [
  "决不允许",
  "绝不允许",
  "不允许",
  "决不能",
  "绝不能",
  "不能",
  "不得",
  "严禁",
  "禁止",
  "不准",
  "不许",
  "不要",
  "切勿",
  "不搞",
  "不参加",
  "不举办",
  "不聚餐",
  "不聚会",
  "不聚集",
  "不串门",
  "不扎堆",
  "不信谣",
  "不传谣",
  "不造谣",
  "不再",
  // Caps: "一般不超过三分之一".
  "一般不超过",
  "不超过",
  "不得超过",
  "不多于",
  "不高于",
  "非必要不",
];

export const PROHIBITION_STOPS = [
  "容不得",
  "不得不",
  "舍不得",
  "怪不得",
  "免不得",
  "巴不得",
  "不得已",
  "不能不",
  "不要紧",
  "禁止性",
];

/**
 * Verbs through which a bearer makes others keep a prohibition (引导群众不信谣): a
 * prohibition governed by one of them in the same clause is the bearer's obligation.
 */
export const GOVERNORS = [
  "引导",
  "教育",
  "督促",
  "提醒",
  "劝导",
  "动员",
  "号召",
  "倡导",
  "落实",
  "要求",
  "让",
  "使",
  "帮助",
];

/** reporting: information moving up or across the hierarchy, and the rosters that carry it. */
export const REPORTING = [
  "报告",
  "报送",
  "上报",
  "汇报",
  "日报告",
  "日报",
  "零报告",
  "调度汇总",
  "值班值守",
  "值班",
  "带班",
  "迟报",
  "瞒报",
  "漏报",
  "谎报",
  "请示",
  "报备",
  "报批",
  "填报",
  "反映",
  "反馈",
  "备案",
  "报送至",
  "提交至",
  "发送至",
  "送交",
];

/** staffing: selecting, deploying, training, caring for, evaluating, rewarding, disciplining people. */
export const STAFFING = [
  "选派",
  "选拔",
  "选调",
  "选配",
  "配强",
  "配齐",
  "考察",
  "识别干部",
  "培养锻炼",
  "评价使用",
  "提拔",
  "大胆使用",
  "调整问责",
  "轮换",
  "轮班",
  "轮休",
  "培训",
  "表扬",
  "表彰",
  "评先评优",
  "追责",
  "问责",
  "约谈",
  "工作队伍",
  "队伍建设",
  "队伍",
  "包保责任",
  "包村",
  "包户",
  "专人",
  "下沉",
  "派驻",
  "抽调",
  "待遇保障",
  "工作补助",
  "年度考核",
  "处分",
  "严肃处理",
  "从严处理",
  "澄清正名",
  "容错纠错",
  "投入重兵",
  "兵力",
  "训练",
  "召集",
  "排班",
  "值班排班",
  "值班表",
  "排班表",
  "抚恤",
];

/** publicity: communication with the public or the ranks. */
export const PUBLICITY = [
  "宣传",
  "信息公开",
  "公开透明",
  "发布信息",
  "信息发布",
  "回应社会关切",
  "社会关切",
  "舆论",
  "舆情",
  "新闻",
  "报道",
  "媒体",
  "科普",
  "先进典型",
  "感人事迹",
  "不信谣",
  "不传谣",
  "不造谣",
  "谣言",
  "辟谣",
  "群众工作",
  "思想工作",
  "解读",
  "家喻户晓",
  "曝光",
  "安全教育",
  "宣传教育",
  "警示教育",
  "虚假信息",
  "宣讲",
  "公示",
  "传达到",
  "规劝",
  "劝导",
];

/** Words that contain a type cue without meaning it (报到 is not a report). */
export const TYPE_STOPS = [
  "报到",
  "报名",
  "报销",
  "报酬",
  "回报",
  "报效",
  "预报",
  "通报",
  "举报",
  "大报告",
  "报告精神",
  "群众反映",
  "报告会",
  "工作报告",
  "实况报道",
];

/** Caring and incentive words: staffing only when the same clause names personnel. */
export const CARE = ["关心关爱", "关爱", "关心", "激励", "慰问", "待遇"];
export const PERSONNEL = [
  "医护人员",
  "医务人员",
  "防疫人员",
  "工作人员",
  "一线人员",
  "干部",
  "专家",
  "网格员",
  "志愿者",
  "党员",
  "职工",
  "员工",
];

/** Publicity through guiding: 引导 + the public (not 引导企业). */
export const GUIDED_PUBLIC =
  /(?:引导|提醒|告知|通知|动员|劝导)(?:广大)?(?:群众|公众|社会|人民|居民|村民|市民|农民|学生|家长|游客)/g;
/** Informing the leaders above: "迅速通知有关领导". */
export const INFORM_LEADERS = /(?:通知|告知|报告)(?:有关|相关|分管|带班|值班|主要)领导/g;

/** Managing people: arranging, adjusting or choosing personnel within one clause. */
export const MANAGE_PERSONNEL =
  /(?:安排|调整|指定|明确|召集|选出|选好|配备)[^，。；！？的]{0,8}(?:人员|领导|干部|班子|人选|专人|值班|门诊班|岗)|(?:人员|领导|干部)[^，。；！？]{0,10}(?:调整|轮换)|组建[^，。；！？]{0,16}(?:队|小组|班子)|选(?:出|好|准|优|配)[^，。；！？]{0,14}(?:班子|干部|人选|带头人)/g;
/** 发布 … 信息 / 情况 within one clause. */
export const PUBLISH_INFO = /发布[^，。；！？]{0,10}(?:信息|情况|汛情|疫情|险情|灾情)/g;
/** 追究 … 责任 within one clause: disciplining people. */
export const PURSUE_LIABILITY = /追究[^，。；！？]{0,14}责任/g;

export const TIMING_DAILY = ["每日", "每天", "日报告", "日报", "当日"];
export const TIMING_ROUND_THE_CLOCK = ["24小时", "二十四小时", "全天候", "昼夜"];
export const TIMING_IMMEDIATE = ["立即", "及时", "第一时间", "迅速", "马上", "随时"];
