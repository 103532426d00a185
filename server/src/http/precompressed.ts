import fs from "node:fs";
import path from "node:path";
import type { RequestHandler } from "express";

/** The copies the client's build writes beside each asset (client/precompress.ts), best first. */
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

/**
 * Sends the build's brotli or gzip copy of an asset to a browser that accepts it, as it is:
 * the 700 KB of JavaScript a first visit loads were compressed again for every visitor, on the
 * server's one thread, while the tier page waited for them (issue 9). The copies present are
 * listed once, at start; an asset without one (or a browser that accepts neither) falls through
 * to express.static and the compression middleware.
 */
export function precompressed(assetsDir: string, cacheControl: string): RequestHandler {
  const present = new Set(fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir) : []);
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const name = req.path.slice(1);
    // Only the flat folder's own file names: no path can leave it.
    if (!/^[\w.-]+$/.test(name) || !present.has(name)) return next();
    // Ours in our order (brotli first): browsers list gzip first with the same weight.
    const chosen = ENCODINGS.find(
      (e) => present.has(name + e.suffix) && req.acceptsEncodings(e.name) === e.name,
    );
    if (!chosen) return next();
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Content-Encoding", chosen.name);
    res.setHeader("Cache-Control", cacheControl);
    // Before sendFile, which keeps a type already set (else it would name the .br file's type).
    res.type(path.extname(name));
    res.sendFile(path.join(assetsDir, name + chosen.suffix), (err) => {
      if (err) next(err);
    });
  };
}
