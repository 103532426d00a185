import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ExerciseItemSchema, type PutReviewBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";
import { replaceCachedItem } from "./item-cache";

export interface PutReviewInput {
  exerciseId: string;
  itemId: string;
  body: PutReviewBody;
}

export function putReview({ exerciseId, itemId, body }: PutReviewInput) {
  return api.put(
    `/exercises/${encodeURIComponent(exerciseId)}/items/${encodeURIComponent(itemId)}/review`,
    ExerciseItemSchema,
    { body },
  );
}

/**
 * Saves my review of an item (reviewed, note, coding, submit). Not optimistic: a stale
 * version is refused with 409 and the form keeps what I typed until I choose to reload,
 * so nothing is silently overwritten in either direction.
 */
export function usePutReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putReview,
    onSuccess: async (item, { exerciseId }) => {
      replaceCachedItem(queryClient, exerciseId, item);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: exerciseKeys.history(exerciseId, item.id) }),
        // My progress on the exercise page and in the list.
        queryClient.invalidateQueries({ queryKey: exerciseKeys.detail(exerciseId), exact: true }),
        queryClient.invalidateQueries({ queryKey: exerciseKeys.list() }),
      ]);
    },
  });
}
