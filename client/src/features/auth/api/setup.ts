import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  SetupResponseSchema,
  SetupStatusResponseSchema,
  type SetupBody,
} from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { replaceSession } from "./get-session";

export const setupKeys = { status: ["setup", "status"] as const };

export function getSetupStatus(signal?: AbortSignal) {
  return api.get("/setup", SetupStatusResponseSchema, { signal });
}

export function setupStatusQueryOptions() {
  return queryOptions({
    queryKey: setupKeys.status,
    queryFn: ({ signal }) => getSetupStatus(signal),
  });
}

export function useSetupStatus() {
  return useQuery(setupStatusQueryOptions());
}

/** Creates the first instructor with the console's one-time token; they are signed in at once. */
export function completeSetup(body: SetupBody) {
  return api.post("/setup", SetupResponseSchema, { body });
}

export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeSetup,
    onSuccess: ({ user }) =>
      replaceSession(queryClient, { user, setupRequired: false, administrator: true }),
  });
}
