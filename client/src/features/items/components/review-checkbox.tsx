import { useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ItemSchema, type Item } from "@zeren/shared/contract";
import { describeError, isApiError } from "@/lib/api-client";
import { itemKeys } from "../api/item-keys";
import { useUpdateItemReview } from "../api/update-item-review";

/** Why the server refused, and for a stale version what the item looks like now. */
function refusalMessage(t: TFunction, error: unknown): string {
  if (isApiError(error) && error.code === "VERSION_CONFLICT") {
    const current = ItemSchema.safeParse(error.current);
    const now = current.success
      ? ` ${current.data.review.reviewed ? t("review.nowReviewed") : t("review.nowNotReviewed")}`
      : "";
    return `${t("review.conflict")}${now}`;
  }
  return t("review.notSaved", { reason: describeError(error) });
}

/**
 * The review checkbox. Its accessible name begins with "Reviewed" (the item's opening words
 * follow, hidden visually) so a list of them can be told apart by assistive technology.
 */
export function ReviewCheckbox({ item, compact = false }: { item: Item; compact?: boolean }) {
  const { t } = useTranslation("items");
  const queryClient = useQueryClient();
  const mutation = useUpdateItemReview();
  const isConflict = isApiError(mutation.error) && mutation.error.code === "VERSION_CONFLICT";

  const toggle = () => {
    // One request at a time: a second click before the answer would send a stale version.
    if (mutation.isPending) return;
    mutation.mutate({
      id: item.id,
      body: { reviewed: !item.review.reviewed, version: item.review.version },
    });
  };

  const reload = async () => {
    mutation.reset();
    await queryClient.invalidateQueries({ queryKey: itemKeys.all });
  };

  return (
    <div className={compact ? "review review--compact" : "review"}>
      <label className="review__label">
        <input
          type="checkbox"
          className="review__input"
          checked={item.review.reviewed}
          onChange={toggle}
          aria-busy={mutation.isPending}
        />
        <span>{t("review.reviewed")}</span>
        <span className="visually-hidden" lang="zh-Hans">
          : {item.text.slice(0, 24)}
        </span>
      </label>
      {mutation.isError && (
        <div className="review__error" role="alert">
          <span>{refusalMessage(t, mutation.error)}</span>
          {isConflict ? (
            <button type="button" className="button button--small" onClick={() => void reload()}>
              {t("review.reload")}
            </button>
          ) : (
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => mutation.reset()}
            >
              {t("review.dismiss")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
