import { useTranslation } from "react-i18next";
import { useFormat } from "@/lib/format";

interface ProgressBarProps {
  value: number;
  max: number;
  /** The accessible name, e.g. "Reviewed items, Provincial committee". */
  label: string;
}

/** A review progress bar a screen reader announces as "3 of 40 reviewed (8%)". */
export function ProgressBar({ value, max, label }: ProgressBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const fraction = max > 0 ? value / max : 0;
  const width = Math.round(fraction * 100);
  const values = {
    value: format.number(value),
    max: format.number(max),
    percent: format.percent(Math.round(fraction * 100) / 100),
  };
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={t("progress.valueText", values)}
      >
        <div className="progress__fill" style={{ width: `${width}%` }} />
      </div>
      <span className="progress__text">
        {t("progress.text", values)} <span className="muted">· {values.percent}</span>
      </span>
    </div>
  );
}
