import { z } from "zod";
import { ExtractionSchema, ItemTypesSchema, LevelSchema, ModalitySchema } from "./model";
import { DocumentDetailSchema } from "./documents";
import { CurationReportSchema } from "./curations";
import { singleLineText } from "./text";

/** Largest notice text accepted, in UTF-16 code units (about 2 MB of ASCII). */
export const MAX_DOCUMENT_CHARS = 2_000_000;
/** File names a notice may come from; .docx is converted to text in the browser. */
export const ACCEPTED_FILE_EXTENSIONS = [".txt", ".docx"] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Control characters other than tab/newline/CR, or U+FFFD: the text is binary, not a notice. */
// eslint-disable-next-line no-control-regex
export const BINARY_TEXT_PATTERN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

export const ImportBodySchema = z.strictObject({
  text: z
    .string()
    .max(MAX_DOCUMENT_CHARS, `text must be at most ${MAX_DOCUMENT_CHARS} characters`)
    .refine((t) => t.trim().length > 0, "text is empty")
    .refine((t) => !BINARY_TEXT_PATTERN.test(t), "text contains binary data, not a notice"),
  title: singleLineText(300).min(1).optional(),
  issuer: singleLineText(200).min(1).optional(),
  date: z.string().regex(ISO_DATE, "date must be YYYY-MM-DD").optional(),
  /** The uploaded file's name, when the text came from a file. */
  fileName: z
    .string()
    .max(300)
    .refine(
      (n) => ACCEPTED_FILE_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext)),
      "only .txt and .docx files can be imported",
    )
    .optional(),
});
export type ImportBody = z.infer<typeof ImportBodySchema>;

/** POST /api/documents/preview: the extraction, nothing saved. `documentId` is what saving would use. */
export const PreviewResponseSchema = ExtractionSchema.extend({
  documentId: z.string(),
  /** True when a document with this text is already stored. */
  alreadyImported: z.boolean(),
  /**
   * The stored notice's record when `alreadyImported`: the import page compares it with the
   * metadata given now and offers POST /api/documents/reimport to update it.
   */
  stored: z
    .object({
      title: z.string(),
      issuer: z.string().nullable(),
      date: z.string().nullable(),
      withdrawnAt: z.string().nullable(),
    })
    .nullable(),
});
export type PreviewResponse = z.infer<typeof PreviewResponseSchema>;

/** POST /api/documents: the stored document; `created` is false when the same text existed. */
export const SaveDocumentResponseSchema = z.object({
  created: z.boolean(),
  document: DocumentDetailSchema,
});
export type SaveDocumentResponse = z.infer<typeof SaveDocumentResponseSchema>;

/**
 * POST /api/documents/reimport: the same text imported again with better metadata updates the
 * stored notice's record (the title, issuer and date given become a person's values; the
 * items, reviews and corrections stay). `changed` names the fields whose shown value changed.
 */
export const ReimportResponseSchema = z.object({
  changed: z.array(z.enum(["title", "issuer", "date", "sourceName"])),
  document: DocumentDetailSchema,
});
export type ReimportResponse = z.infer<typeof ReimportResponseSchema>;

/** PUT /api/items/:id/correction: a reviewer's reading replacing the extractor's. */
export const CorrectItemBodySchema = z.strictObject({
  level: LevelSchema,
  types: ItemTypesSchema,
  modality: ModalitySchema,
  reason: z.string().trim().min(1, "a reason is required").max(2000),
});
export type CorrectItemBody = z.infer<typeof CorrectItemBodySchema>;

/** POST /api/documents/:id/reextract: what changed when the current rules ran again. */
export const ReextractResponseSchema = z.object({
  kept: z.number().int().nonnegative(),
  added: z.array(z.string()),
  /** Items no longer found: kept inactive with their reviews and corrections, listed here. */
  disappeared: z.array(z.object({ id: z.string(), text: z.string(), reviewed: z.boolean() })),
  /** Issue 8: curations re-attached, person-added items the extractor now finds, and those lost. */
  curations: CurationReportSchema,
});
export type ReextractResponse = z.infer<typeof ReextractResponseSchema>;
