import { randomBytes } from "node:crypto";
import { anchorFor, resolveAnchor } from "@zeren/shared/curation";
import {
  CatalogueReviewSnapshotSchema,
  CurationKindSchema,
  SnapshotSchema,
  type CatalogueReviewEvent,
  type Anchor,
  type CurationKind,
  type CurationReport,
  type DismissKind,
  type HistoryEntry,
  type Item,
  type ItemType,
  type Level,
  type Modality,
  type Snapshot,
  type UnattachedCuration,
} from "@zeren/shared/contract";
import { prisma, type Tx } from "../../db";
import { effectiveReading, parseTypes } from "../items/effective-reading";
import { ITEM_SELECT, CURRENT_ITEM, toItem } from "../items/item-record";
import { searchBearerColumn, searchColumns, searchTextColumn } from "../search/search-text";

const WRITE_TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

/** What a person decides an item says: its bearer, tier, types and modality. */
export interface Reading {
  bearer: string;
  level: Level;
  types: ItemType[];
  modality: Modality;
}

/** An item as the curation rules see it: where it is, whose it is, what it says now. */
export interface CurationTarget {
  id: string;
  documentId: string;
  start: number;
  end: number;
  origin: "extractor" | "person";
  active: boolean;
  dismissKind: DismissKind | null;
  reading: Reading;
  review: { reviewed: boolean; note: string };
}

/** A notice as the curation rules see it: its text and metadata, sections and items. */
export interface CurationDocument {
  id: string;
  text: string;
  /** A person's issuer and date (the notice record): the extractor reads the rest itself. */
  set: { issuer: string | null; date: string | null };
  sections: { id: string; index: number; start: number }[];
  /** Active items, listed or dismissed ("dismissed" only: superseded ones no longer count). */
  items: { id: string; start: number; end: number; listed: boolean }[];
}

export interface NewSpan {
  start: number;
  end: number;
  unitIndex: number;
}

const TARGET_SELECT = {
  id: true,
  documentId: true,
  start: true,
  end: true,
  origin: true,
  active: true,
  dismissedAt: true,
  dismissKind: true,
  bearer: true,
  curatedBearer: true,
  level: true,
  types: true,
  modality: true,
  correction: { select: { level: true, types: true, modality: true } },
  review: { select: { reviewed: true, note: true } },
} as const;

type TargetRow = {
  id: string;
  documentId: string;
  start: number;
  end: number;
  origin: string;
  active: boolean;
  dismissedAt: Date | null;
  dismissKind: string | null;
  bearer: string;
  curatedBearer: string | null;
  level: string;
  types: string;
  modality: string;
  correction: { level: string; types: string; modality: string } | null;
  review: { reviewed: boolean; note: string } | null;
};

function toTarget(row: TargetRow): CurationTarget {
  return {
    id: row.id,
    documentId: row.documentId,
    start: row.start,
    end: row.end,
    origin: row.origin === "person" ? "person" : "extractor",
    active: row.active,
    dismissKind: row.dismissedAt ? (row.dismissKind as DismissKind) : null,
    reading: {
      bearer: row.curatedBearer ?? row.bearer,
      ...effectiveReading(row),
    },
    review: { reviewed: row.review?.reviewed ?? false, note: row.review?.note ?? "" },
  };
}

export async function findTarget(id: string): Promise<CurationTarget | null> {
  const row = await prisma.item.findUnique({ where: { id }, select: TARGET_SELECT });
  return row ? toTarget(row) : null;
}

export async function findCurationDocument(id: string): Promise<CurationDocument | null> {
  const doc = await prisma.document.findUnique({
    where: { id },
    select: {
      id: true,
      text: true,
      issuerSet: true,
      dateSet: true,
      sections: {
        where: { active: true },
        orderBy: { index: "asc" },
        select: { id: true, index: true, start: true },
      },
      items: {
        where: {
          active: true,
          OR: [{ dismissedAt: null }, { dismissKind: "dismissed" }],
        },
        orderBy: { start: "asc" },
        select: { id: true, start: true, end: true, dismissedAt: true },
      },
    },
  });
  if (!doc) return null;
  return {
    id: doc.id,
    text: doc.text,
    set: { issuer: doc.issuerSet, date: doc.dateSet },
    sections: doc.sections,
    items: doc.items.map((i) => ({
      id: i.id,
      start: i.start,
      end: i.end,
      listed: i.dismissedAt === null,
    })),
  };
}

