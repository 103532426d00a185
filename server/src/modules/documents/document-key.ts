import { createHash } from "node:crypto";

/**
 * The id of a document, derived from its text so that importing the same notice twice finds
 * the stored one. TEMPORARY: the extractor will export `documentKey(text)` (the same key its
 * item ids derive from); this becomes a re-export of it.
 */
export function documentKey(text: string): string {
  return "doc-" + createHash("sha256").update(text).digest("hex").slice(0, 16);
}
