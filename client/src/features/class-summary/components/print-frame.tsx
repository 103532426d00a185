import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/lib/format";

/** The moment of printing: the page's opening time, renewed when the print dialog opens. */
function usePrintTime(): Date {
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const renew = () => setPrintedAt(new Date());
    window.addEventListener("beforeprint", renew);
    return () => window.removeEventListener("beforeprint", renew);
  }, []);
  return printedAt;
}

interface PrintFrameProps {
  title: string;
  hash: string;
  generatedAt: string;
  children: ReactNode;
}

/**
 * Provenance on every printed page. Chromium repeats position:fixed elements on each page
 * of a print, so the header (exercise, print time) and footer (data hash) are fixed in
 * print; the empty <thead>/<tfoot> of the layout table repeat too, and reserve their room so
 * no line of the report runs under them. On screen both are ordinary blocks.
 */
export function PrintFrame({ title, hash, generatedAt, children }: PrintFrameProps) {
  const { t } = useTranslation("class-summary");
  const format = useFormat();
  const printedAt = usePrintTime();
  return (
    <div className="print-frame">
      <div className="print-frame__header" data-testid="print-header">
        <span className="print-frame__title">{title}</span>
        <span>
          {t("frame.printed", { time: format.dateTime(printedAt) })} ·{" "}
          {t("frame.hashShort", { hash: hash.slice(0, 12) })}
        </span>
      </div>
      <table className="print-frame__layout" role="presentation">
        <thead>
          <tr>
            <td>
              <div className="print-frame__space print-frame__space--header" />
            </td>
          </tr>
        </thead>
        <tfoot>
          <tr>
            <td>
              <div className="print-frame__space print-frame__space--footer" />
            </td>
          </tr>
        </tfoot>
        <tbody>
          <tr>
            <td>{children}</td>
          </tr>
        </tbody>
      </table>
      <div className="print-frame__footer" data-testid="print-footer">
        <span>
          {t("frame.hash")} <code className="print-frame__hash">{hash}</code>
        </span>
        <span>{t("frame.generated", { time: format.dateTime(generatedAt) })}</span>
      </div>
    </div>
  );
}
