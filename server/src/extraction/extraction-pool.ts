import os from "node:os";
import { Piscina } from "piscina";
import type { ExtractOptions } from "@zeren/shared/extractor";
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
 * `extractDocument(text, options)` in a worker thread. The result is the same object the
 * extractor returns (structured clone keeps plain data as is). An exception in the extractor
 * rejects with an Error of the same message, which the error handler answers as a 500, as it
 * did when extraction ran inline.
 */
export async function extractInPool(
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

/** `documentKey(text)` in a worker thread: it normalises the whole text, too long inline. */
export async function documentKeyInPool(text: string): Promise<string> {
  return (await extractionPool().run({ text }, { name: "key" })) as string;
}

let running = 0;
let settled = 0;

/**
 * Extractions asked for and not yet answered (queued or in a worker), and how many have
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
