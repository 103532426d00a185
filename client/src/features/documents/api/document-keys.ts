import { queryRoots } from "@/lib/query-keys";

/** The filters of GET /api/documents. */
export interface DocumentFilters {
  withdrawn?: boolean;
  q?: string;
}

export const documentKeys = {
  all: queryRoots.documents,
  lists: () => [...queryRoots.documents, "list"] as const,
  list: (filters: DocumentFilters & { limit: number }) =>
    [...queryRoots.documents, "list", filters] as const,
  detail: (id: string) => [...queryRoots.documents, "detail", id] as const,
};
