import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { AccuracyResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";

// Under the summary root: reviews, corrections and withdrawals refresh it with the counts.
export const accuracyKey = [...queryRoots.summary, "accuracy"] as const;

/** A page of the curated notices with their findings, and the figures over all of them. */
export function getAccuracy(cursor: string | null, signal?: AbortSignal) {
  return api.get("/catalogue/accuracy", AccuracyResponseSchema, { params: { cursor }, signal });
}

export function accuracyQueryOptions() {
  return infiniteQueryOptions({
    queryKey: accuracyKey,
    queryFn: ({ signal, pageParam }) => getAccuracy(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The extractor's accuracy, 50 curated notices at a time ("Load more"). */
export function useAccuracy() {
  return useInfiniteQuery(accuracyQueryOptions());
}
