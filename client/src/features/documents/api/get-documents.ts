import { queryOptions, useQuery } from "@tanstack/react-query";
import { DocumentsResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { documentKeys } from "./document-keys";

export function getDocuments(signal?: AbortSignal) {
  return api.get("/documents", DocumentsResponseSchema, { signal });
}

export function documentsQueryOptions() {
  return queryOptions({
    queryKey: documentKeys.list(),
    queryFn: ({ signal }) => getDocuments(signal),
  });
}

export function useDocuments() {
  return useQuery(documentsQueryOptions());
}
