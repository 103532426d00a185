import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CreateInviteResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { rememberInviteLink } from "../utils/invite-links";
import { exerciseKeys } from "./exercise-keys";

/** A new class link; the server shows its token once (only a hash is stored). */
export function createInvite(exerciseId: string) {
  return api.post(
    `/exercises/${encodeURIComponent(exerciseId)}/invites`,
    CreateInviteResponseSchema,
    { body: {} },
  );
}

export function useCreateInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvite,
    // The new link joins the list of links below the panel, which can show it again.
    onSuccess: (invite, exerciseId) => {
      rememberInviteLink(invite.id, invite.url);
      return queryClient.invalidateQueries({ queryKey: exerciseKeys.invites(exerciseId) });
    },
  });
}
