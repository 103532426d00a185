import { z } from "zod";
import { ItemTypesSchema, LevelSchema, ModalitySchema } from "./model";

/**
 * Curation (issue 8): an instructor adds what the extractor missed, dismisses what it got
 * wrong, fixes bearers and spans, splits and merges items. Each curation is anchored like a
 * web annotation so it survives a re-extraction that cuts the notice differently.
 */

/** Who made an item: the extractor, or a person from the source view. */
export const ITEM_ORIGINS = ["extractor", "person"] as const;
export const ItemOriginSchema = z.enum(ITEM_ORIGINS);
export type ItemOrigin = z.infer<typeof ItemOriginSchema>;

/**
 * Why an item left lists and counts: `dismissed` (a person: not a directive; struck through
 * in the source, can be restored), `superseded` (replaced by a person's item after a span
 * edit, split or merge), `merged` (the extractor found a person-added item too: one item).
 */
export const DISMISS_KINDS = ["dismissed", "superseded", "merged"] as const;
export const DismissKindSchema = z.enum(DISMISS_KINDS);
export type DismissKind = z.infer<typeof DismissKindSchema>;

export const CURATION_KINDS = [
  "add",
  "dismiss",
  "restore",
  "bearer",
  "span",
  "split",
  "merge",
  "correct",
  "uncorrect",
  /** A re-extraction moved a curation onto the item(s) that now cover its text. */
  "reattach",
  /** A re-extraction produced the same item as a person-added one: the two became one. */
  "extractor-merge",
] as const;
export const CurationKindSchema = z.enum(CURATION_KINDS);
export type CurationKind = z.infer<typeof CurationKindSchema>;

/** W3C TextQuoteSelector + TextPositionSelector: what a curation points at in the notice. */
export const AnchorSchema = z.object({
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

export const DismissalSchema = z.object({
  kind: DismissKindSchema,
  reason: z.string().nullable(),
  at: z.string(),
});

/** The item's curation state, served on every item. */
export const ItemCurationSchema = z.object({
  origin: ItemOriginSchema,
  /** Null while the item is listed. */
  dismissal: DismissalSchema.nullable(),
  /** The extractor's bearer, when a person replaced it (the item's `bearer` is the person's). */
  extractedBearer: z.string().nullable(),
});
export type ItemCuration = z.infer<typeof ItemCurationSchema>;

const REASON_MAX = 2000;
const requiredReason = z.string().trim().min(1, "a reason is required").max(REASON_MAX);
const optionalReason = z.string().trim().max(REASON_MAX).optional();
const offset = z.number().int().nonnegative();
const bearerText = z.string().trim().min(1, "a bearer is required").max(200);

/**
 * POST /api/documents/:id/items: make a stretch of the source an item. The span snaps to
 * whole units unless it lies inside one unit (`snapSpan` in @zeren/shared/curation).
 */
export const AddItemBodySchema = z
  .strictObject({
    start: offset,
    end: offset,
    bearer: bearerText,
    level: LevelSchema,
    types: ItemTypesSchema,
    modality: ModalitySchema,
    reason: requiredReason,
  })
  .refine((b) => b.end > b.start, { message: "end must be after start", path: ["end"] });
export type AddItemBody = z.infer<typeof AddItemBodySchema>;

/** POST /api/items/:id/dismissal: not a directive, and why. DELETE restores it. */
export const DismissItemBodySchema = z.strictObject({ reason: requiredReason });
export type DismissItemBody = z.infer<typeof DismissItemBodySchema>;

/** PUT /api/items/:id/bearer: the bearer as written, and its tier. */
export const EditBearerBodySchema = z.strictObject({
  bearer: bearerText,
  level: LevelSchema,
  reason: optionalReason,
});
export type EditBearerBody = z.infer<typeof EditBearerBodySchema>;

/** PUT /api/items/:id/span: narrow inside one unit, or widen to whole units. */
export const EditSpanBodySchema = z
  .strictObject({ start: offset, end: offset, reason: optionalReason })
  .refine((b) => b.end > b.start, { message: "end must be after start", path: ["end"] });
export type EditSpanBody = z.infer<typeof EditSpanBodySchema>;

/** POST /api/items/:id/split: two items, cut where a unit starts inside the item. */
export const SplitItemBodySchema = z.strictObject({ at: offset, reason: optionalReason });
export type SplitItemBody = z.infer<typeof SplitItemBodySchema>;

/** POST /api/items/:id/merge: this item and the listed item next to it become one. */
export const MergeItemBodySchema = z.strictObject({
  with: z.string().min(1).max(200),
  reason: optionalReason,
});
export type MergeItemBody = z.infer<typeof MergeItemBodySchema>;

/** A field's value in a history entry's before/after. */
export const SnapshotValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
]);
export const SnapshotSchema = z.record(z.string(), SnapshotValueSchema);
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const HISTORY_KINDS = ["extracted", "review", ...CURATION_KINDS] as const;
export const HistoryKindSchema = z.enum(HISTORY_KINDS);
export type HistoryKind = z.infer<typeof HistoryKindSchema>;

/**
 * Who did it (UserRef's shape: exercises.ts imports items.ts, which imports this file, so
 * importing UserRefSchema from there would be a cycle).
 */
const ActorSchema = z.object({ id: z.string(), name: z.string() });

/** One entry of an item's whole history; `actor` null means the extractor did it. */
export const HistoryEntrySchema = z.object({
  kind: HistoryKindSchema,
  at: z.string(),
  actor: ActorSchema.nullable(),
  before: SnapshotSchema.nullable(),
  after: SnapshotSchema.nullable(),
  reason: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** A curation a re-extraction could not attach to an item again: shown, never dropped. */
export const UnattachedCurationSchema = z.object({
  id: z.number().int(),
  kind: CurationKindSchema,
  itemId: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  reason: z.string().nullable(),
  /** Why it could not re-attach, in words. */
  note: z.string(),
});
export type UnattachedCuration = z.infer<typeof UnattachedCurationSchema>;

/** What a re-extraction did with the notice's curations. */
export const CurationReportSchema = z.object({
  reattached: z.array(
    z.object({
      id: z.number().int(),
      kind: CurationKindSchema,
      from: z.string(),
      to: z.array(z.string()),
    }),
  ),
  merged: z.array(z.object({ itemId: z.string(), extractorItemId: z.string() })),
  unattached: z.array(UnattachedCurationSchema),
});
export type CurationReport = z.infer<typeof CurationReportSchema>;
