import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** A CSS string literal: quotes and backslashes escaped, line breaks dropped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, " ")}"`;
}

/** The moment of printing: the page's opening time, renewed when the print dialog opens. */
function usePrintDate(): Date {
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const renew = () => setPrintedAt(new Date());
    window.addEventListener("beforeprint", renew);
    return () => window.removeEventListener("beforeprint", renew);
  }, []);
  return printedAt;
}

/**
 * A running header (tier, print date) and page numbers on every printed page, in the page's
 * margin boxes (CSS Paged Media, which Chromium prints): unlike a fixed element they never
 * cover the report's lines, and only margin boxes can count pages. The text is the reader's
 * language, so the rule is written here rather than in print.css; it exists only while the
 * summary is on screen.
 */
export function RunningHeader({ tier, date }: { tier: string; date: (printedAt: Date) => string }) {
  const { t } = useTranslation("summary");
  const printedAt = usePrintDate();
  // The translation with markers where the counters go, then each piece as CSS.
  const page = t("print.page", { page: "{PAGE}", pages: "{PAGES}" })
    .split(/(\{PAGE\}|\{PAGES\})/)
    .map((part) =>
      part === "{PAGE}" ? "counter(page)" : part === "{PAGES}" ? "counter(pages)" : cssString(part),
    )
    .filter((part) => part !== '""')
    .join(" ");
  const css = `@page {
  @top-left { content: ${cssString(tier)}; font-size: 8pt; color: #333; }
  @top-right { content: ${cssString(t("print.printed", { date: date(printedAt) }))}; font-size: 8pt; color: #333; }
  @bottom-center { content: ${page}; font-size: 8pt; color: #333; }
}`;
  return <style data-testid="summary-page-style">{css}</style>;
}
