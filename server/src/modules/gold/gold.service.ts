import { UNIT_RULE_LABELS, type AccuracyResponse, type Extraction } from "@zeren/shared/contract";
import {
  curatedGold,
  formatGold,
  scoreExtraction,
  type CuratedUnit,
  type ExtractionsByDoc,
  type GoldEntry,
} from "@zeren/shared/gold";
import { notFound } from "../../errors/app-error";
import { extractInPool } from "../../extraction/extraction-pool";
import { extractNotice } from "../documents/documents.service";
import { findCuratedDocumentIds, findGoldSources, type GoldSource } from "./gold.repository";

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

/**
 * The extractor on every curated notice, scored exactly as `npm run eval` scores their gold
 * downloads: each text read afresh with no metadata given, as the CLI reads a file.
 */
export async function catalogueAccuracy(): Promise<AccuracyResponse> {
  const sources = await findGoldSources(await findCuratedDocumentIds());
  const gold: GoldEntry[] = [];
  const extractions: ExtractionsByDoc = {};
  const byName = new Map<string, GoldSource>();
  for (const source of sources) {
    const name = goldDocName(source.id);
    byName.set(name, source);
    gold.push(...(await goldOf(source)).entries);
    extractions[name] = { text: source.text, extraction: await extractInPool(source.text) };
  }
  const metrics = scoreExtraction(gold, extractions);
  const ref = (doc: string) => {
    const source = byName.get(doc);
    return { documentId: source?.id ?? doc, title: source?.title ?? doc };
  };
  const documents = sources.map((source) => {
    const name = goldDocName(source.id);
    const m = scoreExtraction(
      gold.filter((entry) => entry.doc === name),
      { [name]: extractions[name]! },
    );
    return {
      id: source.id,
      title: source.title,
      directives: m.counts.directives,
      covered: m.counts.covered,
      items: m.counts.items,
      preciseItems: m.counts.preciseItems,
      tierCorrect: m.counts.tierCorrect,
    };
  });
  return {
    documents,
    recall: metrics.recall,
    precision: metrics.precision,
    tierAccuracy: metrics.tierAccuracy,
    counts: {
      directives: metrics.counts.directives,
      covered: metrics.counts.covered,
      items: metrics.counts.items,
      preciseItems: metrics.counts.preciseItems,
      tierCorrect: metrics.counts.tierCorrect,
    },
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
  };
}
