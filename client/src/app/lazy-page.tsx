import { lazy, Suspense, type ComponentType } from "react";
import { LoadingState } from "@/components/loading-state";

/**
 * A route element whose code is fetched on first visit, with the usual loading state
 * meanwhile. Used for the heavy pages (charts, the .docx reader, the exercise screens) so
 * the first download stays small; the pages keep their named exports.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
) {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => ({
    default: (await load())[name],
  }));
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}
