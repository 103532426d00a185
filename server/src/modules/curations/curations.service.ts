import { snapSpan, splitPoints, type Span } from "@zeren/shared/curation";
import type {
  AddItemBody,
  DismissItemBody,
  EditBearerBody,
  EditSpanBody,
  CatalogueHistoryQuery,
  CatalogueHistoryResponse,
  Item,
  MergeItemBody,
  SplitItemBody,
  SplitItemResponse,
} from "@zeren/shared/contract";
import { z } from "zod";
import { AppError, notFound } from "../../errors/app-error";
import { decodeCursor, pageOf } from "../../http/cursor";
import { extractInPool } from "../../extraction/extraction-pool";
import * as repository from "./curations.repository";
import type { CurationDocument, CurationTarget, NewSpan } from "./curations.repository";

/** A 400 on one field, in the shape zod's failures take, so forms put it under that field. */
function badInput(path: string, message: string): AppError {
  return new AppError(400, "VALIDATION_FAILED", message, { issues: [{ path, message }] });
}

function conflict(message: string): AppError {
  return new AppError(409, "CURATION_CONFLICT", message);
}

type Unit = Span & { index: number };

/**
 * The notice's units as the current rules cut it (the extractor is pure and fast), read as the
 * notice page reads it: with a person's issuer and date only, so a selection snaps to the same
 * unit bounds the page shows.
 */
async function unitsOf(doc: CurationDocument): Promise<Unit[]> {
  const { units } = await extractInPool(doc.text, {
    issuer: doc.set.issuer ?? undefined,
    date: doc.set.date ?? undefined,
  });
  return units.map(({ index, start, end }) => ({ index, start, end }));
}

async function loadDocument(id: string): Promise<CurationDocument> {
  const doc = await repository.findCurationDocument(id);
  if (!doc) throw notFound("Document", id);
  return doc;
}

/** Where a selection becomes a span: whole units, unless narrowed inside one unit. */
function resolveSpan(doc: CurationDocument, units: Unit[], selection: Span): NewSpan {
  if (selection.end > doc.text.length) {
    throw badInput("body.end", `end is past the notice's last character (${doc.text.length})`);
  }
  const snap = snapSpan(doc.text, units, selection);
  if (!snap.ok) {
    throw snap.reason === "empty"
      ? badInput("body.start", "the selection holds only spaces")
      : badInput("body.start", "the selection is outside the notice's body: select text in it");
  }
  const first = units.find((u) => u.start === snap.units[0]?.start);
  return { ...snap.span, unitIndex: first?.index ?? 0 };
}

/** A new span may not overlap another listed (or dismissed, still shown) item. */
function assertFree(doc: CurationDocument, span: Span, except: readonly string[]): void {
  const other = doc.items.find(
    (i) => !except.includes(i.id) && i.start < span.end && i.end > span.start,
  );
  if (other) {
    throw conflict(
      other.listed
        ? `The text overlaps item ${other.id}: edit its span, split or merge it instead`
        : `The text overlaps item ${other.id}, which was dismissed: restore it instead`,
    );
  }
}

async function loadTarget(id: string): Promise<CurationTarget> {
  const target = await repository.findTarget(id);
  if (!target) throw notFound("Item", id);
  if (!target.active) {
    throw conflict(`Item ${id} is no longer produced by the extractor: it cannot be curated`);
  }
  return target;
}

/** A listed item: the edits below apply to what is in lists, not to what left them. */
async function loadListed(id: string): Promise<CurationTarget> {
  const target = await loadTarget(id);
  if (target.dismissKind === "dismissed") {
    throw conflict(`Item ${id} is dismissed: restore it first`);
  }
  if (target.dismissKind) throw conflict(`Item ${id} was replaced (${target.dismissKind})`);
  return target;
}

export async function addItem(documentId: string, body: AddItemBody, actorId: string) {
  const doc = await loadDocument(documentId);
  const span = resolveSpan(doc, await unitsOf(doc), body);
  assertFree(doc, span, []);
  const { bearer, level, types, modality } = body;
  return repository.addItem(doc, span, { bearer, level, types, modality }, body.reason, actorId);
}

export async function dismissItem(id: string, body: DismissItemBody, actorId: string) {
  const target = await loadTarget(id);
  if (target.dismissKind === "dismissed") throw conflict(`Item ${id} is already dismissed`);
  if (target.dismissKind) throw conflict(`Item ${id} was replaced (${target.dismissKind})`);
  return repository.setDismissal(target, { dismissed: true, reason: body.reason, actorId });
}

export async function restoreItem(id: string, actorId: string) {
  const target = await loadTarget(id);
  if (target.dismissKind !== "dismissed") throw conflict(`Item ${id} is not dismissed`);
  return repository.setDismissal(target, { dismissed: false, reason: null, actorId });
}

export async function editBearer(id: string, body: EditBearerBody, actorId: string) {
  const target = await loadListed(id);
  if (body.bearer === target.reading.bearer && body.level === target.reading.level) {
    throw badInput("body.bearer", "the bearer and tier are already these");
  }
  return repository.setBearer(target, {
    bearer: body.bearer,
    level: body.level,
    reason: body.reason || null,
    actorId,
  });
}

