import { ItemTypeSchema } from "@zeren/shared/contract";
import type { FilterValues } from "../components/item-filters";

/**
 * The tier page's filters live in its URL (shareable, bookmarkable, back-button friendly).
 * Unknown or malformed values are ignored rather than sent to the API to be refused.
 */
export function filtersFromSearchParams(params: URLSearchParams): FilterValues {
  const type = ItemTypeSchema.safeParse(params.get("type"));
  const reviewed = params.get("reviewed");
  const document = params.get("document")?.trim();
  const q = params.get("q")?.trim();
  return {
    ...(type.success ? { type: type.data } : {}),
    ...(document ? { document } : {}),
    ...(reviewed === "true" || reviewed === "false" ? { reviewed: reviewed === "true" } : {}),
    ...(q ? { q } : {}),
  };
}

/** The inverse: only set filters appear, in a stable order. */
export function searchParamsFromFilters(filters: FilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type) params.set("type", filters.type);
  if (filters.document) params.set("document", filters.document);
  if (filters.reviewed !== undefined) params.set("reviewed", String(filters.reviewed));
  if (filters.q) params.set("q", filters.q);
  return params;
}
