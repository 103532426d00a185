import { ITEM_TYPES, type TierSummary } from "@zeren/shared/contract";
import { TYPE_LABELS } from "@/lib/labels";

/**
 * The tier's counts by type and review state, overall and per document, as one table
 * (rows: documents then the total) that prints cleanly.
 */
export function TierCounts({ tier }: { tier: TierSummary }) {
  return (
    <div className="table-wrap">
      <table className="counts-table">
        <caption className="visually-hidden">Items by type and review state</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            {ITEM_TYPES.map((type) => (
              <th scope="col" key={type} className="num">
                {TYPE_LABELS[type]}
              </th>
            ))}
            <th scope="col" className="num">
              Reviewed
            </th>
            <th scope="col" className="num">
              Not reviewed
            </th>
            <th scope="col" className="num">
              Items
            </th>
          </tr>
        </thead>
        <tbody>
          {tier.byDocument.map((doc) => (
            <tr key={doc.documentId}>
              <th scope="row" lang="zh-Hans">
                {doc.title}
              </th>
              {ITEM_TYPES.map((type) => (
                <td key={type} className="num">
                  {doc.byType[type] ?? 0}
                </td>
              ))}
              <td className="num">{doc.reviewed}</td>
              <td className="num">{doc.total - doc.reviewed}</td>
              <td className="num">{doc.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All documents</th>
            {ITEM_TYPES.map((type) => (
              <td key={type} className="num">
                {tier.byType[type] ?? 0}
              </td>
            ))}
            <td className="num">{tier.reviewed}</td>
            <td className="num">{tier.total - tier.reviewed}</td>
            <td className="num">{tier.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
