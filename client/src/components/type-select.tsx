import { useTranslation } from "react-i18next";
import { ITEM_TYPES, type ItemType } from "@zeren/shared/contract";
import { typeLabel } from "@/lib/labels";

/**
 * A labelled select of the item types with an "any type" first option (empty value →
 * undefined). Shared by the tier list's filters and the dashboard's export filter; the
 * caller supplies the label texts from its own namespace.
 */
export function TypeSelect({
  id,
  label,
  allLabel,
  value,
  onChange,
}: {
  id: string;
  label: string;
  allLabel: string;
  value: ItemType | undefined;
  onChange: (type: ItemType | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange((e.target.value || undefined) as ItemType | undefined)}
      >
        <option value="">{allLabel}</option>
        {ITEM_TYPES.map((type) => (
          <option key={type} value={type}>
            {typeLabel(t, type)}
          </option>
        ))}
      </select>
    </div>
  );
}
