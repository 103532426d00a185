import type { SearchQuery, SearchResponse } from "@zeren/shared/contract";
import { AppError } from "../../errors/app-error";
import * as repository from "./search.repository";

const badCursor = () =>
  new AppError(400, "VALIDATION_FAILED", "The cursor is not one this server made", {
    issues: [
      { path: "query.cursor", message: "must be a cursor from a previous page's nextCursor" },
    ],
  });

/** A page of the items matching a search across tiers and notices (GET /api/search). */
export async function search(query: SearchQuery): Promise<SearchResponse> {
  const after = query.cursor === undefined ? null : repository.decodeCursor(query.cursor);
  if (query.cursor !== undefined && after === null) throw badCursor();
  return repository.searchItems(query, after);
}
