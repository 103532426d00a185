import { z } from "zod";
import {
  BearerSourceSchema,
  DismissKindSchema,
  ItemOriginSchema,
  CueSchema,
  TimingSchema,
  type Item,
} from "@zeren/shared/contract";
import type { Prisma } from "../../generated/prisma/client";
import { effectiveReading, parseReading } from "./effective-reading";

/**
 * How an item is read from the database and turned into the contract's Item. Shared by the
 * items and documents repositories so an item looks the same whichever endpoint serves it.
 */
export const ITEM_SELECT = {
  id: true,
  text: true,
  start: true,
  end: true,
  unitIndex: true,
  bearer: true,
  bearerSource: true,
  level: true,
  types: true,
  modality: true,
  cues: true,
  timing: true,
  recipient: true,
  document: {
    select: {
      id: true,
      title: true,
      issuer: true,
      date: true,
      documentNumber: true,
      sourceUrl: true,
      retrievedAt: true,
    },
  },
  section: { select: { index: true, number: true, heading: true } },
  review: { select: { reviewed: true, note: true, version: true, updatedAt: true } },
  correction: {
    select: { level: true, types: true, modality: true, reason: true, correctedAt: true },
  },
  origin: true,
  dismissedAt: true,
  dismissKind: true,
  dismissReason: true,
  curatedBearer: true,
} satisfies Prisma.ItemSelect;

/**
 * A notice's current items: produced by the current extraction or added by a person, and not
 * dismissed, superseded or merged by one. What a notice's own page and re-extraction work on.
 */
export const CURRENT_ITEM = { active: true, dismissedAt: null } satisfies Prisma.ItemWhereInput;

/**
 * Items in lists and counts (tiers, summaries, documents, exercises, exports): current items
 * of notices not withdrawn. Others stay reachable by id, with their reviews and corrections.
 */
export const LISTED_ITEM = {
  ...CURRENT_ITEM,
  document: { is: { withdrawnAt: null } },
} satisfies Prisma.ItemWhereInput;

type ItemRow = Prisma.ItemGetPayload<{ select: typeof ITEM_SELECT }>;

const CuesSchema = z.array(CueSchema);

/**
 * Items are listed by document (oldest import first), then by their place in the text (a
 * person's item sits among the extractor's by its offset; ordinal orders the extractor's).
 */
export const ITEM_ORDER = [
  { document: { createdAt: "asc" } },
  { documentId: "asc" },
  { start: "asc" },
  { ordinal: "asc" },
] satisfies Prisma.ItemOrderByWithRelationInput[];

export function toItem(row: ItemRow): Item {
  const correction = row.correction;
  const review = row.review;
  return {
    id: row.id,
    text: row.text,
    start: row.start,
    end: row.end,
    unitIndex: row.unitIndex,
    bearer: row.curatedBearer ?? row.bearer,
    bearerSource: BearerSourceSchema.parse(row.bearerSource),
    ...effectiveReading(row),
    cues: CuesSchema.parse(JSON.parse(row.cues)),
    timing: row.timing === null ? null : TimingSchema.parse(row.timing),
    recipient: row.recipient,
    document: row.document,
    section: row.section,
    review: {
      reviewed: review?.reviewed ?? false,
      note: review?.note ?? "",
      version: review?.version ?? 0,
      // A review row exists from the start; it only counts as "updated" once someone wrote it.
      updatedAt: review && review.version > 0 ? review.updatedAt.toISOString() : null,
    },
    correction: correction
      ? {
          reason: correction.reason,
          correctedAt: correction.correctedAt.toISOString(),
          extracted: parseReading(row),
        }
      : null,
    curation: {
      origin: ItemOriginSchema.parse(row.origin),
      dismissal:
        row.dismissedAt && row.dismissKind
          ? {
              kind: DismissKindSchema.parse(row.dismissKind),
              reason: row.dismissReason,
              at: row.dismissedAt.toISOString(),
            }
          : null,
      extractedBearer: row.curatedBearer === null ? null : row.bearer,
    },
  };
}
