import type { RequestHandler, Response } from "express";
import { config } from "../config";
import { readCatalogueVersion } from "../modules/catalogue/catalogue-version.repository";

/**
 * Catalogue reads kept in memory while the catalogue is unchanged (issue 9).
 *
 * A class opens the same tier pages, searches and summaries over and over, and the catalogue
 * changes far less often than it is read. Each cached read is stored with the catalogue's
 * version at the moment it was computed; a request is answered from memory only when the
 * version read from the database now is the same one. The database's triggers raise that
 * version in the transaction of every write to notices, sections, items, reviews and
 * corrections, so an answer is never older than the last committed change, whichever
 * instance or CLI made it. The version is read before the answer is computed: a write that
 * commits in between leaves an answer at least as new as its version says.
 *
 * Only for reads whose answer depends on those tables and on the URL alone (never on who
 * asks): the routes that use it say so. Responses other than 200 are not kept. A request
 * with `Cache-Control: no-cache` (a browser's hard reload, the benchmark's cold figures) is
 * computed afresh and replaces the kept answer. The answer carries `Cache-Status` (RFC 9211).
 */

interface Entry {
  version: string;
  body: Buffer;
}

const CACHE_NAME = "zeren-catalogue";

export interface CatalogueCacheOptions {
  /** Memory for kept answers; 0: nothing is kept. */
  maxBytes: number;
  /** The catalogue's version now; null when it cannot be known (then nothing is kept). */
  readVersion: () => Promise<string | null>;
}

export interface CatalogueCache {
  middleware: RequestHandler;
  /** How many answers and bytes are kept (for tests and logs). */
  size: () => { entries: number; bytes: number };
}

/**
 * Concurrent callers share reads, but a caller never gets a read that began before it called:
 * that read might predate a write the caller has already seen committed (its own, answered a
 * moment ago). A caller arriving while a read runs waits for the next one, which every caller
 * arriving meanwhile shares. So under load one query serves many requests (on PostgreSQL each
 * costs a round trip) and none is answered from a catalogue older than its arrival.
 */
export function coalesceReads<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const current = read().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return start();
      });
    return next;
  };
}

export function createCatalogueCache({
  maxBytes,
  readVersion: readVersionEach,
}: CatalogueCacheOptions): CatalogueCache {
  const readVersion = coalesceReads(readVersionEach);
  /** Least recently used first (a Map keeps insertion order; a hit moves its key to the end). */
  const entries = new Map<string, Entry>();
  let version: string | null = null;
  let bytes = 0;

  const forget = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  };

  const store = (key: string, entry: Entry): boolean => {
    forget(key);
    if (entry.body.length > maxBytes / 8) return false; // one huge answer would push out the rest
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      forget(oldest);
    }
    return true;
  };

  const send = (res: Response, body: Buffer, status: string) => {
    res.setHeader("Cache-Status", `${CACHE_NAME}; ${status}`);
    res.type("json").send(body);
  };

  const middleware: RequestHandler = async (req, res, next) => {
    if (maxBytes === 0 || req.method !== "GET") return next();
    const current = await readVersion();
    if (current === null) return next();
    if (current !== version) {
      // Every kept answer was made for another catalogue: none can be served again.
      entries.clear();
      bytes = 0;
      version = current;
    }
    const key = req.originalUrl;
    const refresh = /\bno-cache\b/i.test(req.get("Cache-Control") ?? "");
    const hit = refresh ? undefined : entries.get(key);
    if (hit && hit.version === current) {
      entries.delete(key);
      entries.set(key, hit);
      send(res, hit.body, "hit");
      return;
    }
    const json = res.json.bind(res);
    res.json = (value: unknown) => {
      if (res.statusCode !== 200) return json(value);
      const body = Buffer.from(JSON.stringify(value));
      // The catalogue may have moved on while this was computed: keep it only under its version.
      const stored = version === current && store(key, { version: current, body });
      send(res, body, `fwd=${refresh ? "request" : "miss"}${stored ? "; stored" : ""}`);
      return res;
    };
    next();
  };

  return { middleware, size: () => ({ entries: entries.size, bytes }) };
}

/** The app's cache of catalogue reads (CATALOGUE_CACHE_MB), for the routes that say so. */
export const catalogueCache = createCatalogueCache({
  maxBytes: config.CATALOGUE_CACHE_MB * 1024 * 1024,
  readVersion: readCatalogueVersion,
}).middleware;
