import { useQueryClient } from "@tanstack/react-query";
import { queryRoots } from "@/lib/query-keys";

/**
 * A curation changes what is listed and counted (an item added, dismissed or replaced) and
 * the notice's source view: refresh items, documents and summaries once the server answered.
 */
export function useInvalidateAfterCuration() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryRoots.items }),
      queryClient.invalidateQueries({ queryKey: queryRoots.summary }),
      queryClient.invalidateQueries({ queryKey: queryRoots.documents }),
    ]);
}
