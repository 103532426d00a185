import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { InvitesResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export function getInvites(exerciseId: string, cursor: string | null, signal?: AbortSignal) {
  return api.get(`/exercises/${encodeURIComponent(exerciseId)}/invites`, InvitesResponseSchema, {
    params: { cursor },
    signal,
  });
}

export function invitesQueryOptions(exerciseId: string) {
  return infiniteQueryOptions({
    queryKey: exerciseKeys.invites(exerciseId),
    queryFn: ({ signal, pageParam }) => getInvites(exerciseId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The exercise's class links, newest first (owner only), a page at a time; tokens never listed. */
export function useInvites(exerciseId: string) {
  return useInfiniteQuery(invitesQueryOptions(exerciseId));
}
