// What `npm run import` reads: files, folders (recursively) and .zip archives, each text file
// one notice. Folders and archives hold other files too (README.md, gold.jsonl): only their
// .txt files are notices; a file named on the command line is always tried, and refused with
// a reason when it is not one.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";

/** One notice to import: where it came from, and its bytes (read when its turn comes). */
export interface Source {
  /** As shown in the report: the path, or `archive.zip:folder/entry.txt`. */
  name: string;
  /** The file name the notice is stored under (its base name). */
  fileName: string;
  read(): Promise<Buffer>;
}

/** A path that could not be read at all, reported like a refused file. */
export interface Unreadable {
  name: string;
  reason: string;
}

const isNotice = (name: string) => name.toLowerCase().endsWith(".txt");
const isZip = (name: string) => name.toLowerCase().endsWith(".zip");
/** macOS archives carry resource forks (__MACOSX/._name.txt): not notices. */
const isHidden = (name: string) => name.split("/").some((part) => part.startsWith("."));

/** Every source under the given paths, in a stable order (paths as given, then by name). */
export async function collectSources(
  paths: readonly string[],
): Promise<{ sources: Source[]; unreadable: Unreadable[]; skipped: number }> {
  const sources: Source[] = [];
  const unreadable: Unreadable[] = [];
  let skipped = 0;

  async function visit(file: string, named: boolean): Promise<void> {
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      unreadable.push({ name: file, reason: code === "ENOENT" ? "no such file" : `${code}` });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(file)).sort();
      for (const entry of entries) {
        if (entry.startsWith(".")) continue;
        await visit(path.join(file, entry), false);
      }
      return;
    }
    if (isZip(file)) {
      await visitZip(file);
      return;
    }
    if (named || isNotice(file)) {
      sources.push({ name: file, fileName: path.basename(file), read: () => readFile(file) });
    } else {
      skipped += 1;
    }
  }

  async function visitZip(file: string): Promise<void> {
    let entries: Record<string, Uint8Array>;
    try {
      // Only the .txt entries are inflated; the archive is read whole (notices are small).
      entries = unzipSync(await readFile(file), {
        filter: (entry) => {
          const wanted = isNotice(entry.name) && !isHidden(entry.name);
          if (!wanted && !entry.name.endsWith("/") && !isHidden(entry.name)) skipped += 1;
          return wanted;
        },
      });
    } catch (error) {
      unreadable.push({ name: file, reason: `not a readable .zip archive (${message(error)})` });
      return;
    }
    for (const entry of Object.keys(entries).sort()) {
      const bytes = entries[entry];
      if (!bytes) continue;
      sources.push({
        name: `${file}:${entry}`,
        fileName: path.posix.basename(entry),
        read: () => Promise.resolve(Buffer.from(bytes)),
      });
    }
  }

  for (const p of paths) await visit(p, true);
  return { sources, unreadable, skipped };
}

/**
 * The notice's text, or why it is not one. Text files are UTF-8 (a byte-order mark is
 * dropped); a NUL byte or bytes that are not UTF-8 mean another encoding or a binary file.
 */
export function decodeNotice(
  fileName: string,
  bytes: Buffer,
): { text: string } | { refused: string } {
  if (fileName.toLowerCase().endsWith(".docx")) {
    return { refused: "a .docx file: import it on the import page, or save it as .txt" };
  }
  if (!isNotice(fileName)) return { refused: "not a .txt file" };
  if (bytes.includes(0)) return { refused: "a binary file, not text" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { refused: "not UTF-8 text (save it as UTF-8)" };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
