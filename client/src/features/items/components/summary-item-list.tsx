import type { Item } from "@zeren/shared/contract";
import { MODALITY_LABELS, TYPE_LABELS, sectionLabel } from "@/lib/labels";
import { groupItems } from "./group-items";

/**
 * Every item of a tier with its citation (document, section, unit) and review state, laid
 * out for reading on paper: plain text, no controls, nothing split across a page break.
 */
export function SummaryItemList({ items }: { items: readonly Item[] }) {
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
                {sectionLabel(section)}
              </h4>
              <ol className="summary-list">
                {sectionItems.map((item) => {
                  return (
                    <li key={item.id} className="summary-entry">
                      <span className="summary-entry__n">No. {numbers.get(item.id)}</span>
                      <p className="summary-entry__text" lang="zh-Hans">
                        {item.text}
                      </p>
                      <p className="summary-entry__meta">
                        <span
                          className={
                            item.review.reviewed ? "state-tag state-tag--done" : "state-tag"
                          }
                        >
                          {item.review.reviewed ? "☑ Reviewed" : "☐ Not reviewed"}
                        </span>
                        <span>
                          Bearer <span lang="zh-Hans">{item.bearer}</span>
                        </span>
                        <span>{item.types.map((t) => TYPE_LABELS[t]).join(", ")}</span>
                        <span>{MODALITY_LABELS[item.modality]}</span>
                        {item.correction && <span>Corrected</span>}
                      </p>
                      <p className="summary-entry__cite">
                        <span lang="zh-Hans">《{item.document.title}》</span>,{" "}
                        <span lang="zh-Hans">{sectionLabel(section)}</span>, unit {item.unitIndex}
                      </p>
                      {item.review.note && (
                        <p className="summary-entry__note">Note: {item.review.note}</p>
                      )}
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
