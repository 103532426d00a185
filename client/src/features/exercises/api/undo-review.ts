import { useMutation, useQueryClient } from "@tanstack/react-query";
import { UndoResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";
import { replaceCachedItem } from "./item-cache";

export function undoLastChange(exerciseId: string) {
  return api.post(`/exercises/${encodeURIComponent(exerciseId)}/undo`, UndoResponseSchema, {
    body: {},
  });
}

/** Reverts my latest change in the exercise (the server records it as a new "undo" event). */
export function useUndoLastChange(exerciseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => undoLastChange(exerciseId),
    onSuccess: async ({ item }) => {
      replaceCachedItem(queryClient, exerciseId, item);
      await queryClient.invalidateQueries({ queryKey: exerciseKeys.detail(exerciseId) });
    },
  });
}
