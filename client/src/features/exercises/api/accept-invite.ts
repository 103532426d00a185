import { useMutation } from "@tanstack/react-query";
import { AcceptInviteResponseSchema, type AcceptInviteBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";

export interface AcceptInviteInput {
  token: string;
  /** The new account; null when someone is already signed in and just joins. */
  account: AcceptInviteBody | null;
}

export function acceptInvite({ token, account }: AcceptInviteInput) {
  return api.post(`/invites/${encodeURIComponent(token)}/accept`, AcceptInviteResponseSchema, {
    body: account ?? {},
  });
}

/**
 * Joins the exercise (creating the participant's account and signing it in when nobody is
 * signed in). The caller records the new session (the answer carries the user).
 */
export function useAcceptInvite() {
  return useMutation({ mutationFn: acceptInvite });
}
