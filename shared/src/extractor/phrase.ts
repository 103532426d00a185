import type { Level } from "../contract/model";
import { ACTOR_HEADS, CONJUNCTIONS, MAX_HEAD_LENGTH } from "./lexicon/actors";

/** Removes a trailing parenthetical such as "（党组）" or "（街道）". */
export function stripTrailingParen(phrase: string): string {
  let s = phrase;
  while (s.endsWith("）")) {
    const open = s.lastIndexOf("（");
    if (open <= 0) break;
    s = s.slice(0, open);
  }
  return s;
}

/** The head noun a phrase ends with, longest first, and its tier. */
export function headOf(phrase: string): { head: string; level: Level } | null {
  const s = stripTrailingParen(phrase);
  for (let k = Math.min(MAX_HEAD_LENGTH, s.length); k >= 1; k--) {
    const head = s.slice(s.length - k);
    const level = ACTOR_HEADS.get(head);
    if (level) return { head, level };
  }
  // "村（居）委会": a parenthetical inside the head noun; read it without the parenthesis.
  const inner = s.replace(/（[^（）]{1,6}）(?=[^（）]{1,3}$)/, "");
  return inner !== s ? headOf(inner) : null;
}

/** Splits at top-level conjunctions (never inside parentheses): "A和B特别是C" → A, B, C. */
export function conjuncts(phrase: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < phrase.length;) {
    const ch = phrase[i]!;
    if (ch === "（" || ch === "(") depth++;
    else if (ch === "）" || ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0) {
      const joiner = CONJUNCTIONS.find((c) => phrase.startsWith(c, i));
      if (joiner) {
        parts.push({ text: phrase.slice(start, i), start });
        i += joiner.length;
        start = i;
        continue;
      }
    }
    i++;
  }
  parts.push({ text: phrase.slice(start), start });
  return parts.filter((p) => p.text.length > 0);
}

/**
 * The tier of a bearer phrase: the head of its first conjunct that has one (a bearer naming
 * a body and persons takes the first head). Modifiers before the last "的" are not heads
 * ("收治确诊患者的医疗机构" → 医疗机构). Returns the head's offset inside the phrase.
 */
export function tierOf(phrase: string): { level: Level; head: string; start: number } | null {
  const de = lastTopLevel(phrase, "的");
  const offset = de >= 0 && headOf(phrase.slice(de + 1)) ? de + 1 : 0;
  const body = phrase.slice(offset);
  const parts = conjuncts(body);
  // "有关企业、单位值班人员": bodies coordinated as modifiers of a person noun → the persons.
  const last = parts[parts.length - 1];
  const lastHead = last ? headOf(last.text) : null;
  if (last && lastHead?.level === "member" && parts.length > 1) {
    const modifier = stripTrailingParen(last.text).slice(0, -lastHead.head.length);
    const modifierHead = modifier.length > 0 ? headOf(modifier) : null;
    const bodiesOnly = parts.slice(0, -1).every((p) => p.text.length <= 10);
    if (modifierHead && modifierHead.level !== "member" && bodiesOnly) {
      const stripped = stripTrailingParen(last.text);
      return {
        level: "member",
        head: lastHead.head,
        start: offset + last.start + stripped.length - lastHead.head.length,
      };
    }
  }
  for (const part of parts) {
    const found = headOf(part.text);
    if (found) {
      const stripped = stripTrailingParen(part.text);
      return {
        level: found.level,
        head: found.head,
        start: offset + part.start + stripped.length - found.head.length,
      };
    }
  }
  return null;
}

function lastTopLevel(s: string, ch: string): number {
  let depth = 0;
  let found = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "（") depth++;
    else if (c === "）") depth = Math.max(0, depth - 1);
    else if (c === ch && depth === 0) found = i;
  }
  return found;
}
