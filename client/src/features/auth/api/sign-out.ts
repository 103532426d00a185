import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "@/lib/api-client";
import { replaceSession } from "./get-session";

/** Ends the session on the server (the old cookie is refused afterwards), not only here. */
export function signOut() {
  return api.post("/auth/sign-out", z.unknown(), { body: {} });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () =>
      replaceSession(queryClient, { user: null, setupRequired: false }, { signedOut: true }),
  });
}
