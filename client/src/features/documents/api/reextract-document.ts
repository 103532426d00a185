import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ReextractResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";

/** Runs the current extractor rules again on a stored notice's text. */
export function reextractDocument(id: string) {
  return api.post(`/documents/${encodeURIComponent(id)}/reextract`, ReextractResponseSchema);
}

/**
 * Items may appear or disappear and counts change: refresh documents, item lists and
 * summaries. Reviews and corrections stay attached on the server (ids follow the text).
 */
export function useReextractDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reextractDocument,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryRoots.documents }),
        queryClient.invalidateQueries({ queryKey: queryRoots.items }),
        queryClient.invalidateQueries({ queryKey: queryRoots.summary }),
      ]),
  });
}
