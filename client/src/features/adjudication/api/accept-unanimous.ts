import { useMutation, useQueryClient } from "@tanstack/react-query";
import { AcceptUnanimousResponseSchema, type AcceptUnanimousBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";
import { exerciseScope } from "@/lib/exercise-keys";
import { adjudicationKeys } from "./get-adjudication";

export function acceptUnanimous({
  exerciseId,
  body,
}: {
  exerciseId: string;
  body: AcceptUnanimousBody;
}) {
  return api.post(
    `/exercises/${encodeURIComponent(exerciseId)}/adjudication/unanimous`,
    AcceptUnanimousResponseSchema,
    { body },
  );
}

/**
 * Settles every open unanimous item that matches the extractor, each with its own reason;
 * the answer names the items accepted, and the queue is read again, page after page.
 */
export function useAcceptUnanimous() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptUnanimous,
    onSuccess: async (_result, { exerciseId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adjudicationKeys.queue(exerciseId) }),
        queryClient.invalidateQueries({
          queryKey: exerciseScope(exerciseId),
          predicate: (query) => query.queryKey[2] !== "adjudication",
        }),
        queryClient.invalidateQueries({ queryKey: queryRoots.summary }),
      ]);
    },
  });
}
