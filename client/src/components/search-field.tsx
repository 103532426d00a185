import { useEffect, useRef, useState } from "react";

export const SEARCH_DEBOUNCE_MS = 300;

interface SearchFieldProps {
  id: string;
  label: string;
  placeholder?: string;
  /** The committed search (from the URL). */
  value: string;
  onCommit: (value: string) => void;
  /** The wrapper's class; "field field--search" by default. */
  className?: string;
}

/**
 * A search field that commits what was typed once typing pauses (or on Enter), so the URL and
 * the request follow the reader without one request per keystroke. While a Chinese (or any)
 * input method is composing, the field holds pinyin or a candidate, not what the reader means:
 * nothing is committed until the composition ends (compositionend), and the Enter that picks a
 * candidate is the input method's, not a search.
 */
export function SearchField({
  id,
  label,
  placeholder,
  value,
  onCommit,
  className,
}: SearchFieldProps) {
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const composing = useRef(false);
  // The caller's latest onCommit: a commit that fires after a pause must not bring back the
  // other filters as they were when typing began (a select changed meanwhile would be undone).
  const latestOnCommit = useRef(onCommit);
  useEffect(() => {
    latestOnCommit.current = onCommit;
  });

  // The URL changed from elsewhere (Clear filters, back button): show what it says now.
  if (value !== committed) {
    setCommitted(value);
    setText(value);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    setCommitted(next);
    latestOnCommit.current(next);
  };
  const commitLater = (next: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), SEARCH_DEBOUNCE_MS);
  };

  return (
    <div className={className ?? "field field--search"}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        onCompositionStart={() => {
          composing.current = true;
          clearTimeout(timer.current);
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          const next = event.currentTarget.value;
          setText(next);
          commitLater(next);
        }}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (composing.current) return;
          commitLater(next);
        }}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          // Enter inside a composition confirms the candidate; keyCode 229: some browsers
          // send the IME's Enter after compositionend.
          if (composing.current || event.nativeEvent.isComposing || event.keyCode === 229) return;
          event.preventDefault();
          commit(text);
        }}
      />
    </div>
  );
}
