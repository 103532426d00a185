// Evaluation CLI: scores the extractor against any gold file in the seed-gold format.
//   npm run --silent eval -- GOLD.jsonl DOCS_DIR [--json]
// Prints one table with the extractor's row beside the naive baseline's (recall, precision,
// tier accuracy, type F1, modality accuracy and the counts behind them), then the extractor's
// metrics in detail with every miss, extra item and field mismatch, then a line per document.
// The baseline (shared/src/gold/naive-baseline.ts: split at sentence ends, keep what holds a
// modal) is the floor: the gap between the rows is what the extractor's rules are worth.
// Bad input (unreadable or invalid gold, a document the gold names but DOCS_DIR lacks)
// is one line on stderr and exit code 2, so scripts can tell it from a crash (1).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractDocument } from "@zeren/shared/extractor";
import {
  formatMetrics,
  formatMetricsTable,
  GoldParseError,
  naiveExtract,
  parseGold,
  scoreExtraction,
  type ExtractionsByDoc,
  type GoldEntry,
  type GoldMetrics,
} from "@zeren/shared/gold";

const USAGE = "usage: npm run --silent eval -- GOLD.jsonl DOCS_DIR [--json]";

/** An error the user can fix; printed as one line without a stack. */
class InputError extends Error {}

interface Args {
  goldPath: string;
  docsDir: string;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const flags = argv.filter((arg) => arg.startsWith("--"));
  const positional = argv.filter((arg) => !arg.startsWith("--"));
  const unknown = flags.filter((flag) => flag !== "--json");
  if (unknown.length > 0) throw new InputError(`unknown option ${unknown.join(" ")}; ${USAGE}`);
  const [goldPath, docsDir, ...rest] = positional;
  if (!goldPath || !docsDir || rest.length > 0) throw new InputError(USAGE);
  return { goldPath, docsDir, json: flags.includes("--json") };
}

/** Reads a UTF-8 file; a failure becomes an InputError whose message `describe` words. */
async function readText(file: string, describe: (reason: string) => string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(describe((error as NodeJS.ErrnoException).code ?? "read error"));
  }
}

async function loadGold(goldPath: string): Promise<GoldEntry[]> {
  const jsonl = await readText(
    goldPath,
    (reason) => `cannot read gold file ${goldPath} (${reason})`,
  );
  let gold: GoldEntry[];
  try {
    gold = parseGold(jsonl);
  } catch (error) {
    if (error instanceof GoldParseError) {
      throw new InputError(`invalid gold file ${goldPath}: ${error.message}`);
    }
    throw error;
  }
  if (gold.length === 0) throw new InputError(`gold file ${goldPath} has no entries`);
  return gold;
}

/** Reads every document the gold names, in the order the gold first names them. */
async function readDocuments(gold: GoldEntry[], docsDir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const doc of new Set(gold.map((entry) => entry.doc))) {
    const file = path.join(docsDir, doc);
    const text = await readText(
      file,
      (reason) => `document "${doc}" named in the gold cannot be read from ${file} (${reason})`,
    );
    texts.set(doc, text);
  }
  return texts;
}

/** What one reader (the extractor, the baseline) makes of every document. */
function readAll(texts: Map<string, string>, reader: typeof naiveExtract): ExtractionsByDoc {
  const extractions: ExtractionsByDoc = {};
  for (const [doc, text] of texts) extractions[doc] = { text, extraction: reader(text) };
  return extractions;
}

interface DocumentLine {
  doc: string;
  directives: number;
  covered: number;
  items: number;
  preciseItems: number;
  tierCorrect: number;
}

/** Scores each document on its own, so a reader sees where the misses concentrate. */
function perDocument(gold: GoldEntry[], extractions: ExtractionsByDoc): DocumentLine[] {
  return Object.keys(extractions).map((doc) => {
    const m = scoreExtraction(
      gold.filter((entry) => entry.doc === doc),
      extractions,
    );
    return {
      doc,
      directives: m.counts.directives,
      covered: m.counts.covered,
      items: m.counts.items,
      preciseItems: m.counts.preciseItems,
      tierCorrect: m.counts.tierCorrect,
    };
  });
}

function formatDocuments(lines: DocumentLine[]): string {
  const width = Math.max(...lines.map((line) => line.doc.length));
  return lines
    .map(
      (line) =>
        `  ${line.doc.padEnd(width)}  covered ${line.covered}/${line.directives}` +
        `  precise ${line.preciseItems}/${line.items}  tier ${line.tierCorrect}/${line.covered}`,
    )
    .join("\n");
}

interface Report {
  metrics: GoldMetrics;
  documents: DocumentLine[];
  baseline: { name: string; metrics: GoldMetrics };
}

function render({ metrics, documents, baseline }: Report, json: boolean): string {
  if (json) return JSON.stringify({ metrics, documents, baseline }, null, 2);
  const table = formatMetricsTable([
    { name: "extractor", metrics },
    { name: "naive baseline", metrics: baseline.metrics },
  ]);
  return [
    table,
    "",
    "extractor in detail:",
    formatMetrics(metrics),
    "per document:",
    formatDocuments(documents),
  ].join("\n");
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const gold = await loadGold(args.goldPath);
  const texts = await readDocuments(gold, args.docsDir);
  const extractions = readAll(texts, (text) => extractDocument(text));
  const report: Report = {
    metrics: scoreExtraction(gold, extractions),
    documents: perDocument(gold, extractions),
    baseline: { name: "naive", metrics: scoreExtraction(gold, readAll(texts, naiveExtract)) },
  };
  process.stdout.write(`${render(report, args.json)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof InputError) {
    process.stderr.write(`eval: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(
    `eval: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
