/**
 * Loads the notices shipped in shared/data/seeds through the extractor. Safe to run on every
 * start: documents, sections and items are upserted by their stable ids in one transaction
 * per document, reviews and corrections are never touched, and items the current rules no
 * longer produce are marked inactive rather than deleted. Files load in name order, so the
 * result is the same on every machine.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "../server/src/database-url";
import { prisma } from "../server/src/db";
import { logger } from "../server/src/logger";
import { seedDocument } from "../server/src/modules/documents/documents.service";
import { refreshSearchText } from "../server/src/modules/search/search.repository";

export const SEEDS_DIR = path.join(REPO_ROOT, "shared", "data", "seeds");

export interface SeedResult {
  file: string;
  id: string;
  created: boolean;
  kept: number;
  added: number;
  disappeared: number;
}

export async function seed(seedsDir: string = SEEDS_DIR): Promise<SeedResult[]> {
  const files = fs
    .readdirSync(seedsDir)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  const results: SeedResult[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(seedsDir, file), "utf8");
    const { id, created, report } = await seedDocument(text, file);
    results.push({
      file,
      id,
      created,
      kept: report.kept,
      added: report.added.length,
      disappeared: report.disappeared.length,
    });
  }
  return results;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    for (const result of await seed()) logger.info(result, "seeded");
    // The search columns of rows written before they existed (or by an older normalisation).
    const refreshed = await refreshSearchText();
    if (refreshed > 0) logger.info({ items: refreshed }, "search text refreshed");
  } catch (err) {
    // Nothing of a failed document is stored (one transaction each); say so and stop the start.
    logger.fatal({ err }, "seeding failed; the database keeps what it had");
    process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}
