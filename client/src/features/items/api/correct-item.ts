import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ItemSchema, type CorrectItemBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";
import { updateCachedItem } from "./item-cache";

export interface CorrectItemInput {
  id: string;
  body: CorrectItemBody;
}

export function correctItem({ id, body }: CorrectItemInput) {
  return api.put(`/items/${encodeURIComponent(id)}/correction`, ItemSchema, { body });
}

export function removeCorrection(id: string) {
  return api.delete(`/items/${encodeURIComponent(id)}/correction`, ItemSchema);
}

/**
 * A correction can move an item to another tier or type, so every list, count and
 * document total may change: refresh all of them once the server has answered.
 */
function useInvalidateAfterCorrection() {
  const queryClient = useQueryClient();
  return async (item: Awaited<ReturnType<typeof correctItem>>) => {
    updateCachedItem(queryClient, item.id, () => item);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryRoots.items }),
      queryClient.invalidateQueries({ queryKey: queryRoots.summary }),
      queryClient.invalidateQueries({ queryKey: queryRoots.documents }),
    ]);
  };
}

export function useCorrectItem() {
  const onSuccess = useInvalidateAfterCorrection();
  return useMutation({ mutationFn: correctItem, onSuccess });
}

export function useRemoveCorrection() {
  const onSuccess = useInvalidateAfterCorrection();
  return useMutation({ mutationFn: removeCorrection, onSuccess });
}
