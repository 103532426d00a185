import type { TFunction } from "i18next";
import {
  LEVEL_LABELS,
  LEVELS,
  UNIT_RULE_LABELS,
  type BearerSource,
  type CueKind,
  type ItemType,
  type Level,
  type Modality,
  type Timing,
  type UnitRule,
} from "@zeren/shared/contract";
import type { Language } from "./i18n";

/**
 * Reader-facing names for the model's enums (the model's own words,
 * docs/responsibility-model.md), in the interface language: common.json holds them
 * under level.*, type.*, modality.*, modalityHint.*, bearerSource.*, timing.*, cue.*.
 */
export const typeLabel = (t: TFunction, type: ItemType) => t(`common:type.${type}`);
export const modalityLabel = (t: TFunction, modality: Modality) => t(`common:modality.${modality}`);
export const modalityHint = (t: TFunction, modality: Modality) =>
  t(`common:modalityHint.${modality}`);
export const bearerSourceHint = (t: TFunction, source: BearerSource) =>
  t(`common:bearerSource.${source}`);
export const timingLabel = (t: TFunction, timing: Timing) => t(`common:timing.${timing}`);
export const cueLabel = (t: TFunction, kind: CueKind) => t(`common:cue.${kind}`);
export const levelName = (t: TFunction, level: Level) => t(`common:level.${level}`);

/**
 * A tier as plain text (titles, accessible names): in English with the notices' own term
 * beside it ("Provincial committee 党委"), in Chinese the term alone ("党委").
 */
export function tierTitle(t: TFunction, level: Level, language: Language): string {
  const name = levelName(t, level);
  return language === "en" ? `${name} ${LEVEL_LABELS[level].zh}` : name;
}

/**
 * Why the extractor took a unit as an item or left it out, in the interface language. The
 * reasons live beside the rule ids in the contract (UNIT_RULE_LABELS), not in the locale
 * files, so a rule added there is explained here without a change.
 */
export function unitRuleReason(rule: UnitRule, language: Language): string {
  return UNIT_RULE_LABELS[rule][language];
}

export function isLevel(value: string | undefined): value is Level {
  return value !== undefined && (LEVELS as readonly string[]).includes(value);
}

/** "一、 heading", "Section 1", "Preamble", "Closing paragraph" — how a section is cited. */
export function sectionLabel(
  t: TFunction,
  section: { number: string | null; heading: string | null; index: number },
): string {
  if (section.number && section.heading) return `${section.number} ${section.heading}`;
  if (section.heading) return section.heading;
  // A bare "1." reads as a list number; say that it is the notice's section ("Section 1",
  // "第1部分": the number without its trailing full stop or 、, which neither language needs).
  if (section.number) {
    return t("common:section.numbered", { number: section.number.replace(/[.．、]$/, "") });
  }
  // Unnumbered: the preamble before the first number, else the closing paragraph after the last.
  return section.index === 0 ? t("common:section.preamble") : t("common:section.closing");
}
