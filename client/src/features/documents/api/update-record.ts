import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DocumentDetailSchema, type UpdateRecordBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";
import { documentKeys } from "./document-keys";

export function updateRecord(id: string, body: UpdateRecordBody) {
  return api.patch(`/documents/${encodeURIComponent(id)}/record`, DocumentDetailSchema, { body });
}

/**
 * Title, issuer and date show in lists, items and summaries, and a new issuer can change the
 * items themselves: refresh all three roots, and put the answer in the notice's cache at once.
 */
export function useUpdateRecord(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRecordBody) => updateRecord(id, body),
    onSuccess: (document) => {
      queryClient.setQueryData(documentKeys.detail(id), document);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryRoots.documents }),
        queryClient.invalidateQueries({ queryKey: queryRoots.items }),
        queryClient.invalidateQueries({ queryKey: queryRoots.summary }),
      ]);
    },
  });
}
