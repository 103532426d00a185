import { LEVELS, type Level } from "@zeren/shared/contract";
import { TierName } from "./tier-name";

/** The three tiers as native radio buttons in a labelled group (corrections, bearer edits). */
export function TierChoice({
  legend,
  name,
  value,
  onChange,
}: {
  legend: string;
  /** The radio group's name: unique per form on the page. */
  name: string;
  value: Level;
  onChange: (level: Level) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {LEVELS.map((level) => (
        <label key={level} className="choice">
          <input
            type="radio"
            name={name}
            value={level}
            checked={value === level}
            onChange={() => onChange(level)}
          />
          <TierName level={level} />
        </label>
      ))}
    </fieldset>
  );
}