async function readItem(tx: Tx, id: string): Promise<Item> {
  return toItem(await tx.item.findUniqueOrThrow({ where: { id }, select: ITEM_SELECT }));
}

const json = (snapshot: Snapshot | null) => (snapshot === null ? null : JSON.stringify(snapshot));

/** Appends one curation to an item's log, anchored at `[start, end)` of the notice. */
export async function recordCuration(
  tx: Tx,
  entry: {
    documentId: string;
    itemId: string;
    kind: CurationKind;
    anchor: Anchor;
    before?: Snapshot | null;
    after?: Snapshot | null;
    reason?: string | null;
    actorId: string | null;
    status?: "applied" | "reattached" | "unattached";
  },
): Promise<void> {
  await tx.curation.create({
    data: {
      documentId: entry.documentId,
      itemId: entry.itemId,
      kind: entry.kind,
      ...entry.anchor,
      before: json(entry.before ?? null),
      after: json(entry.after ?? null),
      reason: entry.reason ?? null,
      actorId: entry.actorId,
      status: entry.status ?? "applied",
    },
  });
}

/** Records a change of an item whose text the caller does not have at hand. */
export async function recordItemCuration(
  tx: Tx,
  itemId: string,
  entry: {
    kind: CurationKind;
    before: Snapshot | null;
    after: Snapshot | null;
    reason: string | null;
    actorId: string;
  },
): Promise<void> {
  const item = await tx.item.findUniqueOrThrow({
    where: { id: itemId },
    select: { documentId: true, start: true, end: true, document: { select: { text: true } } },
  });
  await recordCuration(tx, {
    documentId: item.documentId,
    itemId,
    anchor: anchorFor(item.document.text, item.start, item.end),
    ...entry,
  });
}

const readingSnapshot = (r: Reading, span?: { start: number; end: number }): Snapshot => ({
  bearer: r.bearer,
  level: r.level,
  types: r.types,
  modality: r.modality,
  ...(span ? { start: span.start, end: span.end } : {}),
});

function sectionIdAt(doc: CurationDocument, start: number): string {
  const section = [...doc.sections].reverse().find((s) => s.start <= start) ?? doc.sections[0];
  if (!section) throw new Error(`document ${doc.id} has no section`);
  return section.id;
}

/** A person's item: stored like the extractor's, with the person's reading in its columns. */
async function createPersonItem(
  tx: Tx,
  doc: CurationDocument,
  span: NewSpan,
  reading: Reading,
  review: { reviewed: boolean; note: string },
): Promise<string> {
  const id = `p-${randomBytes(8).toString("hex")}`;
  await tx.item.create({
    data: {
      id,
      documentId: doc.id,
      sectionId: sectionIdAt(doc, span.start),
      ordinal: span.unitIndex,
      unitIndex: span.unitIndex,
      text: doc.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      bearer: reading.bearer,
      // A person read the bearer in the text: there is no inheritance to explain.
      bearerSource: "explicit",
      level: reading.level,
      types: JSON.stringify(reading.types),
      modality: reading.modality,
      cues: "[]",
      origin: "person",
      ...searchColumns(doc.text.slice(span.start, span.end), reading.bearer),
      review: { create: review },
    },
  });
  return id;
}

export async function addItem(
  doc: CurationDocument,
  span: NewSpan,
  reading: Reading,
  reason: string,
  actorId: string,
): Promise<Item> {
  return prisma.$transaction(async (tx) => {
    const id = await createPersonItem(tx, doc, span, reading, { reviewed: false, note: "" });
    await recordCuration(tx, {
      documentId: doc.id,
      itemId: id,
      kind: "add",
      anchor: anchorFor(doc.text, span.start, span.end),
      before: null,
      after: readingSnapshot(reading, span),
      reason,
      actorId,
    });
    return readItem(tx, id);
  }, WRITE_TRANSACTION);
}

