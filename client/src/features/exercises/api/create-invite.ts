import { useMutation } from "@tanstack/react-query";
import { CreateInviteResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";

/** A new class link; the server shows its token once (only a hash is stored). */
export function createInvite(exerciseId: string) {
  return api.post(
    `/exercises/${encodeURIComponent(exerciseId)}/invites`,
    CreateInviteResponseSchema,
    { body: {} },
  );
}

export function useCreateInvite() {
  return useMutation({ mutationFn: createInvite });
}
