import { z } from "zod";

/**
 * Control characters (C0 with tab and line breaks, DEL, C1) and the Unicode line and paragraph
 * separators: none belongs in a one-line label such as a title, where they would break a
 * heading, a CSV row or a terminal.
 */
const CONTROL_CHARACTER = /[\p{Cc}\u2028\u2029]/u;

/**
 * A one-line label a person types (a notice's or an exercise's title, an issuer): trimmed, at
 * most `max` characters, no control characters. Only input is checked: labels already stored
 * are served as they are.
 */
export function singleLineText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine(
      (text) => !CONTROL_CHARACTER.test(text),
      "must not contain control characters (line breaks, tabs or other invisible codes)",
    );
}
