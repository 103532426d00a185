import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ReimportResponseSchema, type ImportBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";

/** The same text again with better metadata: update the stored notice's record. */
export function reimportDocument(body: ImportBody) {
  return api.post("/documents/reimport", ReimportResponseSchema, { body });
}

export function useReimportDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reimportDocument,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryRoots.documents }),
        queryClient.invalidateQueries({ queryKey: queryRoots.items }),
        queryClient.invalidateQueries({ queryKey: queryRoots.summary }),
      ]),
  });
}
