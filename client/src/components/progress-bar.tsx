interface ProgressBarProps {
  value: number;
  max: number;
  /** The accessible name, e.g. "Reviewed items, Provincial committee". */
  label: string;
}

/** A review progress bar a screen reader announces as "3 of 40 reviewed (8%)". */
export function ProgressBar({ value, max, label }: ProgressBarProps) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={`${value} of ${max} reviewed (${percent}%)`}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress__text">
        {value} / {max} reviewed <span className="muted">· {percent}%</span>
      </span>
    </div>
  );
}
