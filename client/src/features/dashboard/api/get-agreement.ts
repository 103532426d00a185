import { queryOptions, useQuery } from "@tanstack/react-query";
import { AgreementResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { dashboardKeys } from "./dashboard-keys";

export function getAgreement(id: string, signal?: AbortSignal) {
  return api.get(`/exercises/${encodeURIComponent(id)}/agreement`, AgreementResponseSchema, {
    signal,
  });
}

export function agreementQueryOptions(id: string) {
  return queryOptions({
    queryKey: dashboardKeys.agreement(id),
    queryFn: ({ signal }) => getAgreement(id, signal),
    staleTime: 0,
    refetchInterval: 30_000,
  });
}

/** Fleiss' kappa per tier and per-item agreement (owner only). */
export function useAgreement(id: string) {
  return useQuery(agreementQueryOptions(id));
}
