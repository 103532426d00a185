import { useTranslation } from "react-i18next";
import type { Item } from "@zeren/shared/contract";
import { timingLabel } from "@/lib/labels";

/**
 * The optional "when" and "to whom" rows of an item's definition list; the card and the
 * item page's side panel show them the same way. Renders nothing for fields the item lacks.
 */
export function TimingRecipientRows({ item }: { item: Pick<Item, "timing" | "recipient"> }) {
  const { t } = useTranslation("items");
  return (
    <>
      {item.timing && (
        <div>
          <dt>{t("field.timing")}</dt>
          <dd>{timingLabel(t, item.timing)}</dd>
        </div>
      )}
      {item.recipient && (
        <div>
          <dt>{t("field.recipient")}</dt>
          <dd lang="zh-Hans">{item.recipient}</dd>
        </div>
      )}
    </>
  );
}
