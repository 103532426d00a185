import type { Level } from "../../contract/model";

/**
 * Head nouns of bearers and their tier (docs/responsibility-model.md, "Tiers"). The tier of a
 * bearer is decided by its head noun, the end of its noun phrase, so these are matched as
 * suffixes of the phrase standing before a modal, and as whole words when scanning.
 */
const COMMITTEE = [
  // Party committees and their leading bodies at any level.
  "党委",
  "党组",
  "工委",
  "党工委",
  "党（工）委",
  "党委（党组）",
  "党组（党委）",
  "省委",
  "市委",
  "县委",
  "区委",
  "州委",
  "地委",
  "部委",
  "领导班子",
  "班子",
  "领导小组",
  "工作领导小组",
  "指挥部",
  "指挥机构",
  "委员会",
  "常委会",
  "纪委",
  "监委",
  "纪委监委",
  "纪检监察机关",
  "纪检监察部门",
  "组织部",
  "宣传部",
  "统战部",
  "组织部门",
  "宣传部门",
  "主管部门",
  "职能部门",
  "部门",
  "有关部门",
  "政府",
  "人民政府",
  "机关",
  "办公室",
  "办公厅",
  "督查室",
  "成员单位",
  "各地",
  "县（市、区）",
  "县（市）",
  "市（州）",
];

const GRASSROOTS = [
  // Organisation-level units: grassroots party organisations and what they run.
  "党组织",
  "基层党组织",
  "党支部",
  "支部",
  "党总支",
  "党小组",
  "临时党组织",
  "村（社区）",
  "社区",
  "乡镇",
  "乡镇（街道）",
  "街道",
  "村委会",
  "居委会",
  "学校",
  "中小学校",
  "医院",
  "医疗机构",
  "卫生院",
  "企业",
  "社会组织",
  "单位",
  "网格",
  "门店",
  "服务队",
  // Villages and towns named bare ("各村和镇直各单位").
  "村",
  "镇",
  // Sub-units of hospitals, companies and schools.
  "项目",
  "公司",
  "集团公司",
  "科室",
  "子公司",
  "分公司",
  "所属单位",
  "二级党组织",
  "学院",
  "中心组",
  "检查站",
  "瞭望哨",
  "巡逻队",
  "村（居）委会",
];

const MEMBER = [
  // Persons.
  "党员",
  "共产党员",
  "党员干部",
  "干部",
  "领导干部",
  "同志",
  "负责同志",
  "负责人",
  "责任人",
  "书记",
  "成员",
  "班子成员",
  "人员",
  "工作人员",
  "医务人员",
  "医护人员",
  "值班人员",
  "志愿者",
  "队员",
  "主任",
  // Staff, students and leaders named as persons.
  "职工",
  "员工",
  "教职工",
  "教职员工",
  "师生",
  "学生",
  "观众",
  "领导",
  "主要领导",
  "主要负责同志",
  "主要负责人",
  "带班领导",
  "联络人",
  "联系人",
  "代表",
  "护林员",
  "第一书记",
];

/** Single-character heads: only trusted at the very end of a bearer phrase. */
const SUFFIXES: [string, Level][] = [
  ["委", "committee"],
  ["局", "committee"],
  ["厅", "committee"],
  ["部", "committee"],
  ["办", "committee"],
  ["室", "committee"],
  ["组", "committee"],
  ["会", "committee"],
  ["县", "committee"],
  ["市", "committee"],
  ["州", "committee"],
  ["省", "committee"],
  ["村", "grassroots"],
  ["镇", "grassroots"],
  ["科", "committee"],
  ["乡", "grassroots"],
  ["校", "grassroots"],
  ["院", "grassroots"],
  ["站", "grassroots"],
  ["哨", "grassroots"],
  ["队", "grassroots"],
  ["员", "member"],
  ["者", "member"],
];

/** Multi-character head nouns, scanned as words. */
export const ACTOR_WORDS: [string, Level][] = [
  ...COMMITTEE.map((w): [string, Level] => [w, "committee"]),
  ...GRASSROOTS.map((w): [string, Level] => [w, "grassroots"]),
  ...MEMBER.map((w): [string, Level] => [w, "member"]),
];

/** Every head (words and single-character suffixes) for suffix lookup. */
export const ACTOR_HEADS = new Map<string, Level>([...SUFFIXES, ...ACTOR_WORDS]);
export const MAX_HEAD_LENGTH = Math.max(...[...ACTOR_HEADS.keys()].map((w) => w.length));

/**
 * Words that open a bearer phrase without being its head ("各级党委", "广大党员"): they
 * let a scan find where the phrase starts.
 */
export const DETERMINERS = [
  "各级",
  "各",
  "广大",
  "全体",
  "全省",
  "全市",
  "全县",
  "全州",
  "全区",
  "每个",
  "每名",
  "每一名",
  "所有",
  "本级",
  "基层",
  "省直",
  "市直",
  "县直",
  "市级",
  "县级",
  "省级",
  "有关",
  "相关",
  // Modifiers of persons and organisations that still open the bearer phrase.
  "在职",
  "农村",
  "城市",
  "离退休",
  "流动",
  "我校",
  "全校",
  "全院",
  "全镇",
  "全街道",
  "本单位",
  "集团",
  "各位",
  "镇直",
  "区属",
  "校机关",
];

/** Joiners between conjuncts of one bearer phrase; the first conjunct's head decides the tier. */
export const CONJUNCTIONS = ["以及", "特别是", "尤其是", "包括", "和", "及", "与", "、"];

/** Adverbs between a bearer and its modal ("各级党委也要", "原则上不得"), stripped off the phrase. */
export const PRE_MODAL_ADVERBS = [
  "原则上",
  "一律",
  "都",
  "均",
  "也",
  "还",
  "更",
  "首先",
  "一定",
  "必须",
  "切实",
  "坚决",
  "同时",
];

/**
 * Heads of departments and offices: committee-level organs when a committee or government
 * issues the notice, but sub-units (grassroots) when a company, hospital, school, township
 * or branch issues it to its own departments (docs/responsibility-model.md, "Tiers of other bearers").
 */
export const DEPARTMENT_HEADS = [
  "部门",
  "部",
  "室",
  "办",
  "处",
  "科",
  "办公室",
  "部（室）",
  "职能部门",
  "有关部门",
  "主管部门",
  "中心",
];

/** Issuers below the committees: their own departments are sub-units. */
export const UNIT_LEVEL_ISSUER =
  /公司|集团|医院|卫生院|学校|大学|学院|中学|小学|[镇乡](?:党委|人民政府|政府|委员会|指挥部)?(?:、|$)|街道(?:党工委|工作委员会|办事处)?(?:、|$)|党总支|党支部|总务部|学生工作部/;

/** Addressees that only a unit-level issuer has: its own departments and subsidiaries. */
export const SUB_UNIT_ADDRESSEE = /科室|子公司|部（室）|所属单位|二级|直属支部/;

/** Subjects that are the issuer itself or the centre: their sentences describe, not direct. */
export const ISSUER_SUBJECTS = [
  "省委",
  "市委",
  "县委",
  "州委",
  "区委",
  "中央",
  "党中央",
  "本委",
  "我委",
];
