import { GoldEntrySchema, type GoldEntry } from "./schema";

/** Thrown for a malformed gold file; the message names the 1-based line and the field. */
export class GoldParseError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`gold line ${line}: ${detail}`);
    this.name = "GoldParseError";
  }
}

/**
 * Parses a gold file (JSON Lines, one unit a line; blank lines are skipped) and validates
 * every entry against the gold schema. Throws `GoldParseError` at the first bad line.
 */
export function parseGold(jsonl: string): GoldEntry[] {
  const entries: GoldEntry[] = [];
  const lines = jsonl.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]?.trim() ?? "";
    if (raw === "") continue;
    const lineNumber = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new GoldParseError(
        lineNumber,
        `invalid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    const parsed = GoldEntrySchema.safeParse(value);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((issue) => `${issue.path.join(".") || "(entry)"}: ${issue.message}`)
        .join("; ");
      throw new GoldParseError(lineNumber, detail);
    }
    entries.push(parsed.data);
  }
  return entries;
}
