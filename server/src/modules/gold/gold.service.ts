import {
  UNIT_RULE_LABELS,
  type AccuracyQuery,
  type AccuracyResponse,
  type Extraction,
} from "@zeren/shared/contract";
import {
  curatedGold,
  formatGold,
  scoreExtraction,
  type CuratedUnit,
  type ExtractionsByDoc,
  type GoldEntry,
} from "@zeren/shared/gold";
import { z } from "zod";
import { notFound } from "../../errors/app-error";
import { decodeCursor, pageOf } from "../../http/cursor";
import { extractInPool } from "../../extraction/extraction-pool";
import { extractNotice } from "../documents/documents.service";
import {
  findCuratedDocumentIds,
  findCuratedDocumentPage,
  findGoldSources,
  type GoldSource,
} from "./gold.repository";

/**
 * The catalogue's curation as a test set. A notice's gold names every unit of its current
 * extraction: a unit whose item is in the catalogue is a directive with the catalogue's
 * reading (a reviewer's correction where there is one), any other unit is not a directive,
 * with the rule's reason as `why`.
 *
 * A person's curations (issue 8 parts 1–3) are `CurationOverlay`s: each names a span and what
 * a person made of it, and wins over the units it covers. An item a person added (or made by
 * a span edit, split or merge) is a directive with its reading; an item a person dismissed is
 * not a directive, with "dismissed by a person" and their reason as `why`.
 */
export interface CurationOverlay {
  start: number;
  end: number;
  reading: CuratedUnit["reading"];
  why?: string;
}

/** A notice's stored curations as overlays on its units. */
export function overlaysOf(source: Pick<GoldSource, "curations">): CurationOverlay[] {
  return source.curations.map(({ start, end, reading, reason }) =>
    reading
      ? { start, end, reading }
      : {
          start,
          end,
          reading: null,
          why: reason ? `dismissed by a person: ${reason}` : "dismissed by a person",
        },
  );
}

/** The file name a notice's text is saved under beside its gold: what `doc` names. */
export const goldDocName = (documentId: string) => `${documentId}.txt`;

function curatedUnits(
  source: GoldSource,
  extraction: Extraction,
  overlays: readonly CurationOverlay[],
): CuratedUnit[] {
  const items = new Map(extraction.items.map((item) => [item.id, item]));
  const units: CuratedUnit[] = extraction.units.map((unit) => {
    const item = unit.itemId === null ? undefined : items.get(unit.itemId);
    const stored = unit.itemId === null ? undefined : source.readings.get(unit.itemId);
    if (item) {
      // The stored reading when the catalogue has the item, else the extraction's own.
      const reading = stored ?? item;
      return { start: item.start, end: item.end, reading };
    }
    return { start: unit.start, end: unit.end, reading: null, why: UNIT_RULE_LABELS[unit.rule].en };
  });
  if (overlays.length === 0) return units;
  const overlaps = (unit: CuratedUnit, o: CurationOverlay) =>
    unit.start < o.end && o.start < unit.end;
  return [
    ...units.filter((unit) => !overlays.some((o) => overlaps(unit, o))),
    ...overlays.map((o) => ({
      start: o.start,
      end: o.end,
      reading: o.reading,
      ...(o.why ? { why: o.why } : {}),
    })),
  ];
}

async function goldOf(
  source: GoldSource,
  overlays: readonly CurationOverlay[] = overlaysOf(source),
) {
  // The units and ids of the extraction the stored items come from (a person's issuer and date).
  const { extraction } = await extractNotice(source.text, { ...source.set });
  return curatedGold(
    goldDocName(source.id),
    source.text,
    curatedUnits(source, extraction, overlays),
  );
}

/** GET /api/documents/:id/gold: the notice's gold as JSON Lines, and the file names to use. */
export async function documentGold(
  id: string,
): Promise<{ fileName: string; body: string; skipped: number }> {
  const [source] = await findGoldSources([id]);
  if (!source) throw notFound("Document", id);
  const { entries, unquotable } = await goldOf(source);
  return { fileName: `${id}.gold.jsonl`, body: formatGold(entries), skipped: unquotable.length };
}

/** What a scored notice set is made of: its gold, its extractions, its sources by file name. */
interface Scored {
  sources: GoldSource[];
  gold: GoldEntry[];
  extractions: ExtractionsByDoc;
  byName: Map<string, GoldSource>;
}