async function documentText(tx: Tx, documentId: string): Promise<string> {
  const doc = await tx.document.findUniqueOrThrow({
    where: { id: documentId },
    select: { text: true },
  });
  return doc.text;
}

export async function setDismissal(
  target: CurationTarget,
  change: { dismissed: boolean; reason: string | null; actorId: string },
): Promise<Item> {
  return prisma.$transaction(async (tx) => {
    await tx.item.update({
      where: { id: target.id },
      data: change.dismissed
        ? { dismissedAt: new Date(), dismissKind: "dismissed", dismissReason: change.reason }
        : { dismissedAt: null, dismissKind: null, dismissReason: null },
    });
    await recordCuration(tx, {
      documentId: target.documentId,
      itemId: target.id,
      kind: change.dismissed ? "dismiss" : "restore",
      anchor: anchorFor(await documentText(tx, target.documentId), target.start, target.end),
      before: { dismissed: !change.dismissed },
      after: { dismissed: change.dismissed },
      reason: change.reason,
      actorId: change.actorId,
    });
    return readItem(tx, target.id);
  }, WRITE_TRANSACTION);
}

/**
 * A person's bearer and tier. On a person's item they are its columns; on the extractor's the
 * bearer goes over the extractor's (kept) and the tier into its correction, so every list and
 * count that already follows corrections follows it.
 */
export async function setBearer(
  target: CurationTarget,
  change: { bearer: string; level: Level; reason: string | null; actorId: string },
): Promise<Item> {
  return prisma.$transaction(async (tx) => {
    if (target.origin === "person") {
      await tx.item.update({
        where: { id: target.id },
        data: { bearer: change.bearer, curatedBearer: null, ...searchBearerColumn(change.bearer) },
      });
      const hasCorrection = await tx.correction.count({ where: { itemId: target.id } });
      if (hasCorrection) {
        await tx.correction.update({ where: { itemId: target.id }, data: { level: change.level } });
      } else {
        await tx.item.update({ where: { id: target.id }, data: { level: change.level } });
      }
    } else {
      const row = await tx.item.findUniqueOrThrow({
        where: { id: target.id },
        select: { bearer: true },
      });
      await tx.item.update({
        where: { id: target.id },
        data: {
          curatedBearer: change.bearer === row.bearer ? null : change.bearer,
          ...searchBearerColumn(change.bearer),
        },
      });
      if (change.level !== target.reading.level) {
        const data = {
          level: change.level,
          types: JSON.stringify(target.reading.types),
          modality: target.reading.modality,
          reason: change.reason ?? `Bearer: ${change.bearer}`,
          correctedAt: new Date(),
        };
        await tx.correction.upsert({
          where: { itemId: target.id },
          create: { itemId: target.id, ...data },
          update: data,
        });
      }
    }
    await recordCuration(tx, {
      documentId: target.documentId,
      itemId: target.id,
      kind: "bearer",
      anchor: anchorFor(await documentText(tx, target.documentId), target.start, target.end),
      before: { bearer: target.reading.bearer, level: target.reading.level },
      after: { bearer: change.bearer, level: change.level },
      reason: change.reason,
      actorId: change.actorId,
    });
    return readItem(tx, target.id);
  }, WRITE_TRANSACTION);
}

/** A person's item takes a new span in place (its id, review and history stay). */
export async function moveSpan(
  doc: CurationDocument,
  target: CurationTarget,
  span: NewSpan,
  change: { reason: string | null; actorId: string },
): Promise<Item> {
  return prisma.$transaction(async (tx) => {
    await tx.item.update({
      where: { id: target.id },
      data: {
        start: span.start,
        end: span.end,
        text: doc.text.slice(span.start, span.end),
        unitIndex: span.unitIndex,
        ordinal: span.unitIndex,
        sectionId: sectionIdAt(doc, span.start),
        ...searchTextColumn(doc.text.slice(span.start, span.end)),
      },
    });
    await recordCuration(tx, {
      documentId: doc.id,
      itemId: target.id,
      kind: "span",
      anchor: anchorFor(doc.text, span.start, span.end),
      before: { start: target.start, end: target.end },
      after: { start: span.start, end: span.end },
      reason: change.reason,
      actorId: change.actorId,
    });
    return readItem(tx, target.id);
  }, WRITE_TRANSACTION);
}

