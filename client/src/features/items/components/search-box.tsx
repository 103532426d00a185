import { useTranslation } from "react-i18next";
import { SearchField } from "@/components/search-field";

interface SearchBoxProps {
  /** The committed search (from the URL). */
  value: string;
  onCommit: (value: string) => void;
}

/** The tier page's search: waits for typing to pause and for an input method to finish. */
export function SearchBox({ value, onCommit }: SearchBoxProps) {
  const { t } = useTranslation("items");
  return (
    <SearchField
      id="item-search"
      label={t("filters.search")}
      placeholder={t("filters.searchPlaceholder")}
      value={value}
      onCommit={onCommit}
    />
  );
}
