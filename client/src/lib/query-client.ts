import { QueryClient } from "@tanstack/react-query";
import { isApiError } from "./api-client";

/**
 * Client errors (4xx) and contract mismatches are answers, not glitches: retrying them only
 * delays the message. Network failures and 5xx get one more try.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  if (isApiError(error) && error.code === "CONTRACT_MISMATCH") return false;
  return failureCount < 1;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
