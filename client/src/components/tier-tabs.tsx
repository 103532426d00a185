import { NavLink } from "react-router";
import { LEVELS } from "@zeren/shared/contract";
import { TierName } from "./tier-name";

/** Tabs between the three tiers; the current filters do not carry over (documents differ). */
export function TierTabs({ basePath, label }: { basePath: string; label: string }) {
  return (
    <nav className="tabs" aria-label={label}>
      {LEVELS.map((level) => (
        <NavLink
          key={level}
          to={`${basePath}/${level}`}
          className={({ isActive }) => (isActive ? "tabs__tab is-active" : "tabs__tab")}
        >
          <TierName level={level} zhClassName="tabs__zh" />
        </NavLink>
      ))}
    </nav>
  );
}
