import { queryOptions, useQuery } from "@tanstack/react-query";
import { SummaryResponseSchema, type Level } from "@zeren/shared/contract";
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