/**
 * Span edits of the extractor's items, splits and merges: the old items leave lists
 * ("superseded", kept with their history) and a person's items with their reading and review
 * take their place. Each side's log says where the other went.
 */
export async function replaceItems(
  doc: CurationDocument,
  change: {
    kind: Extract<CurationKind, "span" | "split" | "merge">;
    replaced: CurationTarget[];
    spans: NewSpan[];
    reading: Reading;
    review: { reviewed: boolean; note: string };
    reason: string | null;
    actorId: string;
  },
): Promise<Item[]> {
  return prisma.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const span of change.spans) {
      ids.push(await createPersonItem(tx, doc, span, change.reading, change.review));
    }
    const from = change.replaced.map((r) => r.id);
    for (const old of change.replaced) {
      await tx.item.update({
        where: { id: old.id },
        data: { dismissedAt: new Date(), dismissKind: "superseded", dismissReason: change.reason },
      });
      await recordCuration(tx, {
        documentId: doc.id,
        itemId: old.id,
        kind: change.kind,
        anchor: anchorFor(doc.text, old.start, old.end),
        before: { start: old.start, end: old.end },
        after: { replacedBy: ids },
        reason: change.reason,
        actorId: change.actorId,
      });
    }
    for (const [k, id] of ids.entries()) {
      const span = change.spans[k]!;
      await recordCuration(tx, {
        documentId: doc.id,
        itemId: id,
        kind: change.kind,
        anchor: anchorFor(doc.text, span.start, span.end),
        before: { from },
        after: readingSnapshot(change.reading, span),
        reason: change.reason,
        actorId: change.actorId,
      });
    }
    return Promise.all(ids.map((id) => readItem(tx, id)));
  }, WRITE_TRANSACTION);
}

// ---- re-extraction ------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
}
const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** The same item, whoever found it: one span holds the other and they share most of the text. */
function isSameItem(a: Span, b: Span): boolean {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return (contains(a, b) || contains(b, a)) && overlap(a, b) * 2 >= longer;
}

/** Which of an item's logged curations keep it dismissed or curate its bearer. */
const HIDING_KINDS = new Set<string>(["dismiss", "span", "split", "merge"]);

interface LoggedCuration extends Anchor {
  id: number;
  kind: string;
  after: string | null;
  reason: string | null;
  actorId: string | null;
}

/** The latest curation of `kinds` (a re-attached one counts as the kind it carries). */
function latest(log: LoggedCuration[], kinds: Set<string>): LoggedCuration | undefined {
  return [...log].reverse().find((c) => {
    if (kinds.has(c.kind)) return true;
    if (c.kind !== "reattach" || !c.after) return false;
    const carried = (JSON.parse(c.after) as { carries?: string }).carries;
    return carried !== undefined && kinds.has(carried);
  });
}

/**
 * Runs inside a re-extraction's transaction, after the extractor's items are stored
 * (issue 8, part 4). Person-added items are never touched by the extractor; where it now
 * produces the same item, its copy leaves lists ("merged") and the person's stays. The
 * dismissals and bearer edits of items that disappeared move to the items now covering
 * their anchored text; what cannot move is marked unattached and reported.
 */
