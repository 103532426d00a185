import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ItemSchema, type PatchItemBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";
import { itemKeys } from "./item-keys";
import { restoreItem, snapshotItem, updateCachedItem, type ItemCacheSnapshot } from "./item-cache";

export interface UpdateItemReviewInput {
  id: string;
  body: PatchItemBody;
}

export function updateItemReview({ id, body }: UpdateItemReviewInput) {
  return api.patch(`/items/${encodeURIComponent(id)}`, ItemSchema, { body });
}

/**
 * Marks an item reviewed (or not) and saves its note. Optimistic: the checkbox follows the
 * click at once; if the server refuses (409 when someone else changed the item first), the
 * caches go back to what they held and the caller shows the error.
 */
export function useUpdateItemReview() {
  const queryClient = useQueryClient();
  return useMutation<
    Awaited<ReturnType<typeof updateItemReview>>,
    Error,
    UpdateItemReviewInput,
    ItemCacheSnapshot
  >({
    mutationFn: updateItemReview,
    onMutate: async ({ id, body }) => {
      await queryClient.cancelQueries({ queryKey: itemKeys.all });
      const snapshot = snapshotItem(queryClient, id);
      updateCachedItem(queryClient, id, (item) => ({
        ...item,
        review: { ...item.review, reviewed: body.reviewed, note: body.note ?? item.review.note },
      }));
      return snapshot;
    },
    onError: (_error, { id }, snapshot) => {
      if (snapshot) restoreItem(queryClient, id, snapshot);
    },
    onSuccess: (item) => {
      // The answer carries the new version: the next toggle must send it.
      updateCachedItem(queryClient, item.id, () => item);
    },
    // Either way, fetch the server's state: after a refusal it is what someone else saved.
    // Lists are only marked stale: a tier page holding thirty pages would otherwise read them
    // all again for one checkbox (the item itself is already updated in every page above).
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: itemKeys.lists(), refetchType: "none" }),
        queryClient.invalidateQueries({ queryKey: itemKeys.details() }),
        queryClient.invalidateQueries({ queryKey: itemKeys.counts() }),
        queryClient.invalidateQueries({ queryKey: queryRoots.summary }),
      ]),
  });
}
