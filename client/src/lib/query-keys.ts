/**
 * The root of each resource's query keys. Features build their hierarchical keys under
 * these; a mutation in one feature invalidates another resource through its root (the
 * review count in the summary changes when an item is reviewed) without importing that
 * feature, since features do not import each other.
 */
export const queryRoots = {
  items: ["items"],
  documents: ["documents"],
  summary: ["summary"],
  session: ["session"],
} as const;
