import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { ProgressResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { dashboardKeys } from "./dashboard-keys";

/** A page of the participants' progress, in the order they joined. */
export function getProgress(id: string, cursor: string | null, signal?: AbortSignal) {
  return api.get(`/exercises/${encodeURIComponent(id)}/progress`, ProgressResponseSchema, {
    params: { cursor },
    signal,
  });
}

export function progressQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: dashboardKeys.progress(id),
    queryFn: ({ signal, pageParam }) => getProgress(id, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // A class works while the instructor watches: keep it fresh without a reload.
    staleTime: 0,
    refetchInterval: 30_000,
  });
}

/** How far each participant got, per tier of the exercise (owner only), 50 at a time ("Load more"). */
export function useProgress(id: string) {
  return useInfiniteQuery(progressQueryOptions(id));
}
