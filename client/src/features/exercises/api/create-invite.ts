import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CreateInviteResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
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
    // The new link joins the list of links below the panel.
    onSuccess: (_, exerciseId) =>
      queryClient.invalidateQueries({ queryKey: exerciseKeys.invites(exerciseId) }),
  });
}