export async function reattachCurations(
  tx: Tx,
  documentId: string,
  text: string,
  disappeared: readonly string[],
): Promise<CurationReport> {
  const report: CurationReport = { reattached: [], merged: [], unattached: [] };
  const candidates = await tx.item.findMany({
    where: { documentId, origin: "extractor", ...CURRENT_ITEM },
    select: { id: true, start: true, end: true, curatedBearer: true, correction: true },
    orderBy: { start: "asc" },
  });
  const hidden = new Set<string>();
  const hide = async (id: string, kind: DismissKind, reason: string | null) => {
    hidden.add(id);
    await tx.item.update({
      where: { id },
      data: { dismissedAt: new Date(), dismissKind: kind, dismissReason: reason },
    });
  };

  // 1. Person-added items the extractor now finds too: the two become one.
  const people = await tx.item.findMany({
    where: {
      documentId,
      origin: "person",
      active: true, // Not `NOT: { dismissKind: "superseded" }`: in SQL that also drops the rows where it is null.
      OR: [{ dismissKind: null }, { dismissKind: { not: "superseded" } }],
    },
    select: {
      id: true,
      start: true,
      end: true,
      curations: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          kind: true,
          quote: true,
          prefix: true,
          suffix: true,
          start: true,
          end: true,
        },
      },
    },
  });
  for (const person of people) {
    const own = [...person.curations]
      .reverse()
      .find((c) => c.kind !== "bearer" && c.kind !== "dismiss" && c.kind !== "restore");
    const place = own
      ? resolveAnchor(text, anchorOf(own))
      : { start: person.start, end: person.end };
    if (!place) {
      if (own) {
        await tx.curation.update({
          where: { id: own.id },
          data: { status: "unattached", statusNote: "its text is no longer in the notice" },
        });
      }
      continue;
    }
    if (place.start !== person.start || place.end !== person.end) {
      await tx.item.update({ where: { id: person.id }, data: place });
    }
    const twin = candidates.find((c) => !hidden.has(c.id) && isSameItem(c, place));
    if (!twin) continue;
    await hide(twin.id, "merged", `The same item as ${person.id}, added by a person`);
    const reading = await tx.item.findUniqueOrThrow({
      where: { id: twin.id },
      select: { bearer: true, level: true, types: true, modality: true },
    });
    await recordCuration(tx, {
      documentId,
      itemId: person.id,
      kind: "extractor-merge",
      anchor: anchorFor(text, twin.start, twin.end),
      before: null,
      after: {
        extractorItem: twin.id,
        bearer: reading.bearer,
        level: reading.level,
        types: parseTypes(reading.types),
        modality: reading.modality,
      },
      reason: null,
      actorId: null,
    });
    report.merged.push({ itemId: person.id, extractorItemId: twin.id });
  }

  // 2. Curations of the extractor's items that this re-extraction no longer produces.
  const gone = await tx.item.findMany({
    where: {
      id: { in: [...disappeared] },
      OR: [{ dismissedAt: { not: null } }, { curatedBearer: { not: null } }],
    },
    select: {
      id: true,
      dismissKind: true,
      dismissReason: true,
      curatedBearer: true,
      correction: true,
      curations: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          kind: true,
          quote: true,
          prefix: true,
          suffix: true,
          start: true,
          end: true,
          after: true,
          reason: true,
          actorId: true,
        },
      },
    },
  });
  const unattach = async (curation: LoggedCuration, itemId: string, note: string) => {
    await tx.curation.update({
      where: { id: curation.id },
      data: { status: "unattached", statusNote: note },
    });
    report.unattached.push({
      id: curation.id,
      kind: CurationKindSchema.parse(curation.kind),
      itemId,
      quote: curation.quote,
      start: curation.start,
      end: curation.end,
      reason: curation.reason,
      note,
    });
  };
  const moved = async (curation: LoggedCuration, from: string, to: string[], after: Snapshot) => {
    await tx.curation.update({
      where: { id: curation.id },
      data: { status: "reattached", statusNote: to.join(" ") },
    });
    for (const id of to) {
      await recordCuration(tx, {
        documentId,
        itemId: id,
        kind: "reattach",
        anchor: anchorOf(curation),
        before: { from },
        after,
        reason: curation.reason,
        actorId: curation.actorId,
      });
    }
    report.reattached.push({
      id: curation.id,
      kind: CurationKindSchema.parse(curation.kind),
      from,
      to,
    });
  };
  const live = () => candidates.filter((c) => !hidden.has(c.id));

  for (const item of gone) {
    const dismissal = item.dismissKind ? latest(item.curations, HIDING_KINDS) : undefined;
    if (dismissal && item.dismissKind) {
      const place = resolveAnchor(text, dismissal);
      const touching = place ? live().filter((c) => overlap(c, place) > 0) : [];
      if (!place) {
        await unattach(dismissal, item.id, "its text is no longer in the notice");
      } else if (touching.length === 0) {
        await unattach(dismissal, item.id, "the extractor no longer takes this text as an item");
      } else if (touching.some((c) => !contains(place, c))) {
        await unattach(
          dismissal,
          item.id,
          "the extractor now reads this text together with text outside it",
        );
      } else {
        const kind = item.dismissKind as DismissKind;
        for (const c of touching) await hide(c.id, kind, item.dismissReason);
        await moved(
          dismissal,
          item.id,
          touching.map((c) => c.id),
          {
            carries: dismissal.kind === "reattach" ? carried(dismissal) : dismissal.kind,
            dismissKind: kind,
          },
        );
      }
    }
    const bearer = item.curatedBearer ? latest(item.curations, new Set(["bearer"])) : undefined;
    if (bearer && item.curatedBearer) {
      const place = resolveAnchor(text, bearer);
      const best = place
        ? live()
            .map((c) => ({ c, shared: overlap(c, place) }))
            .filter(({ shared }) => shared * 2 >= place.end - place.start)
            .sort((a, b) => b.shared - a.shared)[0]?.c
        : undefined;
      if (!best) {
        await unattach(bearer, item.id, "no item now covers most of this text");
        continue;
      }
      if (best.curatedBearer === null) {
        await tx.item.update({
          where: { id: best.id },
          data: { curatedBearer: item.curatedBearer, ...searchBearerColumn(item.curatedBearer) },
        });
      }
      if (item.correction && !best.correction) {
        const { level, types, modality, reason, correctedAt } = item.correction;
        await tx.correction.create({
          data: { itemId: best.id, level, types, modality, reason, correctedAt },
        });
      }
      await moved(bearer, item.id, [best.id], { carries: "bearer", bearer: item.curatedBearer });
    }
  }
  return report;
}

