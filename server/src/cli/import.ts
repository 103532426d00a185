// Bulk import: every notice under the given paths, through the same service as the API.
//   npm run import -- PATH…     (files, folders recursively, .zip archives)
// One notice per text file, each stored in its own transaction, so a file that fails leaves
// nothing half-written and the others go on. stdout: one line per file (created, already
// stored, refused and why) and a summary; on a terminal, a progress bar on stderr. Exit code
// 0 when every file was imported or already stored, 1 when any was refused, 2 for bad usage.
import { ZodError } from "zod";
import { ImportBodySchema } from "@zeren/shared/contract";
import { prisma } from "../db";
import { AppError } from "../errors/app-error";
import { closeExtractionPool } from "../extraction/extraction-pool";
import { assertTextWithinLimit, importDocument } from "../modules/documents/documents.service";
import { collectSources, decodeNotice, type Source } from "./import-sources";

const USAGE = "usage: npm run import -- PATH… (text files, folders, .zip archives)";

export type Outcome =
  | { kind: "created"; items: number }
  | { kind: "already stored"; items: number }
  | { kind: "refused"; reason: string };

/** Imports one file as the API would (POST /api/documents): the same checks, the same service. */
async function importOne(source: Source): Promise<Outcome> {
  const decoded = decodeNotice(source.fileName, await source.read());
  if ("refused" in decoded) return { kind: "refused", reason: decoded.refused };
  try {
    assertTextWithinLimit(decoded.text);
    const body = ImportBodySchema.parse({ text: decoded.text, fileName: source.fileName });
    const { created, document } = await importDocument(body);
    return { kind: created ? "created" : "already stored", items: document.items.length };
  } catch (error) {
    if (error instanceof AppError) return { kind: "refused", reason: error.message };
    if (error instanceof ZodError) {
      return { kind: "refused", reason: error.issues.map((issue) => issue.message).join("; ") };
    }
    // Anything else is ours, not the file's; still one line, and the next file goes on.
    return { kind: "refused", reason: `failed: ${errorMessage(error)}` };
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const LABEL_WIDTH = "already stored".length;

function reportLine(name: string, outcome: Outcome): string {
  const label = outcome.kind.padEnd(LABEL_WIDTH);
  const detail =
    outcome.kind === "refused"
      ? `: ${outcome.reason}`
      : ` (${outcome.items} item${outcome.items === 1 ? "" : "s"})`;
  return `${label}  ${name}${detail}`;
}

/** A one-line bar redrawn in place on a terminal; nothing when stderr is a pipe or file. */
function progressBar(total: number) {
  const tty = process.stderr.isTTY;
  const width = 30;
  return {
    draw(done: number, current: string) {
      if (!tty) return;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const columns = process.stderr.columns || 80;
      const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${current}`;
      process.stderr.write(`\r\x1b[K${line.slice(0, columns - 1)}`);
    },
    clear() {
      if (tty) process.stderr.write("\r\x1b[K");
    },
  };
}

async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((arg) => arg !== "--");
  if (paths.length === 0 || paths.some((arg) => arg.startsWith("-"))) {
    process.stderr.write(`import: ${USAGE}\n`);
    return 2;
  }
  const { sources, unreadable, skipped } = await collectSources(paths);
  const counts = { created: 0, "already stored": 0, refused: unreadable.length };
  for (const { name, reason } of unreadable) {
    process.stdout.write(`${reportLine(name, { kind: "refused", reason })}\n`);
  }

  const bar = progressBar(sources.length);
  const started = performance.now();
  for (const [index, source] of sources.entries()) {
    bar.draw(index, source.name);
    const outcome = await importOne(source);
    counts[outcome.kind] += 1;
    bar.clear();
    process.stdout.write(`${reportLine(source.name, outcome)}\n`);
  }
  bar.draw(sources.length, "");
  bar.clear();

  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? ` in ${seconds.toFixed(1)} s` : "";
  const others = skipped > 0 ? `; ${skipped} other file${skipped === 1 ? "" : "s"} skipped` : "";
  process.stdout.write(
    `${counts.created} created, ${counts["already stored"]} already stored, ${counts.refused} refused${rate}${others}\n`,
  );
  return counts.refused > 0 ? 1 : 0;
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`import: unexpected error: ${errorMessage(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => Promise.all([closeExtractionPool(), prisma.$disconnect()]));
