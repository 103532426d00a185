import { queryOptions, useQuery } from "@tanstack/react-query";
import { AccuracyResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";

// Under the summary root: reviews, corrections and withdrawals refresh it with the counts.
export const accuracyKey = [...queryRoots.summary, "accuracy"] as const;

export function getAccuracy(signal?: AbortSignal) {
  return api.get("/catalogue/accuracy", AccuracyResponseSchema, { signal });
}

export function accuracyQueryOptions() {
  return queryOptions({ queryKey: accuracyKey, queryFn: ({ signal }) => getAccuracy(signal) });
}

export function useAccuracy() {
  return useQuery(accuracyQueryOptions());
}
