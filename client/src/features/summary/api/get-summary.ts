import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query";
import {
  PAGE_LIMIT_MAX,
  SummaryDocumentsResponseSchema,
  SummaryResponseSchema,
  type Level,
} from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";

export const summaryKeys = {
  all: queryRoots.summary,
  /** `undefined` asks for every tier. */
  tier: (level: Level | undefined) => [...queryRoots.summary, level ?? "all"] as const,
};

export function getSummary(level: Level | undefined, signal?: AbortSignal) {
  return api.get("/summary", SummaryResponseSchema, { params: { level }, signal });
}

export function summaryQueryOptions(level?: Level) {
  return queryOptions({
    queryKey: summaryKeys.tier(level),
    queryFn: ({ signal }) => getSummary(level, signal),
  });
}

export function useSummary(level?: Level) {
  return useQuery(summaryQueryOptions(level));
}

/** One tier's counts per notice, a page (200 notices) at a time, in catalogue order. */
export function summaryDocumentsInfiniteQueryOptions(level: Level) {
  return infiniteQueryOptions({
    queryKey: [...queryRoots.summary, level, "documents"] as const,
    queryFn: ({ signal, pageParam }) =>
      api.get("/summary/documents", SummaryDocumentsResponseSchema, {
        params: { level, limit: PAGE_LIMIT_MAX, cursor: pageParam },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useSummaryDocuments(level: Level) {
  return useInfiniteQuery(summaryDocumentsInfiniteQueryOptions(level));
}
