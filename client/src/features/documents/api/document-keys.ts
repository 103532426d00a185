import { queryRoots } from "@/lib/query-keys";

export const documentKeys = {
  all: queryRoots.documents,
  list: () => [...queryRoots.documents, "list"] as const,
  detail: (id: string) => [...queryRoots.documents, "detail", id] as const,
};
