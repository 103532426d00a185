import type { ExerciseItemFilters as ContractFilters } from "@zeren/shared/contract";
import { exerciseRoot, exerciseScope } from "@/lib/exercise-keys";

/** The filters of GET /api/exercises/:id/items, as the exercise page keeps them in its URL. */
export type ExerciseItemFilters = ContractFilters;

/** Hierarchical keys: invalidating `detail(id)` refreshes everything about one exercise. */
export const exerciseKeys = {
  all: exerciseRoot,
  list: () => [...exerciseRoot, "list"] as const,
  detail: (id: string) => exerciseScope(id),
  items: (id: string) => [...exerciseScope(id), "items"] as const,
  itemList: (id: string, filters: ExerciseItemFilters & { limit: number }) =>
    [...exerciseScope(id), "items", filters] as const,
  history: (id: string, itemId: string) => [...exerciseScope(id), "history", itemId] as const,
  source: (id: string, documentId: string) => [...exerciseScope(id), "source", documentId] as const,
  invites: (id: string) => [...exerciseScope(id), "invites"] as const,
  invite: (token: string) => ["invites", token] as const,
};
