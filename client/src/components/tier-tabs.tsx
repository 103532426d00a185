import { NavLink } from "react-router";
import { LEVEL_LABELS, LEVELS } from "@zeren/shared/contract";

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
          {LEVEL_LABELS[level].en}{" "}
          <span lang="zh-Hans" className="tabs__zh">
            {LEVEL_LABELS[level].zh}
          </span>
        </NavLink>
      ))}
    </nav>
  );
}
