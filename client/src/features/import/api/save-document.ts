import { useMutation, useQueryClient } from "@tanstack/react-query";
import { SaveDocumentResponseSchema, type ImportBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";

export function saveDocument(body: ImportBody) {
  return api.post("/documents", SaveDocumentResponseSchema, { body });
}

/** A new document adds items to every tier: refresh documents, item lists and summaries. */
export function useSaveDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveDocument,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryRoots.documents }),
        queryClient.invalidateQueries({ queryKey: queryRoots.items }),
        queryClient.invalidateQueries({ queryKey: queryRoots.summary }),
      ]),
  });
}
