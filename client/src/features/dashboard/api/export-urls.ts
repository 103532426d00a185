import type { ExportQuery } from "@zeren/shared/contract";
import { toQueryString } from "@/lib/api-client";

export type ExportFormat = "csv" | "xlsx";

/**
 * The download links of the exports. Plain GET links (the browser saves the attachment
 * with the session cookie), carrying the current filter so the file holds what is shown.
 */
export function exportUrl(exerciseId: string, format: ExportFormat, filters: ExportQuery) {
  return `/api/exercises/${encodeURIComponent(exerciseId)}/export.${format}${toQueryString({ ...filters })}`;
}

/** The whole database as JSON (instructor); restored with the server's restore command. */
export const BACKUP_URL = "/api/backup";