/**
 * A new span: a person's item moves in place; the extractor's is replaced by a person's item
 * with its reading and review (the extractor's stays, superseded, with its history).
 */
export async function editSpan(id: string, body: EditSpanBody, actorId: string): Promise<Item> {
  const target = await loadListed(id);
  const doc = await loadDocument(target.documentId);
  const span = resolveSpan(doc, await unitsOf(doc), body);
  if (span.start === target.start && span.end === target.end) {
    throw badInput("body.start", "the span is unchanged (a selection snaps to whole units)");
  }
  assertFree(doc, span, [id]);
  const change = { reason: body.reason || null, actorId };
  if (target.origin === "person") return repository.moveSpan(doc, target, span, change);
  const [item] = await repository.replaceItems(doc, {
    kind: "span",
    replaced: [target],
    spans: [span],
    reading: target.reading,
    review: target.review,
    ...change,
  });
  return item!;
}

function unitIndexAt(units: Unit[], offset: number): number {
  return [...units].reverse().find((u) => u.start <= offset)?.index ?? 0;
}

export async function splitItem(
  id: string,
  body: SplitItemBody,
  actorId: string,
): Promise<SplitItemResponse> {
  const target = await loadListed(id);
  const doc = await loadDocument(target.documentId);
  const units = await unitsOf(doc);
  const points = splitPoints(doc.text, units, target);
  if (!points.includes(body.at)) {
    throw badInput(
      "body.at",
      points.length > 0
        ? `split where a unit starts inside the item: at ${points.join(", ")}`
        : "the item lies inside one unit: there is no unit boundary to split it at",
    );
  }
  // The first part ends where its last unit ends (numbering like "二、" between them is no part
  // of either), else before the spaces in front of the second.
  const lastUnit = units.filter((u) => u.end <= body.at && u.end > target.start).pop();
  let firstEnd = lastUnit?.end ?? body.at;
  while (firstEnd > target.start && /\s/.test(doc.text[firstEnd - 1] ?? "")) firstEnd--;
  const [first, second] = await repository.replaceItems(doc, {
    kind: "split",
    replaced: [target],
    spans: [
      { start: target.start, end: firstEnd, unitIndex: unitIndexAt(units, target.start) },
      { start: body.at, end: target.end, unitIndex: unitIndexAt(units, body.at) },
    ],
    reading: target.reading,
    review: target.review,
    reason: body.reason || null,
    actorId,
  });
  return { items: [first!, second!] };
}

export async function mergeItems(id: string, body: MergeItemBody, actorId: string) {
  if (body.with === id) throw badInput("body.with", "an item cannot be merged with itself");
  const target = await loadListed(id);
  const other = await repository.findTarget(body.with);
  if (!other) throw badInput("body.with", `item ${JSON.stringify(body.with)} does not exist`);
  if (other.documentId !== target.documentId) {
    throw badInput("body.with", "the items are in different notices");
  }
  const partner = await loadListed(other.id);
  const [first, second] = target.start <= partner.start ? [target, partner] : [partner, target];
  const doc = await loadDocument(target.documentId);
  const between = doc.items.find(
    (i) => i.id !== first.id && i.id !== second.id && i.start >= first.end && i.end <= second.start,
  );
  if (between) {
    throw badInput("body.with", `the items are not adjacent: item ${between.id} lies between them`);
  }
  const [item] = await repository.replaceItems(doc, {
    kind: "merge",
    replaced: [first, second],
    spans: [
      {
        start: first.start,
        end: second.end,
        unitIndex: unitIndexAt(await unitsOf(doc), first.start),
      },
    ],
    reading: first.reading,
    review: {
      reviewed: first.review.reviewed && second.review.reviewed,
      note: [first.review.note, second.review.note].filter(Boolean).join("\n"),
    },
    reason: body.reason || null,
    actorId,
  });
  return item!;
}

const TimelineCursorSchema = z.object({
  after: z
    .tuple([
      z.union([z.literal(0), z.literal(1)]),
      z.union([z.literal(""), z.iso.datetime()]),
      z.union([z.literal(0), z.literal(1)]),
      z.number().int(),
    ])
    .refine(([order, at]) => (order === 0) === (at === "")),
  total: z.number().int().nonnegative(),
});

/**
 * GET /api/items/:id/history: a keyset page of the item's timeline, and the catalogue review
 * events among it (each also a timeline entry).
 */
export async function itemHistory(
  id: string,
  query: CatalogueHistoryQuery,
): Promise<CatalogueHistoryResponse> {
  const cursor =
    query.cursor === undefined ? undefined : decodeCursor(TimelineCursorSchema, query.cursor);
  const found = await repository.findTimelinePage(id, query.limit + 1, cursor);
  if (!found) throw notFound("Item", id);
  const { page, nextCursor } = pageOf(
    found.rows,
    query.limit,
    (row) => ({ after: row.key, total: found.total }),
    (row) => row,
  );
  return {
    events: page.flatMap((row) => (row.review ? [row.review] : [])),
    timeline: page.map((row) => row.entry),
    total: found.total,
    nextCursor,
  };
}
