import { useMutation } from "@tanstack/react-query";
import { ItemSchema, type AddItemBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { useInvalidateAfterCuration } from "./curation-cache";

export interface AddItemInput {
  documentId: string;
  body: AddItemBody;
}

/** POST /api/documents/:id/items: a stretch of the source becomes a person's item. */
export function addItem({ documentId, body }: AddItemInput) {
  return api.post(`/documents/${encodeURIComponent(documentId)}/items`, ItemSchema, { body });
}

export function useAddItem() {
  const onSuccess = useInvalidateAfterCuration();
  return useMutation({ mutationFn: addItem, onSuccess });
}
