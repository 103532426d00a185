import type { ReactNode } from "react";
import { Link } from "react-router";

export interface Crumb {
  to: string;
  label: ReactNode;
}

interface BreadcrumbsProps {
  /** The landmark's accessible name. */
  label: string;
  /** The pages above this one, outermost first. */
  trail: Crumb[];
  /** This page's name. */
  current: ReactNode;
  className?: string;
}

/** The trail from the outer pages to this one, as a labelled navigation landmark. */
export function Breadcrumbs({ label, trail, current, className }: BreadcrumbsProps) {
  return (
    <nav className={["breadcrumbs", className].filter(Boolean).join(" ")} aria-label={label}>
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.to}>
            <Link to={crumb.to}>{crumb.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
