import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

/**
 * A table's horizontal scroll container. When the table is wider than the screen (phones),
 * the container becomes a named, focusable region, so a keyboard user can reach it and
 * scroll it with the arrow keys (axe: scrollable-region-focusable) and a screen reader
 * announces what it holds. When it fits, it stays a plain box: no extra tab stop, and no
 * label on an element without a role.
 */
export function TableScroll({
  label,
  className,
  children,
}: {
  /** What the table shows, for the region's name (its caption or heading). */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  const classes = className ? `table-wrap ${className}` : "table-wrap";
  return scrolls ? (
    <div ref={ref} className={classes} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  ) : (
    <div ref={ref} className={classes}>
      {children}
    </div>
  );
}
