import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

export const SEARCH_DEBOUNCE_MS = 300;

interface SearchBoxProps {
  /** The committed search (from the URL). */
  value: string;
  onCommit: (value: string) => void;
}

/**
 * A search field that commits what was typed once typing pauses (or on Enter), so the URL
 * and the request follow the reader without one request per keystroke.
 */
export function SearchBox({ value, onCommit }: SearchBoxProps) {
  const { t } = useTranslation("items");
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The URL changed from elsewhere (Clear filters, back button): show what it says now.
  if (value !== committed) {
    setCommitted(value);
    setText(value);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    setCommitted(next);
    onCommit(next);
  };

  return (
    <div className="field field--search">
      <label htmlFor="item-search">{t("filters.search")}</label>
      <input
        id="item-search"
        type="search"
        value={text}
        placeholder={t("filters.searchPlaceholder")}
        autoComplete="off"
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(next), SEARCH_DEBOUNCE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit(text);
          }
        }}
      />
    </div>
  );
}
