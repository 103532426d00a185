import { useMutation } from "@tanstack/react-query";
import {
  ItemSchema,
  SplitItemResponseSchema,
  type DismissItemBody,
  type EditBearerBody,
  type EditSpanBody,
  type MergeItemBody,
  type SplitItemBody,
} from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { useInvalidateAfterCuration } from "./curation-cache";

/** The curations of one item (issue 8), one endpoint each; each refreshes lists and counts. */

const path = (id: string, action: string) => `/items/${encodeURIComponent(id)}/${action}`;

export function dismissItem({ id, body }: { id: string; body: DismissItemBody }) {
  return api.post(path(id, "dismissal"), ItemSchema, { body });
}

export function restoreItem(id: string) {
  return api.delete(path(id, "dismissal"), ItemSchema);
}

export function editBearer({ id, body }: { id: string; body: EditBearerBody }) {
  return api.put(path(id, "bearer"), ItemSchema, { body });
}

export function editSpan({ id, body }: { id: string; body: EditSpanBody }) {
  return api.put(path(id, "span"), ItemSchema, { body });
}

export function splitItem({ id, body }: { id: string; body: SplitItemBody }) {
  return api.post(path(id, "split"), SplitItemResponseSchema, { body });
}

export function mergeItems({ id, body }: { id: string; body: MergeItemBody }) {
  return api.post(path(id, "merge"), ItemSchema, { body });
}

function useCuration<I, O>(mutationFn: (input: I) => Promise<O>) {
  const onSuccess = useInvalidateAfterCuration();
  return useMutation({ mutationFn, onSuccess });
}

export const useDismissItem = () => useCuration(dismissItem);
export const useRestoreItem = () => useCuration(restoreItem);
export const useEditBearer = () => useCuration(editBearer);
export const useEditSpan = () => useCuration(editSpan);
export const useSplitItem = () => useCuration(splitItem);
export const useMergeItems = () => useCuration(mergeItems);
