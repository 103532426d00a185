import { z } from "zod";
import { LevelSchema, SectionKindSchema } from "./model";
import { ItemSchema, QueryBooleanSchema } from "./items";
import { ExtractedUnitSchema } from "./unit-rules";
import { UnattachedCurationSchema } from "./curations";
import { PageInfoSchema, PageQuerySchema } from "./pagination";
import { singleLineText } from "./text";

export const TierCountsSchema = z.record(LevelSchema, z.number().int().nonnegative());

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  issuer: z.string().nullable(),
  date: z.string().nullable(),
  itemCount: z.number().int().nonnegative(),
  countsByLevel: TierCountsSchema,
  /** When an instructor withdrew the notice (ISO time); null while it is in the catalogue. */
  withdrawnAt: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentsResponseSchema = PageInfoSchema.extend({
  documents: z.array(DocumentSummarySchema),
});

/**
 * GET /api/documents: the catalogue's notices (oldest import first), or with `withdrawn=true`
 * the withdrawn ones (most recent first); `q` keeps those whose title or issuer contains it.
 * Paged like every list (`limit`, `cursor`).
 */
export const DocumentsQuerySchema = z
  .strictObject({
    withdrawn: QueryBooleanSchema.optional(),
    q: z.string().max(200).optional(),
  })
  .extend(PageQuerySchema.shape);
export type DocumentsQuery = z.infer<typeof DocumentsQuerySchema>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD (2021-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** A day as YYYY-MM-DD, or "" (a cleared form field). */
const RecordDateSchema = z
  .string()
  .refine((d) => d === "" || isIsoDay(d), "must be a real day as YYYY-MM-DD");

/**
 * The notice record: what is shown (title, issuer, date on the summary) comes from a person's
 * value when one is set, else from what the extractor read; both are kept, so re-extraction
 * renews the reading without overwriting a person's choice. 文号, source URL and retrieval
 * date are set by people only.
 */
export const NoticeRecordSchema = z.object({
  /** What the extractor read at the last extraction. */
  read: z.object({ issuer: z.string().nullable(), date: z.string().nullable() }),
  /** What a person set; null where nobody did. */
  set: z.object({
    title: z.string().nullable(),
    issuer: z.string().nullable(),
    date: z.string().nullable(),
  }),
  documentNumber: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  retrievedAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
});
export type NoticeRecord = z.infer<typeof NoticeRecordSchema>;

const optionalText = (max: number) => singleLineText(max).nullable().optional();

/**
 * PATCH /api/documents/:id/record: the fields to change; a field left out is unchanged, null
 * (or an empty string) clears it, and a cleared title, issuer or date shows the reading again.
 */
export const UpdateRecordBodySchema = z
  .strictObject({
    title: optionalText(300),
    issuer: optionalText(200),
    date: RecordDateSchema.nullable().optional(),
    documentNumber: optionalText(100),
    sourceUrl: z
      .string()
      .trim()
      .max(2000)
      .refine(
        (url) => url === "" || /^https?:\/\/[^\s]+$/i.test(url),
        "source URL must start with http:// or https://",
      )
      .nullable()
      .optional(),
    retrievedAt: RecordDateSchema.nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, "nothing to change");
export type UpdateRecordBody = z.infer<typeof UpdateRecordBodySchema>;

/** POST /api/documents/:id/withdraw: why (optional, shown in the withdrawn list). */
export const WithdrawBodySchema = z.strictObject({
  reason: z.string().trim().max(2000).optional(),
});
export type WithdrawBody = z.infer<typeof WithdrawBodySchema>;
export type DocumentsResponse = z.infer<typeof DocumentsResponseSchema>;

export const SectionSchema = z.object({
  index: z.number().int().nonnegative(),
  kind: SectionKindSchema,
  number: z.string().nullable(),
  heading: z.string().nullable(),
  headingStart: z.number().int().nullable(),
  headingEnd: z.number().int().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * A unit of the notice the extractor left out, with the rule that left it out: `rule` is read
 * through `UNIT_RULE_LABELS` for the reason in words.
 */
export const LeftOutUnitSchema = ExtractedUnitSchema.pick({
  index: true,
  start: true,
  end: true,
  rule: true,
});
export type LeftOutUnit = z.infer<typeof LeftOutUnitSchema>;

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string(),
  addressees: z.array(z.string()),
  sections: z.array(SectionSchema),
  items: z.array(ItemSchema),
  /**
   * The units the current rules leave out (headings included), in text order. Computed when
   * the document is read, so stored items may come from older rules: a unit overlapping an
   * active item is not listed.
   */
  units: z.array(LeftOutUnitSchema),
  /** Items a person dismissed as not directives: struck through in the source, restorable. */
  dismissed: z.array(ItemSchema),
  /** Every unit's bounds, in text order: where a selection snaps and an item can split. */
  unitBounds: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  /** Curations a re-extraction could not attach again, until a person deals with them. */
  unattached: z.array(UnattachedCurationSchema),
  record: NoticeRecordSchema,
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;