const anchorOf = ({ quote, prefix, suffix, start, end }: Anchor): Anchor => ({
  quote,
  prefix,
  suffix,
  start,
  end,
});

function carried(curation: LoggedCuration): string {
  return (JSON.parse(curation.after ?? "{}") as { carries?: string }).carries ?? "dismiss";
}

export async function findUnattached(documentId: string): Promise<UnattachedCuration[]> {
  const rows = await prisma.curation.findMany({
    where: { documentId, status: "unattached" },
    orderBy: { id: "asc" },
    select: {
      id: true,
      kind: true,
      itemId: true,
      quote: true,
      start: true,
      end: true,
      reason: true,
      statusNote: true,
    },
  });
  return rows.map((row) => ({
    ...row,
    kind: CurationKindSchema.parse(row.kind),
    note: row.statusNote ?? "",
  }));
}

// ---- history ------------------------------------------------------------------------------

const parseSnapshot = (value: string | null): Snapshot | null =>
  value === null ? null : SnapshotSchema.parse(JSON.parse(value));

/**
 * An entry's place in an item's history, oldest first: the extractor's reading first (0),
 * then everything a person or a re-extraction did (1) by time, a review event before a
 * curation made at the same instant (0, 1), then by the row's id. Unique: the keyset of the
 * history's pages.
 */
export type TimelineKey = [order: 0 | 1, at: string, source: 0 | 1, id: number];

/** The cursor of an item's history pages: the last entry's key and how many entries in all. */
export interface TimelineCursor {
  after: TimelineKey;
  total: number;
}

/** An entry of the history; a catalogue review's also as its own event (the `events` list). */
export interface TimelineRow {
  key: TimelineKey;
  entry: HistoryEntry;
  review: CatalogueReviewEvent | null;
}

export function compareTimelineKeys(a: TimelineKey, b: TimelineKey): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2] || a[3] - b[3];
}

/** Rows of one source (0: review events, 1: curations) after the cursor, as a Prisma where. */
function timelineAfter(source: 0 | 1, cursor: TimelineCursor | undefined) {
  if (!cursor || cursor.after[0] === 0) return {};
  const [, atText, lastSource, lastId] = cursor.after;
  const at = new Date(atText);
  if (source < lastSource) return { at: { gt: at } };
  if (source > lastSource) return { at: { gte: at } };
  return { OR: [{ at: { gt: at } }, { at, id: { gt: lastId } }] };
}

