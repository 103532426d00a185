// Extraction CLI: prints what the extractor makes of one notice.
//   npm run --silent extract -- FILE
// stdout carries only the JSON `{ "document", "sections", "items", "units" }`. A missing, unreadable
// (a directory, no permission), empty or binary file is one line on stderr and exit code 2;
// anything unexpected is one line and exit code 1.
import { readFile, stat } from "node:fs/promises";
import { extractDocument } from "@zeren/shared/extractor";

const USAGE = "usage: npm run --silent extract -- FILE";

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

async function main(argv: string[]): Promise<void> {
  if (argv.length !== 1 || !argv[0] || argv[0].startsWith("-")) throw new InputError(USAGE);
  const text = await readNotice(argv[0]);
  const { document, sections, items, units } = extractDocument(text);
  process.stdout.write(`${JSON.stringify({ document, sections, items, units }, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const isInput = error instanceof InputError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`extract: ${isInput ? message : `unexpected error: ${message}`}\n`);
  process.exitCode = isInput ? 2 : 1;
});
