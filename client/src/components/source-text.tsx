import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Cue, Level, UnitRule } from "@zeren/shared/contract";
import { useFormat } from "@/lib/format";
import { cueLabel, unitRuleReason } from "@/lib/labels";
import { splitByRanges, toBlocks, type Range } from "@/lib/highlight";
import { selectedSpan } from "@/lib/source-selection";

export interface SourceSection extends Range {
  index: number;
  headingStart: number | null;
  headingEnd: number | null;
}

export interface HighlightedItem extends Range {
  id: string;
  level: Level;
  cues?: readonly Cue[];
  /** Shown right after the highlighted span (the import preview's tier and types). */
  tag?: ReactNode;
}

/** An item a person dismissed as not a directive: shown struck through with the reason. */
export interface DismissedRange extends Range {
  id: string;
  reason: string | null;
}

/** A unit the extractor did not take as an item, and the rule that left it out. */
export interface LeftOutRange extends Range {
  rule: UnitRule;
}

interface SourceTextProps {
  text: string;
  sections: readonly SourceSection[];
  /** Where the notice's body ends (web boilerplate after it is not shown). */
  bodyEnd?: number;
  items: readonly HighlightedItem[];
  /** Shown greyed out with their reason; those left out as headings are shown as headings. */
  leftOut?: readonly LeftOutRange[];
  /** Struck through, with the reason in their title. */
  dismissed?: readonly DismissedRange[];
  /** The item to scroll to, inside this component's own scroll box. */
  focusId?: string;
  label: string;
  /**
   * Called with the notice offsets of what the reader selects in the text, or of a left-out
   * unit they click (issue 8: "Make this an item"). Keep it stable (a state setter).
   */
  onSelectSpan?: (span: Range) => void;
}

/**
 * Paragraph breaks come from the blocks themselves: drop the line breaks at a block's edges
 * (and whitespace at its end) so they do not show as empty lines; an indent is kept.
 */
