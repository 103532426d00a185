import { exerciseScope } from "@/lib/exercise-keys";

/** Under the exercise's scope, so a review anywhere in the exercise refreshes them. */
export const dashboardKeys = {
  progress: (id: string) => [...exerciseScope(id), "progress"] as const,
  agreement: (id: string) => [...exerciseScope(id), "agreement"] as const,
  exportCount: (id: string, filters: object) =>
    [...exerciseScope(id), "export-count", filters] as const,
};
