import { useTranslation } from "react-i18next";
import { describeError, isApiError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { useUndoLastChange } from "../api/undo-review";

/** Reverts my latest change in the exercise; pressing again walks further back. */
export function UndoButton({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  const undo = useUndoLastChange(exerciseId);
  const error = undo.error;

  let message = "";
  if (undo.isSuccess) {
    message = t("undo.done", {
      text: undo.data.item.text.slice(0, 20),
      time: format.dateTime(undo.data.event.at),
    });
  } else if (isApiError(error) && error.code === "NOTHING_TO_UNDO") {
    message = t("undo.nothing");
  } else if (isApiError(error) && error.code === "CODING_LOCKED") {
    message = t("undo.locked");
  } else if (error) {
    message = t("undo.failed", { reason: describeError(error) });
  }

  return (
    <div className="undo">
      <button
        type="button"
        className="button"
        disabled={undo.isPending}
        onClick={() => undo.mutate()}
      >
        {t("undo.button")}
      </button>
      {/* A refusal is not a success: it takes the warning colour, not the success green. */}
      <span
        role="status"
        className={undo.isError ? "form-status form-status--warn" : "form-status"}
      >
        {message}
      </span>
    </div>
  );
}
