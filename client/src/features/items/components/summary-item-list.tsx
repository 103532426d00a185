import { Trans, useTranslation } from "react-i18next";
import type { Item } from "@zeren/shared/contract";
import { useFormat } from "@/lib/format";
import { modalityLabel, sectionLabel, typeLabel } from "@/lib/labels";
import { groupItems } from "./group-items";

/**
 * Every item of a tier with its citation (document, section, unit) and review state, laid
 * out for reading on paper: plain text, no controls, nothing split across a page break.
 */
export function SummaryItemList({ items }: { items: readonly Item[] }) {
  const { t } = useTranslation("items");
  const { number } = useFormat();
  const groups = groupItems(items);
  // Numbered straight through the tier, so "item 12" means the same on every page.
  const numbers = new Map(
    groups
      .flatMap((group) => group.sections.flatMap((section) => section.items))
      .map((item, index) => [item.id, index + 1]),
  );
  return (
    <div className="summary-items">
      {groups.map((group) => (
        <section key={group.document.id} className="summary-doc">
          <h3 className="summary-doc__title" lang="zh-Hans">
            {group.document.title}
          </h3>
          {group.sections.map(({ section, items: sectionItems }) => (
            <div key={section.index} className="summary-section">
              <h4 className="summary-section__title" lang="zh-Hans">
                {sectionLabel(t, section)}
              </h4>
              <ol className="summary-list">
                {sectionItems.map((item) => (
                  <li key={item.id} className="summary-entry">
                    <span className="summary-entry__n">
                      {t("summaryList.number", { n: number(numbers.get(item.id) ?? 0) })}
                    </span>
                    <p className="summary-entry__text" lang="zh-Hans">
                      {item.text}
                    </p>
                    <p className="summary-entry__meta">
                      <span
                        className={item.review.reviewed ? "state-tag state-tag--done" : "state-tag"}
                      >
                        {item.review.reviewed
                          ? t("summaryList.reviewed")
                          : t("summaryList.notReviewed")}
                      </span>
                      <span>
                        {t("summaryList.bearer")} <span lang="zh-Hans">{item.bearer}</span>
                      </span>
                      <span>
                        {item.types
                          .map((type) => typeLabel(t, type))
                          .join(t("common:listSeparator"))}
                      </span>
                      <span>{modalityLabel(t, item.modality)}</span>
                      {item.correction && <span>{t("correction.badge")}</span>}
                    </p>
                    <p className="summary-entry__cite">
                      {/* The title and heading are data: components, never interpolated into the markup
                          Trans parses (a "<strong>" in a title would render bold). */}
                      <Trans
                        t={t}
                        i18nKey="summaryList.cite"
                        values={{ unit: number(item.unitIndex) }}
                        components={{
                          doc: <span lang="zh-Hans">{item.document.title}</span>,
                          part: <span lang="zh-Hans">{sectionLabel(t, section)}</span>,
                        }}
                      />
                    </p>
                    {item.review.note && (
                      <p className="summary-entry__note">
                        {t("summaryList.note", { note: item.review.note })}
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
