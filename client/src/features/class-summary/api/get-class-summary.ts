import { queryOptions, useQuery } from "@tanstack/react-query";
import { ClassSummaryResponseSchema, type Level } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseScope } from "@/lib/exercise-keys";

export const classSummaryKeys = {
  summary: (id: string, level: Level | undefined) =>
    [...exerciseScope(id), "summary", level ?? "all"] as const,
};

export function getClassSummary(id: string, level: Level | undefined, signal?: AbortSignal) {
  return api.get(`/exercises/${encodeURIComponent(id)}/summary`, ClassSummaryResponseSchema, {
    params: { level },
    signal,
  });
}

export function classSummaryQueryOptions(id: string, level: Level | undefined) {
  return queryOptions({
    queryKey: classSummaryKeys.summary(id, level),
    queryFn: ({ signal }) => getClassSummary(id, level, signal),
    // The hash certifies what is printed: always print what the server has now.
    staleTime: 0,
  });
}

/** The per-tier class summary with its data hash (owner only). */
export function useClassSummary(id: string, level: Level | undefined) {
  return useQuery(classSummaryQueryOptions(id, level));
}
