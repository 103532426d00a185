import { useTranslation } from "react-i18next";
import {
  ITEM_TYPES,
  LEVELS,
  MODALITIES,
  type Coding,
  type ItemType,
  type Level,
  type Modality,
} from "@zeren/shared/contract";
import { modalityHint, modalityLabel, typeLabel } from "@/lib/labels";
import { TierName } from "./tier-name";

/** A coding being filled in: any part may still be missing. */
export interface CodingDraft {
  level: Level | null;
  types: ItemType[];
  modality: Modality | null;
}

export const EMPTY_CODING: CodingDraft = { level: null, types: [], modality: null };

export function toDraft(coding: Coding | null | undefined): CodingDraft {
  return coding
    ? { level: coding.level, types: [...coding.types], modality: coding.modality }
    : EMPTY_CODING;
}

/** The full coding, or null while a part is missing. */
export function completeCoding(draft: CodingDraft): Coding | null {
  if (!draft.level || !draft.modality || draft.types.length === 0) return null;
  return { level: draft.level, types: draft.types, modality: draft.modality };
}

export function sameCoding(a: CodingDraft, b: CodingDraft): boolean {
  return (
    a.level === b.level &&
    a.modality === b.modality &&
    a.types.length === b.types.length &&
    a.types.every((type) => b.types.includes(type))
  );
}

/**
 * "Other" stands alone (the model: a set of specific types, or exactly "other"): choosing
 * it clears the specific ones, choosing a specific one clears it. Kept in the model's order.
 */
export function toggleType(types: readonly ItemType[], type: ItemType): ItemType[] {
  if (types.includes(type)) return types.filter((t) => t !== type);
  const next: ItemType[] =
    type === "other" ? [type] : [...types.filter((t) => t !== "other"), type];
  return ITEM_TYPES.filter((t) => next.includes(t));
}

interface CodingFieldsProps {
  /** Unique per form on the page: input names and ids derive from it. */
  idPrefix: string;
  value: CodingDraft;
  onChange: (value: CodingDraft) => void;
  disabled?: boolean;
}

/**
 * Who bears an item, of what kind and how binding: the three parts of a coding (a
 * participant's verdict, or an instructor's correction), as native radio buttons and
 * checkboxes in labelled groups.
 */
export function CodingFields({ idPrefix, value, onChange, disabled = false }: CodingFieldsProps) {
  const { t } = useTranslation("coding");
  return (
    <div className="coding-fields">
      <fieldset className="coding-fields__group" disabled={disabled}>
        <legend>{t("tier")}</legend>
        {LEVELS.map((level) => (
          <label key={level} className="choice">
            <input
              type="radio"
              name={`${idPrefix}-level`}
              value={level}
              checked={value.level === level}
              onChange={() => onChange({ ...value, level })}
            />
            <span>
              <TierName level={level} />
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="coding-fields__group" disabled={disabled}>
        <legend>{t("types")}</legend>
        {ITEM_TYPES.map((type) => (
          <label key={type} className="choice">
            <input
              type="checkbox"
              name={`${idPrefix}-types`}
              value={type}
              checked={value.types.includes(type)}
              onChange={() => onChange({ ...value, types: toggleType(value.types, type) })}
            />
            <span>{typeLabel(t, type)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="coding-fields__group" disabled={disabled}>
        <legend>{t("modality")}</legend>
        {MODALITIES.map((modality) => (
          <label key={modality} className="choice" title={modalityHint(t, modality)}>
            <input
              type="radio"
              name={`${idPrefix}-modality`}
              value={modality}
              checked={value.modality === modality}
              onChange={() => onChange({ ...value, modality })}
            />
            <span>{modalityLabel(t, modality)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
