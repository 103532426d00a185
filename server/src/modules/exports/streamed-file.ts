import type { Response } from "express";
import { once } from "node:events";
import type { Writable } from "node:stream";

/**
 * A download that streams: the rows are read in keyset batches while the response is being
 * written (issue 9), so the server's memory does not grow with the archive or the exercise.
 */
export interface StreamedFile {
  fileName: string;
  contentType: string;
  write: (out: Writable) => Promise<void>;
}

/** Writes a chunk and waits when the socket's buffer is full (backpressure). */
export async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

/**
 * Sends a streamed download. Headers go first; an error after that can only cut the
 * response short (the error handler ends it and logs), never turn into a JSON error.
 */
export async function sendFile(res: Response, file: StreamedFile): Promise<void> {
  res.attachment(file.fileName).type(file.contentType);
  await file.write(res);
  res.end();
}