function trimBlock<B extends Range>(text: string, block: B): B {
  let { start, end } = block;
  while (start < end && /[\r\n]/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { ...block, start, end };
}

/**
 * What is shown for a stretch of source: runs of blank lines (a .docx converts to one
 * blank line per paragraph) collapse to one line break; every other character is as written.
 */
export function displayText(text: string): string {
  return text.replace(/(?:[ \t\u3000]*\r?\n){2,}/g, "\n");
}

type Outer =
  | (Range & { kind: "heading" })
  | (HighlightedItem & { kind: "item" })
  | (DismissedRange & { kind: "dismissed" })
  | (LeftOutRange & { kind: "left-out" });

/** A leaf of the source view: the offsets it shows, so a selection maps back to the notice. */
function Leaf({ start, end, text }: { start: number; end: number; text: string }) {
  return (
    <span data-start={start} data-end={end}>
      {displayText(text)}
    </span>
  );
}

/**
 * A left-out unit: its text greyed out, then the reason in words, visible (phones have no
 * hover, and it prints) rather than only in a tooltip. The reason follows the unit's last
 * segment, so a unit split across paragraphs is explained once.
 */
function LeftOutSpan({
  text,
  start,
  range,
  isEnd,
  onPick,
}: {
  text: string;
  start: number;
  range: LeftOutRange;
  isEnd: boolean;
  onPick?: (span: Range) => void;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const reason = unitRuleReason(range.rule, language);
  return (
    <span className="source__left-out" data-rule={range.rule}>
      <span
        className={onPick ? "source__left-out-text source__pickable" : "source__left-out-text"}
        title={t("leftOut.title", { reason })}
        data-start={start}
        data-end={start + text.length}
        // A click without a drag picks the whole unit; a drag is a selection of its own.
        onClick={
          onPick
            ? (event) => {
                if (event.currentTarget.ownerDocument.getSelection()?.isCollapsed !== false) {
                  onPick({ start: range.start, end: range.end });
                }
              }
            : undefined
        }
      >
        {displayText(text)}
      </span>
      {isEnd && (
        <span className="left-out-tag" lang={language === "zh" ? "zh-Hans" : "en"}>
          <span className="left-out-tag__label">{t("leftOut.label")}</span>
          {reason}
        </span>
      )}
    </span>
  );
}

function CueSpans({ text, item }: { text: string; item: HighlightedItem }) {
  const { t } = useTranslation();
  const segments = splitByRanges(text, item.cues ?? [], item.start, item.end);
  return segments.map((segment) =>
    segment.range ? (
      <span
        key={segment.start}
        className={`cue cue--${segment.range.kind}`}
        title={`${cueLabel(t, segment.range.kind)}: ${segment.range.text}`}
        data-cue={segment.range.kind}
        data-start={segment.start}
        data-end={segment.end}
      >
        {segment.text}
      </span>
    ) : (
      <Leaf key={segment.start} {...segment} />
    ),
  );
}

/**
 * The notice's text, one paragraph per section, with items highlighted in <mark> and their
 * cues marked inside, and the units left out greyed out with their reason. Every character
 * of the notice is shown exactly once, at its original offset.
 */
export function SourceText({
  text,
  sections,
  bodyEnd,
  items,
  leftOut = [],
  dismissed = [],
  focusId,
  label,
  onSelectSpan,
}: SourceTextProps) {
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = boxRef.current;
    if (!box || !onSelectSpan) return;
    const document = box.ownerDocument;
    // A collapsed selection (a click elsewhere, a button) keeps the last one: the form
    // beside the text must not lose it when the reader moves there.
    const onChange = () => {
      const span = selectedSpan(text, box);
      if (span) onSelectSpan(span);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [onSelectSpan, text]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box || !focusId) return;
    const mark = [...box.querySelectorAll<HTMLElement>("[data-item-id]")].find(
      (element) => element.dataset.itemId === focusId,
    );
    if (!mark) return;
    // Scroll the text box only, not the page: the item's fields stay where the reader is.
    const scrollToMark = () => {
      const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
      box.scrollTop += top - box.clientHeight / 3;
    };
    scrollToMark();
    // The text reflows when the box changes width (rotation, resize): find the item again.
    if (typeof ResizeObserver === "undefined") return;
    let lastWidth = box.clientWidth;
    const observer = new ResizeObserver(() => {
      if (box.clientWidth === lastWidth) return;
      lastWidth = box.clientWidth;
      scrollToMark();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [focusId, text]);

  const { t } = useTranslation();
  const end = Math.min(bodyEnd ?? text.length, text.length);
  const blocks = toBlocks(sections, end);

  return (
    <div className="source" ref={boxRef} tabIndex={0} role="region" aria-label={label}>
      {blocks.map((rawBlock) => {
        const block = trimBlock(text, rawBlock);
        if (block.start >= block.end) return null;
        const outer: Outer[] = items.map((item) => ({ ...item, kind: "item" as const }));
        for (const range of dismissed) outer.push({ ...range, kind: "dismissed" });
        for (const unit of leftOut) {
          outer.push(
            unit.rule === "heading"
              ? { kind: "heading", start: unit.start, end: unit.end }
              : { ...unit, kind: "left-out" },
          );
        }
        const section = block.section;
        if (section && section.headingStart !== null && section.headingEnd !== null) {
          outer.push({ kind: "heading", start: section.headingStart, end: section.headingEnd });
        }
        const segments = splitByRanges(text, outer, block.start, block.end);
        return (
          <p
            className={block.section ? "source__block" : "source__block source__block--aside"}
            key={block.start}
            lang="zh-Hans"
          >
            {segments.map((segment) => {
              const range = segment.range;
              if (!range) return <Leaf key={segment.start} {...segment} />;
              if (range.kind === "heading") {
                return (
                  <strong
                    className="source__heading"
                    key={segment.start}
                    data-start={segment.start}
                    data-end={segment.end}
                  >
                    {displayText(segment.text)}
                  </strong>
                );
              }
              if (range.kind === "dismissed") {
                return (
                  <del
                    key={segment.start}
                    className="source__dismissed"
                    data-item-id={range.id}
                    title={t("dismissed.title", { reason: range.reason ?? "" })}
                  >
                    <Leaf {...segment} />
                  </del>
                );
              }
              if (range.kind === "left-out") {
                return (
                  <LeftOutSpan
                    key={segment.start}
                    text={segment.text}
                    start={segment.start}
                    range={range}
                    isEnd={segment.end >= Math.min(range.end, block.end)}
                    onPick={onSelectSpan}
                  />
                );
              }
              const clipped = { ...range, start: segment.start, end: segment.end };
              return (
                <span key={segment.start} className="source__item">
                  <mark
                    className={`hl hl--${range.level}${range.id === focusId ? " hl--focus" : ""}`}
                    data-item-id={range.id}
                  >
                    <CueSpans text={text} item={clipped} />
                  </mark>
                  {range.tag}
                </span>
              );
            })}
          </p>
        );
      })}
    </div>
  );
}
