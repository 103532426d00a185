import type { SearchQuery, SearchResponse } from "@zeren/shared/contract";
import * as repository from "./search.repository";

/** A page of the items matching a search across tiers and notices (GET /api/search). */
export async function search(query: SearchQuery): Promise<SearchResponse> {
  const after = query.cursor === undefined ? null : repository.decodeSearchCursor(query.cursor);
  return repository.searchItems(query, after);
}
