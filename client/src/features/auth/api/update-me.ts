import { useMutation, useQueryClient } from "@tanstack/react-query";
import { MeResponseSchema, type PatchMeBody, type SessionResponse } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { sessionKeys } from "./get-session";

/** Remembers the signed-in user's interface language on the server. */
export function updateMe(body: PatchMeBody) {
  return api.patch("/me", MeResponseSchema, { body });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: ({ user }) =>
      queryClient.setQueryData<SessionResponse>(sessionKeys.current, (old) =>
        old ? { ...old, user } : old,
      ),
  });
}
