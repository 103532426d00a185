import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** Waits this long after the last keystroke before searching (as the tier page's search). */
const SEARCH_DEBOUNCE_MS = 300;

interface DocumentSearchProps {
  /** The committed search (from the URL). */
  value: string;
  onCommit: (value: string) => void;
}

/**
 * Finds notices by title or issuer: commits once typing pauses (or on Enter), and never
 * while a Chinese input method is still composing the characters.
 */
export function DocumentSearch({ value, onCommit }: DocumentSearchProps) {
  const { t } = useTranslation("documents");
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const composing = useRef(false);

  // The URL changed from elsewhere (back button): show what it says now.
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
  const schedule = (next: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), SEARCH_DEBOUNCE_MS);
  };

  return (
    <div className="field field--search document-search" role="search">
      <label htmlFor="document-search">{t("list.search")}</label>
      <input
        id="document-search"
        type="search"
        value={text}
        placeholder={t("list.searchPlaceholder")}
        autoComplete="off"
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          schedule(event.currentTarget.value);
        }}
        onChange={(event) => {
          setText(event.target.value);
          if (!composing.current) schedule(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && !composing.current) {
            event.preventDefault();
            commit(text);
          }
        }}
      />
    </div>
  );
}
