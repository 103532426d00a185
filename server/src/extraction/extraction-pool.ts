import os from "node:os";
import { Piscina } from "piscina";
import { documentKey, extractDocument, type ExtractOptions } from "@zeren/shared/extractor";
import type { Extraction } from "@zeren/shared/contract";

/**
 * Extraction runs in worker threads so a long notice never blocks the event loop: a 2 MB
 * text takes seconds, and inline it held every other request (health, reads) that long.
 *
 * Threads: one fewer than the cores, at least one, at most four. On the 2-core machines this
 * runs on that is one worker, leaving the other core to the event loop and SQLite; imports
 * queue behind each other rather than compete for the CPU they share anyway.
 */
export const EXTRACTION_THREADS = Math.max(1, Math.min(4, os.availableParallelism() - 1));

/**
 * Texts shorter than this are extracted inline: a notice of a few thousand characters takes
 * 1–2 ms, less than a round trip to a worker costs on a busy 2-core machine (about 2–8 ms),
 * so the pool would only slow imports down (they must stay at 30 notices/s or more). At this
 * length inline extraction blocks the event loop for under 10 ms; anything longer, up to the
 * 2,000,000-character maximum that takes seconds, goes to a worker.
 */
export const INLINE_MAX_CHARS = 10_000;

/** A worker idle this long exits; the next task starts one again (about 0.4 s). */
const IDLE_TIMEOUT_MS = 60_000;

/** Tasks: `default` extracts (text, options); `key` computes the document key (text). */
interface ExtractTask {
  text: string;
  options?: ExtractOptions;
}

let pool: Piscina<ExtractTask, unknown> | undefined;

/**
 * Started on first use rather than at import: API tests and CLIs that never extract start no
 * thread. Workers are unref'd by piscina, so an idle pool never keeps the process alive.
 */
function extractionPool(): Piscina<ExtractTask, unknown> {
  pool ??= new Piscina<ExtractTask, unknown>({
    filename: new URL("./extract.worker.mjs", import.meta.url).href,
    minThreads: 0,
    maxThreads: EXTRACTION_THREADS,
    idleTimeout: IDLE_TIMEOUT_MS,
  });
  return pool;
}

/**
 * `extractDocument(text, options)`, in a worker thread unless the text is short (see
 * INLINE_MAX_CHARS). The result is the same object the extractor returns (structured clone
 * keeps plain data as is). An exception in the extractor rejects with an Error of the same
 * message, which the error handler answers as a 500, as it did when extraction ran inline.
 */
export async function extractInPool(
  text: string,
  options: ExtractOptions = {},
): Promise<Extraction> {
  if (typeof text === "string" && text.length < INLINE_MAX_CHARS) {
    return extractDocument(text, options);
  }
  return extractInWorker(text, options);
}

/** `extractDocument` in a worker thread, whatever the text's length. */
export async function extractInWorker(
  text: string,
  options: ExtractOptions = {},
): Promise<Extraction> {
  running += 1;
  try {
    return (await extractionPool().run({ text, options })) as Extraction;
  } finally {
    running -= 1;
    settled += 1;
  }
}

/** `documentKey(text)`: it normalises the whole text, so a long one's is computed in a worker. */
export async function documentKeyInPool(text: string): Promise<string> {
  if (text.length < INLINE_MAX_CHARS) return documentKey(text);
  return (await extractionPool().run({ text }, { name: "key" })) as string;
}

let running = 0;
let settled = 0;

/**
 * Worker extractions asked for and not yet answered (queued or running), and how many have
 * answered so far: a test or the bench tells from them what ran while it measured.
 */
export function extractionActivity(): { running: number; settled: number } {
  return { running, settled };
}

/** Stops the workers (graceful shutdown, end of a CLI run). Safe to call when none started. */
export async function closeExtractionPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}
