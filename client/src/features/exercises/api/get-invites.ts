import { queryOptions, useQuery } from "@tanstack/react-query";
import { InvitesResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export function getInvites(exerciseId: string, signal?: AbortSignal) {
  return api.get(`/exercises/${encodeURIComponent(exerciseId)}/invites`, InvitesResponseSchema, {
    signal,
  });
}

export function invitesQueryOptions(exerciseId: string) {
  return queryOptions({
    queryKey: exerciseKeys.invites(exerciseId),
    queryFn: ({ signal }) => getInvites(exerciseId, signal),
  });
}

/** The exercise's class links, newest first (owner only); tokens are never listed. */
export function useInvites(exerciseId: string) {
  return useQuery(invitesQueryOptions(exerciseId));
}
