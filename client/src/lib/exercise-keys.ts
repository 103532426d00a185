/**
 * Every query about one exercise lives under ["exercises", id, …]. The exercise features
 * (exercises, dashboard, adjudication, class summary) do not import each other, so they
 * share this root: a participant's review refreshes the dashboard's progress through it.
 */
export const exerciseRoot = ["exercises"] as const;

export function exerciseScope(id: string) {
  return [...exerciseRoot, id] as const;
}
