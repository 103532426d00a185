import { queryOptions, useQuery } from "@tanstack/react-query";
import { InviteInfoResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

/** What a class link leads to, and who (if anyone) is signed in on this browser. Public. */
export function getInvite(token: string, signal?: AbortSignal) {
  return api.get(`/invites/${encodeURIComponent(token)}`, InviteInfoResponseSchema, { signal });
}

export function inviteQueryOptions(token: string) {
  return queryOptions({
    queryKey: exerciseKeys.invite(token),
    queryFn: ({ signal }) => getInvite(token, signal),
    // Who is signed in changes with the join itself: always ask again.
    staleTime: 0,
  });
}

export function useInvite(token: string) {
  return useQuery(inviteQueryOptions(token));
}
