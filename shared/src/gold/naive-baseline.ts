import type { ExtractedItem, Extraction, ItemType, Level } from "../contract/model";
import type { ExtractedUnit } from "../contract/unit-rules";

/**
 * The floor the extractor is measured against: what a few lines of keyword matching get
 * right. Split at sentence ends, keep what holds a modal, tier and type by the first keyword.
 * No sections, no inheritance, no headings, no reported speech: every gap between this row and
 * the extractor's in `npm run eval` is what the rules are worth.
 */
const UNIT = /[^。；！？;!?]+[。；！？;!?]*/g;
const OBLIGATION = /要|必须/;
const PROHIBITION = /不得|严禁/;
// 党组织 before 党组: at one position the first alternative that matches wins.
const BEARER = /党组织|支部|单位|社区|党委|党组|委员会|部门|党员|干部|人员/;
const TIER: Record<string, Level> = {
  党组织: "grassroots",
  支部: "grassroots",
  单位: "grassroots",
  社区: "grassroots",
  党员: "member",
  干部: "member",
  人员: "member",
};
const TYPES: [RegExp, ItemType][] = [
  [/报告|报送|上报/, "reporting"],
  [/选派|培训|干部/, "staffing"],
  [/宣传/, "publicity"],
];

/** Reads a notice the naive way; returns the extractor's shape so `scoreExtraction` scores it. */
export function naiveExtract(text: string): Extraction {
  const items: ExtractedItem[] = [];
  const units: ExtractedUnit[] = [];
  for (const match of text.matchAll(UNIT)) {
    const lead = match[0].length - match[0].trimStart().length;
    const unitText = match[0].trim();
    if (unitText === "") continue;
    const start = match.index + lead;
    const end = start + unitText.length;
    const isObligation = OBLIGATION.test(unitText);
    const isProhibition = PROHIBITION.test(unitText);
    const index = units.length;
    if (!isObligation && !isProhibition) {
      units.push({
        index,
        sectionIndex: 0,
        start,
        end,
        itemId: null,
        rule: "no-directive-cue",
        bearerPath: null,
      });
      continue;
    }
    const bearer = BEARER.exec(unitText)?.[0] ?? null;
    const types = TYPES.filter(([cue]) => cue.test(unitText)).map(([, type]) => type);
    const id = `naive-${index}`;
    items.push({
      id,
      sectionIndex: 0,
      unitIndex: index,
      text: unitText,
      start,
      end,
      bearer: bearer ?? "（未指明）",
      bearerSource: bearer ? "explicit" : "addressees",
      level: TIER[bearer ?? ""] ?? "committee",
      types: types.length > 0 ? types : ["other"],
      modality: isObligation ? (isProhibition ? "mixed" : "obligation") : "prohibition",
      cues: [],
      timing: null,
      recipient: null,
    });
    units.push({
      index,
      sectionIndex: 0,
      start,
      end,
      itemId: id,
      rule: isObligation ? "modal" : "prohibition",
      bearerPath: [{ step: "unit", found: bearer }],
    });
  }
  return {
    document: {
      issuer: null,
      date: null,
      addressees: [],
      title: "naive baseline",
      bodyEnd: text.length,
    },
    sections: [
      {
        index: 0,
        kind: "preamble",
        number: null,
        heading: null,
        headingStart: null,
        headingEnd: null,
        start: 0,
        end: text.length,
        headingBearer: null,
      },
    ],
    items,
    units,
  };
}
