import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import { SessionResponseSchema, type SessionResponse } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";

export const sessionKeys = {
  current: queryRoots.session,
  /** True after a deliberate sign-out: the guard then does not offer to return to the page. */
  signedOut: [...queryRoots.session, "signed-out"] as const,
};

export function getSession(signal?: AbortSignal) {
  return api.get("/session", SessionResponseSchema, { signal });
}

/**
 * Who is signed in. It changes only through sign-in, sign-out, setup, joining, or a 401
 * from the API (which clears it), so it never goes stale by time.
 */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.current,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: Infinity,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** Whether the signed-in user is the administrator (the first instructor): the backup is theirs. */
export function useIsAdministrator() {
  return useSession().data?.administrator === true;
}

/** The signed-in user, or null; for components under the session guard it is never null. */
export function useSessionUser() {
  return useSession().data?.user ?? null;
}

/**
 * A new person is signed in (or nobody): drop every cached answer of the previous one, so
 * nothing of theirs shows for a moment, then record who it is now.
 */
export function replaceSession(
  queryClient: QueryClient,
  session: SessionResponse,
  { signedOut = false }: { signedOut?: boolean } = {},
) {
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== sessionKeys.current[0],
  });
  queryClient.setQueryData(sessionKeys.signedOut, signedOut);
  queryClient.setQueryData(sessionKeys.current, session);
}

/** Whether the last change of session was the reader signing out. */
export function wasSignedOut(queryClient: QueryClient): boolean {
  return queryClient.getQueryData<boolean>(sessionKeys.signedOut) === true;
}

/** The API said 401: the session ended. The guard takes the reader to sign in. */
export function forgetSession(queryClient: QueryClient) {
  queryClient.setQueryData<SessionResponse>(sessionKeys.current, (old) =>
    old ? { ...old, user: null } : old,
  );
}
