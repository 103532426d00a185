/**
 * The sections of a notice as every reader of its text needs them: the active ones (a
 * re-extraction that yields fewer keeps the rest inactive), in order, with their bounds.
 */
export const ACTIVE_SECTIONS = {
  where: { active: true },
  orderBy: { index: "asc" },
  select: {
    index: true,
    kind: true,
    number: true,
    heading: true,
    headingStart: true,
    headingEnd: true,
    start: true,
    end: true,
  },
} as const;
