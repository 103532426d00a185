import { useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import {
  AdjudicationItemSchema,
  type AdjudicateBody,
  type AdjudicationResponse,
} from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";
import { exerciseScope } from "@/lib/exercise-keys";
import { adjudicationKeys } from "./get-adjudication";

export interface AdjudicateInput {
  exerciseId: string;
  itemId: string;
  body: AdjudicateBody;
}

export function adjudicate({ exerciseId, itemId, body }: AdjudicateInput) {
  return api.post(
    `/exercises/${encodeURIComponent(exerciseId)}/adjudication/${encodeURIComponent(itemId)}`,
    AdjudicationItemSchema,
    { body },
  );
}

/**
 * Settles an item: the extractor was right, or a correction with its reason. The item keeps
 * its place in the list until the next visit (re-sorting under the pointer would lose it);
 * agreement and the catalogue change with the reading, so they are refreshed.
 */
export function useAdjudicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adjudicate,
    onSuccess: async (item, { exerciseId }) => {
      queryClient.setQueryData<InfiniteData<AdjudicationResponse, string | null>>(
        adjudicationKeys.queue(exerciseId),
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((i) => (i.id === item.id ? item : i)),
            })),
          },
      );
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: exerciseScope(exerciseId),
          predicate: (query) => query.queryKey[2] !== "adjudication",
        }),
        queryClient.invalidateQueries({ queryKey: queryRoots.items }),
        queryClient.invalidateQueries({ queryKey: queryRoots.summary }),
      ]);
    },
  });
}
