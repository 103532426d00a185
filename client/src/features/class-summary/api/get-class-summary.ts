import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import {
  assembleClassSummary,
  ClassSummaryResponseSchema,
  PAGE_LIMIT_MAX,
  type ClassSummaryData,
  type ClassSummaryResponse,
  type Level,
} from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseScope } from "@/lib/exercise-keys";

export const classSummaryKeys = {
  summary: (id: string, level: Level | undefined) =>
    [...exerciseScope(id), "summary", level ?? "all"] as const,
};

/** A page of the summary (at most PAGE_LIMIT_MAX items), after `cursor`. */
export function getClassSummary(
  id: string,
  level: Level | undefined,
  cursor: string | null,
  signal?: AbortSignal,
) {
  return api.get(`/exercises/${encodeURIComponent(id)}/summary`, ClassSummaryResponseSchema, {
    params: { level, cursor, limit: PAGE_LIMIT_MAX },
    signal,
  });
}

export function classSummaryQueryOptions(id: string, level: Level | undefined) {
  return infiniteQueryOptions({
    queryKey: classSummaryKeys.summary(id, level),
    queryFn: ({ signal, pageParam }) => getClassSummary(id, level, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // The hash certifies what is printed: always print what the server has now.
    staleTime: 0,
  });
}

/**
 * The per-tier class summary with its data hash (owner only), a page at a time. A print needs
 * every page (useAllPages), then joinSummary.
 */
export function useClassSummary(id: string, level: Level | undefined) {
  return useInfiniteQuery(classSummaryQueryOptions(id, level));
}

export type JoinedSummary =
  { changed: false; data: ClassSummaryData; hash: string; generatedAt: string } | { changed: true };

/**
 * The whole summary from its pages, with the hash every page carries (the SHA-256 of exactly
 * that data, docs/decisions/019). Pages with different hashes were read while the class was
 * writing: they are not one summary, and the screen reads them again.
 */
export function joinSummary(pages: readonly ClassSummaryResponse[]): JoinedSummary {
  const [first] = pages;
  if (!first || pages.some((page) => page.hash !== first.hash)) return { changed: true };
  return {
    changed: false,
    data: assembleClassSummary(pages),
    hash: first.hash,
    generatedAt: first.generatedAt,
  };
}
