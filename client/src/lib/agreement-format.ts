import type { TFunction } from "i18next";
import type { AgreementField, Estimate, FieldAgreement } from "@zeren/shared/contract";
import { intlLocale, type Language } from "./i18n";
import { typeLabel } from "./labels";

/**
 * How agreement figures read on screen and on paper, for the dashboard and the class
 * summary alike: two decimals (a sign only when negative), an interval in brackets, "—"
 * where a coefficient is undefined. The words are in common.json (coefficient.*, field.*).
 */

export const COEFFICIENTS = ["observed", "fleiss", "alpha", "ac1"] as const;
export type CoefficientName = (typeof COEFFICIENTS)[number];

export function fieldLabel(t: TFunction, field: AgreementField): string {
  if (field === "level") return t("common:field.level");
  if (field === "modality") return t("common:field.modality");
  return t("common:field.type", { type: typeLabel(t, field) });
}

export function decimal(language: Language, value: number | null): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(intlLocale(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "negative",
  }).format(value);
}

export function intervalText(language: Language, estimate: Estimate): string {
  if (estimate.low === null || estimate.high === null) return "";
  return `[${decimal(language, estimate.low)}, ${decimal(language, estimate.high)}]`;
}

/** The share of codings in the dominant category, for the skew flag. */
export function dominantShare(field: Pick<FieldAgreement, "dominant">): number | null {
  return field.dominant?.share ?? null;
}
