import { queryOptions, useQuery } from "@tanstack/react-query";
import { DocumentsResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { documentKeys } from "./document-keys";

/** The catalogue's notices, or (`withdrawn`) those an instructor withdrew. */
export function getDocuments(withdrawn: boolean, signal?: AbortSignal) {
  return api.get("/documents", DocumentsResponseSchema, {
    signal,
    ...(withdrawn ? { params: { withdrawn: "true" } } : {}),
  });
}

export function documentsQueryOptions(withdrawn = false) {
  return queryOptions({
    queryKey: documentKeys.list(withdrawn),
    queryFn: ({ signal }) => getDocuments(withdrawn, signal),
  });
}

export function useDocuments(withdrawn = false) {
  return useQuery(documentsQueryOptions(withdrawn));
}
