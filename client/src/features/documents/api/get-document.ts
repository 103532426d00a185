import { queryOptions, useQuery } from "@tanstack/react-query";
import { DocumentDetailSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { documentKeys } from "./document-keys";

export function getDocument(id: string, signal?: AbortSignal) {
  return api.get(`/documents/${encodeURIComponent(id)}`, DocumentDetailSchema, { signal });
}

/** A document's full text rarely changes (only on re-extraction): keep it for a while. */
export function documentQueryOptions(id: string) {
  return queryOptions({
    queryKey: documentKeys.detail(id),
    queryFn: ({ signal }) => getDocument(id, signal),
    staleTime: 5 * 60_000,
  });
}

export function useDocument(id: string | undefined) {
  return useQuery({ ...documentQueryOptions(id ?? ""), enabled: Boolean(id) });
}
