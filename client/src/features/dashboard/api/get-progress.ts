import { queryOptions, useQuery } from "@tanstack/react-query";
import { ProgressResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { dashboardKeys } from "./dashboard-keys";

export function getProgress(id: string, signal?: AbortSignal) {
  return api.get(`/exercises/${encodeURIComponent(id)}/progress`, ProgressResponseSchema, {
    signal,
  });
}

export function progressQueryOptions(id: string) {
  return queryOptions({
    queryKey: dashboardKeys.progress(id),
    queryFn: ({ signal }) => getProgress(id, signal),
    // A class works while the instructor watches: keep it fresh without a reload.
    staleTime: 0,
    refetchInterval: 30_000,
  });
}

/** How far each participant got, per tier of the exercise (owner only). */
export function useProgress(id: string) {
  return useQuery(progressQueryOptions(id));
}
