import { useMutation } from "@tanstack/react-query";
import { PreviewResponseSchema, type ImportBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";

/** Extracts without saving: a POST because the notice text can be megabytes long. */
export function previewDocument(body: ImportBody) {
  return api.post("/documents/preview", PreviewResponseSchema, { body });
}

export function usePreviewDocument() {
  return useMutation({ mutationFn: previewDocument });
}
