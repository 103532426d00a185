import type { ReextractResponse } from "@zeren/shared/contract";
import { describeError } from "@/lib/api-client";
import { useReextractDocument } from "../api/reextract-document";

function outcome(report: ReextractResponse): string {
  const parts = [`${report.kept} kept`, `${report.added.length} new`];
  if (report.disappeared.length > 0) {
    const reviewed = report.disappeared.filter((d) => d.reviewed).length;
    parts.push(
      `${report.disappeared.length} no longer found${reviewed ? ` (${reviewed} reviewed, kept aside with their reviews)` : ""}`,
    );
  }
  return `Extracted again: ${parts.join(", ")}.`;
}

/** Re-runs the extractor on one notice and says what changed; reviews and corrections stay. */
export function ReextractButton({ documentId, title }: { documentId: string; title: string }) {
  const mutation = useReextractDocument();
  return (
    <div className="reextract">
      <button
        type="button"
        className="button button--small button--ghost"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate(documentId)}
      >
        {mutation.isPending ? "Extracting…" : "Extract again"}
        <span className="visually-hidden"> “{title}”</span>
      </button>
      <span role="status" className="reextract__status">
        {mutation.isSuccess ? outcome(mutation.data) : ""}
      </span>
      {mutation.isError && (
        <span role="alert" className="reextract__error">
          Not extracted again: {describeError(mutation.error)}
        </span>
      )}
    </div>
  );
}
