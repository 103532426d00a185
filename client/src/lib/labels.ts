import type {
  BearerSource,
  CueKind,
  ItemType,
  Level,
  Modality,
  Timing,
} from "@zeren/shared/contract";
import { LEVEL_LABELS, LEVELS } from "@zeren/shared/contract";

/** Reader-facing names for the model's enums (the model's own words, ../shared/responsibility-model.md). */
export const TYPE_LABELS: Record<ItemType, string> = {
  reporting: "Reporting",
  staffing: "Staffing",
  publicity: "Publicity",
  other: "Other",
};

export const MODALITY_LABELS: Record<Modality, string> = {
  obligation: "Obligation",
  prohibition: "Prohibition",
  mixed: "Mixed",
};

export const MODALITY_HINTS: Record<Modality, string> = {
  obligation: "Must do",
  prohibition: "Must not do",
  mixed: "Must do and must not do",
};

export const BEARER_SOURCE_HINTS: Record<BearerSource, string> = {
  explicit: "named in the sentence",
  inherited: "carried from the previous directive in this section",
  heading: "named in the section heading",
  addressees: "the notice's addressees (no bearer named in the section)",
};

export const TIMING_LABELS: Record<Timing, string> = {
  daily: "Daily",
  "round-the-clock": "Round the clock",
  immediate: "Immediately",
};

export const CUE_LABELS: Record<CueKind, string> = {
  bearer: "Bearer",
  modal: "Modal verb",
  prohibition: "Prohibition",
  reporting: "Reporting cue",
  staffing: "Staffing cue",
  publicity: "Publicity cue",
  timing: "Timing",
  recipient: "Recipient",
};

export function isLevel(value: string | undefined): value is Level {
  return value !== undefined && (LEVELS as readonly string[]).includes(value);
}

export function levelName(level: Level): string {
  return LEVEL_LABELS[level].en;
}

/** "一、 heading", "Section 1.", "Preamble", "Closing paragraph" — how a section is cited. */
export function sectionLabel(section: {
  number: string | null;
  heading: string | null;
  index: number;
}): string {
  if (section.number && section.heading) return `${section.number} ${section.heading}`;
  if (section.heading) return section.heading;
  // A bare "1." reads as a list number; say that it is the notice's section.
  if (section.number) return `Section ${section.number}`;
  // Unnumbered: the preamble before the first number, else the closing paragraph after the last.
  return section.index === 0 ? "Preamble" : "Closing paragraph";
}
