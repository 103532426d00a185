import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export interface RevokeInviteInput {
  exerciseId: string;
  inviteId: string;
}

/** Withdraws a class link: the server answers 204, and the link stops admitting anyone. */
export function revokeInvite({ exerciseId, inviteId }: RevokeInviteInput) {
  return api.delete(
    `/exercises/${encodeURIComponent(exerciseId)}/invites/${encodeURIComponent(inviteId)}`,
    z.undefined(),
  );
}

export function useRevokeInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvite,
    onSuccess: (_, { exerciseId }) =>
      queryClient.invalidateQueries({ queryKey: exerciseKeys.invites(exerciseId) }),
  });
}
