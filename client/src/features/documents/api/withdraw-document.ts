import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DocumentDetailSchema, type WithdrawBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";
import { documentKeys } from "./document-keys";

export function withdrawDocument(id: string, body: WithdrawBody) {
  return api.post(`/documents/${encodeURIComponent(id)}/withdraw`, DocumentDetailSchema, { body });
}

export function restoreDocument(id: string) {
  return api.post(`/documents/${encodeURIComponent(id)}/restore`, DocumentDetailSchema);
}

/** The notice leaves (or rejoins) lists, tiers and summaries: refresh them all. */
function useRecordState<T>(
  id: string,
  mutationFn: (input: T) => ReturnType<typeof restoreDocument>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
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

export function useWithdrawDocument(id: string) {
  return useRecordState(id, (body: WithdrawBody) => withdrawDocument(id, body));
}

export function useRestoreDocument(id: string) {
  return useRecordState(id, () => restoreDocument(id));
}
