import { useTranslation } from "react-i18next";
import { ITEM_TYPES, type DocumentCounts, type TierSummary } from "@zeren/shared/contract";
import { useFormat } from "@/lib/format";
import { typeLabel } from "@/lib/labels";
import { TableScroll } from "@/components/table-scroll";

/**
 * The tier's counts by type and review state, overall and per document, as one table
 * (rows: documents then the total) that prints cleanly.
 */
export function TierCounts({
  tier,
  documents,
}: {
  tier: TierSummary;
  /** The tier's counts per notice (GET /api/summary/documents, every page). */
  documents: readonly DocumentCounts[];
}) {
  const { t } = useTranslation("summary");
  const { number } = useFormat();
  return (
    <TableScroll label={t("counts.caption")}>
      <table className="counts-table">
        <caption className="visually-hidden">{t("counts.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("counts.document")}</th>
            {ITEM_TYPES.map((type) => (
              <th scope="col" key={type} className="num">
                {typeLabel(t, type)}
              </th>
            ))}
            <th scope="col" className="num">
              {t("counts.reviewed")}
            </th>
            <th scope="col" className="num">
              {t("counts.notReviewed")}
            </th>
            <th scope="col" className="num">
              {t("counts.items")}
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => (
            <tr key={doc.documentId}>
              <th scope="row" lang="zh-Hans">
                {doc.title}
              </th>
              {ITEM_TYPES.map((type) => (
                <td key={type} className="num">
                  {number(doc.byType[type] ?? 0)}
                </td>
              ))}
              <td className="num">{number(doc.reviewed)}</td>
              <td className="num">{number(doc.total - doc.reviewed)}</td>
              <td className="num">{number(doc.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("counts.allDocuments")}</th>
            {ITEM_TYPES.map((type) => (
              <td key={type} className="num">
                {number(tier.byType[type] ?? 0)}
              </td>
            ))}
            <td className="num">{number(tier.reviewed)}</td>
            <td className="num">{number(tier.total - tier.reviewed)}</td>
            <td className="num">{number(tier.total)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
