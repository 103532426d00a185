// The extraction as a reader checks it in a terminal: every unit of the notice in text order,
// grouped by section, with the verdict (item or left out), the rule that decided it and its
// reason in words, and for items the fields and how the bearer was found. Plain text, no colour,
// so it pipes into less, grep and diff.
import {
  UNIT_RULE_LABELS,
  type BearerPathStep,
  type ExtractedItem,
  type ExtractedSection,
  type ExtractedUnit,
  type Extraction,
} from "@zeren/shared/contract";

/** Whitespace (line breaks, indentation, ideographic spaces) collapsed: one line per unit. */
const oneLine = (text: string) => text.replace(/\s+/gu, " ").trim();

function sectionTitle(section: ExtractedSection | undefined, index: number): string {
  if (!section) return `section ${index}`;
  if (section.kind === "preamble") return "preamble";
  if (section.kind === "closing") return "closing";
  const heading = section.heading ? ` ${oneLine(section.heading)}` : "";
  return `${section.number ?? ""}${heading}`.trim();
}

const describeStep = ({ step, found }: BearerPathStep) => `${step}: ${found ?? "nothing"}`;

function itemLines(item: ExtractedItem, unit: ExtractedUnit): string[] {
  const lines = [
    `bearer    ${item.bearer} (${item.bearerSource})`,
    `tier      ${item.level}`,
    `types     ${item.types.join(", ")}`,
    `modality  ${item.modality}`,
  ];
  if (item.timing) lines.push(`timing    ${item.timing}`);
  if (item.recipient) lines.push(`recipient ${item.recipient}`);
  if (item.cues.length > 0) {
    lines.push(`cues      ${item.cues.map((cue) => `${cue.text} (${cue.kind})`).join(", ")}`);
  }
  if (unit.bearerPath) lines.push(`path      ${unit.bearerPath.map(describeStep).join(" → ")}`);
  return lines;
}

function unitLines(text: string, unit: ExtractedUnit, item: ExtractedItem | undefined): string[] {
  const verdict = item ? "ITEM" : "left out";
  const lines = [
    `  [${unit.start}, ${unit.end})  ${oneLine(text.slice(unit.start, unit.end))}`,
    `      ${verdict} · ${unit.rule}: ${UNIT_RULE_LABELS[unit.rule].en}`,
  ];
  if (item) lines.push(...itemLines(item, unit).map((line) => `      ${line}`));
  return lines;
}

/** The whole explanation of one notice's extraction, ending with a newline. */
export function formatExplanation(text: string, extraction: Extraction): string {
  const { document, sections, items, units } = extraction;
  const byId = new Map(items.map((item) => [item.id, item]));
  const lines = [
    `${document.title}: ${units.length} units, ${items.length} items`,
    `issuer ${document.issuer ?? "unknown"} · date ${document.date ?? "unknown"} · addressees ${
      document.addressees.length > 0 ? document.addressees.join("，") : "none named"
    }`,
  ];
  let currentSection = -1;
  for (const unit of units) {
    if (unit.sectionIndex !== currentSection) {
      currentSection = unit.sectionIndex;
      const section = sections[currentSection];
      const range = section ? `  [${section.start}, ${section.end})` : "";
      lines.push("", `§${currentSection} ${sectionTitle(section, currentSection)}${range}`);
    }
    lines.push(...unitLines(text, unit, unit.itemId ? byId.get(unit.itemId) : undefined));
  }
  return `${lines.join("\n")}\n`;
}