/**
 * A keyset page of the item's whole history, oldest first: the extractor's reading (when the
 * notice was stored), then reviews and curations (corrections included) in the order they
 * happened. Each source is read in SQL order after the cursor, `take` rows at most, and the
 * two are merged: `take` rows of the merged history after the cursor are among them. `total`
 * is counted on the first page and carried by the cursor after it. Null when there is no
 * such item.
 */
export async function findTimelinePage(
  id: string,
  take: number,
  cursor: TimelineCursor | undefined,
): Promise<{ rows: TimelineRow[]; total: number } | null> {
  const item = await prisma.item.findUnique({
    where: { id },
    select: {
      origin: true,
      bearer: true,
      level: true,
      types: true,
      modality: true,
      start: true,
      end: true,
      document: { select: { createdAt: true } },
    },
  });
  if (!item) return null;
  const byTime = [{ at: "asc" as const }, { id: "asc" as const }];
  const [events, curations, counted] = await Promise.all([
    prisma.catalogueReviewEvent.findMany({
      where: { itemId: id, ...timelineAfter(0, cursor) },
      orderBy: byTime,
      take,
      select: {
        id: true,
        at: true,
        before: true,
        after: true,
        version: true,
        actor: { select: { id: true, name: true } },
      },
    }),
    prisma.curation.findMany({
      where: { itemId: id, ...timelineAfter(1, cursor) },
      orderBy: byTime,
      take,
      select: {
        id: true,
        kind: true,
        at: true,
        before: true,
        after: true,
        reason: true,
        actorId: true,
        status: true,
        statusNote: true,
      },
    }),
    cursor
      ? Promise.resolve(cursor.total)
      : Promise.all([
          prisma.catalogueReviewEvent.count({ where: { itemId: id } }),
          prisma.curation.count({ where: { itemId: id } }),
        ]).then(([e, c]) => e + c + (item.origin === "extractor" ? 1 : 0)),
  ]);
  const actorIds = [...new Set(curations.map((c) => c.actorId).filter((a) => a !== null))];
  const actors = new Map(
    (
      await prisma.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u]),
  );
  const rows: TimelineRow[] = [];
  if (item.origin === "extractor" && !cursor) {
    rows.push({
      key: [0, "", 0, 0],
      entry: {
        kind: "extracted",
        at: item.document.createdAt.toISOString(),
        actor: null,
        before: null,
        after: {
          bearer: item.bearer,
          level: item.level,
          types: parseTypes(item.types),
          modality: item.modality,
          start: item.start,
          end: item.end,
        },
        reason: null,
      },
      review: null,
    });
  }
  for (const event of events) {
    const at = event.at.toISOString();
    rows.push({
      key: [1, at, 0, event.id],
      entry: {
        kind: "review",
        at,
        actor: event.actor,
        before: parseSnapshot(event.before),
        after: parseSnapshot(event.after),
        reason: null,
      },
      review: {
        id: event.id,
        at,
        actor: event.actor,
        before: CatalogueReviewSnapshotSchema.parse(JSON.parse(event.before)),
        after: CatalogueReviewSnapshotSchema.parse(JSON.parse(event.after)),
        version: event.version,
      },
    });
  }
  for (const c of curations) {
    const after = parseSnapshot(c.after);
    const at = c.at.toISOString();
    rows.push({
      key: [1, at, 1, c.id],
      entry: {
        kind: CurationKindSchema.parse(c.kind),
        at,
        actor: c.actorId ? (actors.get(c.actorId) ?? { id: c.actorId, name: "?" }) : null,
        before: parseSnapshot(c.before),
        after:
          c.status === "unattached" || c.status === "reattached"
            ? { ...after, [c.status]: c.statusNote ?? "" }
            : after,
        reason: c.reason,
      },
      review: null,
    });
  }
  rows.sort((a, b) => compareTimelineKeys(a.key, b.key));
  return { rows: rows.slice(0, take), total: counted };
}
