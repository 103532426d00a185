import { queryRoots } from "@/lib/query-keys";

export const documentKeys = {
  all: queryRoots.documents,
  list: (withdrawn = false) => [...queryRoots.documents, "list", { withdrawn }] as const,
  detail: (id: string) => [...queryRoots.documents, "detail", id] as const,
};
