import { defaultTitle } from "@zeren/shared/contract";

/**
 * The notice record's rules, pure: what is shown for a notice follows from a person's values
 * and the extractor's reading. Used by the service and by the repository, which stores the
 * shown values beside their sources (prisma/schema.prisma says why).
 */

/** A person's title, issuer and date; null where nobody set one. */
export interface PersonValues {
  title: string | null;
  issuer: string | null;
  date: string | null;
}

/** What the extractor read from the text. */
export interface Reading {
  issuer: string | null;
  date: string | null;
  addressees: string[];
}

/**
 * The values shown for a notice: a person's where set, else the reading; the title defaults to
 * "issuer date" of the shown values. Stored beside their sources (schema.prisma says why).
 */
export function shownValues(read: Pick<Reading, "issuer" | "date">, set: PersonValues) {
  const issuer = set.issuer ?? read.issuer;
  const date = set.date ?? read.date;
  return { issuer, date, title: set.title ?? defaultTitle(issuer, date) };
}
