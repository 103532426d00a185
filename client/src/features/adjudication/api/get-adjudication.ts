import { queryOptions, useQuery } from "@tanstack/react-query";
import { AdjudicationResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseScope } from "@/lib/exercise-keys";

export const adjudicationKeys = {
  queue: (id: string) => [...exerciseScope(id), "adjudication"] as const,
};

export function getAdjudication(id: string, signal?: AbortSignal) {
  return api.get(`/exercises/${encodeURIComponent(id)}/adjudication`, AdjudicationResponseSchema, {
    signal,
  });
}

export function adjudicationQueryOptions(id: string) {
  return queryOptions({
    queryKey: adjudicationKeys.queue(id),
    queryFn: ({ signal }) => getAdjudication(id, signal),
  });
}

/** The items to settle, most disputed first (the server orders them). */
export function useAdjudication(id: string) {
  return useQuery(adjudicationQueryOptions(id));
}
