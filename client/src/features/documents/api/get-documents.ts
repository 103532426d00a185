import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { DocumentsResponseSchema, PAGE_LIMIT_MAX } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { documentKeys, type DocumentFilters } from "./document-keys";

/** Notices per page on the overview: a screenful, and "Load more" for the next. */
export const DOCUMENTS_PAGE_SIZE = 50;

/** The catalogue's notices, or (`withdrawn`) those an instructor withdrew; `q` on title/issuer. */
export function getDocuments(
  filters: DocumentFilters,
  page: { limit: number; cursor?: string | null },
  signal?: AbortSignal,
) {
  return api.get("/documents", DocumentsResponseSchema, {
    signal,
    params: {
      withdrawn: filters.withdrawn ? "true" : undefined,
      q: filters.q,
      limit: page.limit,
      cursor: page.cursor,
    },
  });
}

export function documentsInfiniteQueryOptions(
  filters: DocumentFilters,
  limit = DOCUMENTS_PAGE_SIZE,
) {
  return infiniteQueryOptions({
    queryKey: documentKeys.list({ ...filters, limit }),
    queryFn: ({ signal, pageParam }) => getDocuments(filters, { limit, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** A page of notices at a time ("Load more"), keeping the last list while a search loads. */
export function useDocuments(filters: DocumentFilters = {}, limit = DOCUMENTS_PAGE_SIZE) {
  return useInfiniteQuery({
    ...documentsInfiniteQueryOptions(filters, limit),
    placeholderData: keepPreviousData,
  });
}

/** For pickers (a notice filter, an exercise's notices): the largest page the API gives. */
export function useDocumentChoices(q?: string) {
  return useDocuments({ q }, PAGE_LIMIT_MAX);
}