async function scoreSources(sources: GoldSource[]): Promise<Scored> {
  const gold: GoldEntry[] = [];
  const extractions: ExtractionsByDoc = {};
  const byName = new Map<string, GoldSource>();
  for (const source of sources) {
    const name = goldDocName(source.id);
    byName.set(name, source);
    gold.push(...(await goldOf(source)).entries);
    extractions[name] = { text: source.text, extraction: await extractInPool(source.text) };
  }
  return { sources, gold, extractions, byName };
}

/** The scored notices among `ids` (a page of them), from a set already scored. */
function subsetOf(scored: Scored, ids: readonly string[]): Scored {
  const names = new Set(ids.map(goldDocName));
  return {
    sources: scored.sources.filter((source) => names.has(goldDocName(source.id))),
    gold: scored.gold.filter((entry) => names.has(entry.doc)),
    extractions: Object.fromEntries(
      Object.entries(scored.extractions).filter(([name]) => names.has(name)),
    ),
    byName: new Map([...scored.byName].filter(([name]) => names.has(name))),
  };
}

const COUNT_KEYS = ["directives", "covered", "items", "preciseItems", "tierCorrect"] as const;
type Counts = Record<(typeof COUNT_KEYS)[number], number>;
const countsOf = (m: { counts: Counts }): Counts =>
  Object.fromEntries(COUNT_KEYS.map((key) => [key, m.counts[key]])) as Counts;

/** As `scoreExtraction` computes them: a ratio with nothing to count is 1. */
const ratio = (numerator: number, denominator: number) =>
  denominator === 0 ? 1 : numerator / denominator;

/**
 * The cursor of the accuracy pages: the last notice's import time and id, how many curated
 * notices there are, and the counts over all of them (measured on the first page: each later
 * page scores only its own notices, so a walk costs one scoring of the catalogue).
 */
const AccuracyCursorSchema = z.object({
  after: z.tuple([z.iso.datetime(), z.string()]),
  total: z.number().int().nonnegative(),
  counts: z.object(
    Object.fromEntries(COUNT_KEYS.map((key) => [key, z.number().int().nonnegative()])) as Record<
      keyof Counts,
      z.ZodNumber
    >,
  ),
});

/**
 * The extractor on the curated notices, scored exactly as `npm run eval` scores their gold
 * downloads: each text read afresh with no metadata given, as the CLI reads a file. A keyset
 * page of the notices with their findings; the figures over every curated notice.
 */
export async function catalogueAccuracy(query: AccuracyQuery): Promise<AccuracyResponse> {
  const cursor =
    query.cursor === undefined ? undefined : decodeCursor(AccuracyCursorSchema, query.cursor);
  const { rows, total } = await findCuratedDocumentPage(query.limit + 1, cursor);
  const pageIds = rows.slice(0, query.limit).map((row) => row.id);
  let overall: Counts;
  let scored: Scored;
  if (cursor) {
    overall = cursor.counts;
    scored = await scoreSources(await findGoldSources(pageIds));
  } else {
    const all = await scoreSources(await findGoldSources(await findCuratedDocumentIds()));
    overall = countsOf(scoreExtraction(all.gold, all.extractions));
    scored = subsetOf(all, pageIds);
  }
  const { nextCursor } = pageOf(
    rows,
    query.limit,
    (row) => ({ after: [row.createdAt.toISOString(), row.id], total, counts: overall }),
    (row) => row.id,
  );
  const { gold, extractions, byName } = scored;
  const metrics = scoreExtraction(gold, extractions);
  const ref = (doc: string) => {
    const source = byName.get(doc);
    return { documentId: source?.id ?? doc, title: source?.title ?? doc };
  };
  const documents = scored.sources.map((source) => {
    const name = goldDocName(source.id);
    const m = scoreExtraction(
      gold.filter((entry) => entry.doc === name),
      { [name]: extractions[name]! },
    );
    return { id: source.id, title: source.title, ...countsOf(m) };
  });
  return {
    documents,
    recall: ratio(overall.covered, overall.directives),
    precision: ratio(overall.preciseItems, overall.items),
    tierAccuracy: ratio(overall.tierCorrect, overall.covered),
    counts: overall,
    misses: metrics.misses.map((miss) => ({
      ...ref(miss.doc),
      quote: miss.quote,
      start: byName.get(miss.doc)?.text.indexOf(miss.quote) ?? -1,
    })),
    extras: metrics.falsePositives.map((fp) => ({
      ...ref(fp.doc),
      itemId: fp.itemId,
      text: fp.text,
    })),
    wrongTier: metrics.mismatches
      .filter((mm) => mm.field === "level")
      .map((mm) => ({
        ...ref(mm.doc),
        itemId: mm.itemId,
        quote: mm.quote,
        expected: mm.expected,
        actual: mm.actual,
      })),
    total,
    nextCursor,
  };
}
