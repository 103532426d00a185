// Extraction CLI: prints what the extractor makes of one notice.
//   npm run --silent extract -- FILE [--explain]
// stdout carries only the JSON `{ "document", "sections", "items" }`; with --explain, instead,
// every unit grouped by section with its verdict, rule and reason, and each item's fields and
// bearer resolution path (./explain.ts), for a reader in a terminal. A missing, unreadable
// (a directory, no permission), empty or binary file is one line on stderr and exit code 2;
// anything unexpected is one line and exit code 1.
import { readFile, stat } from "node:fs/promises";
import { extractDocument } from "@zeren/shared/extractor";
import { formatExplanation } from "./explain";

const USAGE = "usage: npm run --silent extract -- FILE [--explain]";

/** An error the user can fix; printed as one line without a stack. */
class InputError extends Error {}

async function readNotice(file: string): Promise<string> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file} (${code ?? "error"})`,
    );
  }
  if (info.isDirectory()) throw new InputError(`cannot read ${file}: it is a directory`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(
      `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  // Binary files: a NUL byte, or bytes that are not UTF-8.
  if (bytes.includes(0)) throw new InputError(`${file} is a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${file} is not UTF-8 text`);
  }
  if (text.trim() === "") throw new InputError(`${file} is empty`);
  return text;
}

function parseArgs(argv: string[]): { file: string; explain: boolean } {
  const flags = argv.filter((arg) => arg.startsWith("-"));
  const unknown = flags.filter((flag) => flag !== "--explain");
  if (unknown.length > 0) throw new InputError(`unknown option ${unknown.join(" ")}; ${USAGE}`);
  const files = argv.filter((arg) => !arg.startsWith("-"));
  if (files.length !== 1 || !files[0]) throw new InputError(USAGE);
  return { file: files[0], explain: flags.length > 0 };
}

async function main(argv: string[]): Promise<void> {
  const { file, explain } = parseArgs(argv);
  const text = await readNotice(file);
  const extraction = extractDocument(text);
  if (explain) {
    process.stdout.write(formatExplanation(text, extraction));
    return;
  }
  const { document, sections, items } = extraction;
  process.stdout.write(`${JSON.stringify({ document, sections, items }, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const isInput = error instanceof InputError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`extract: ${isInput ? message : `unexpected error: ${message}`}\n`);
  process.exitCode = isInput ? 2 : 1;
});
