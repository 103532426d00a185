import type { CatalogueExportQuery } from "@zeren/shared/contract";
import { toQueryString } from "@/lib/api-client";

/**
 * Download links: plain GETs the browser saves as attachments with the session cookie.
 */

/** The notice as curated, in the seed-gold format (JSON Lines), to score with `npm run eval`. */
export const goldUrl = (documentId: string) =>
  `/api/documents/${encodeURIComponent(documentId)}/gold`;

export type CatalogueFormat = "csv" | "xlsx" | "json";

/** The catalogue under the given filters (a tier, a notice, the tier page's filters). */
export const catalogueExportUrl = (format: CatalogueFormat, filters: CatalogueExportQuery) =>
  `/api/catalogue/export.${format}${toQueryString({ ...filters })}`;
