import { useMutation, useQueryClient } from "@tanstack/react-query";
import { MeResponseSchema, type SignInBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { replaceSession, sessionKeys } from "./get-session";

/** better-auth's email sign-in; our server answers { user } and sets the session cookie. */
export function signIn(body: SignInBody) {
  return api.post("/auth/sign-in/email", MeResponseSchema, { body });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: ({ user }) => {
      replaceSession(queryClient, { user, setupRequired: false });
      // The sign-in answer does not say whether this is the administrator: read the session.
      void queryClient.invalidateQueries({ queryKey: sessionKeys.current, exact: true });
    },
  });
}
