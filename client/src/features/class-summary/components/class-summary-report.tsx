import { useTranslation } from "react-i18next";
import type { ClassSummaryData, ClassSummaryItem } from "@zeren/shared/contract";
import { COEFFICIENTS, decimal, fieldLabel, intervalText } from "@/lib/agreement-format";
import { LevelBadge, ModalityBadge, TypeBadges } from "@/components/badges";
import { CoefficientHead } from "@/components/coefficient-head";
import { TierName } from "@/components/tier-name";
import { useFormat } from "@/lib/format";
import { levelName, modalityLabel, sectionLabel, typeLabel } from "@/lib/labels";
import { TableScroll } from "@/components/table-scroll";

type Tier = ClassSummaryData["tiers"][number];

/** The tier's agreement per field, as on the dashboard: the value, its interval, the flag. */
function TierAgreement({ tier }: { tier: Tier }) {
  const { t } = useTranslation("class-summary");
  const format = useFormat();
  if (tier.agreement.length === 0) return null;
  return (
    <TableScroll className="class-tier__agreement" label={t("agreement.caption")}>
      <table className="counts-table" data-testid={`summary-agreement-${tier.level}`}>
        <caption>{t("agreement.caption")}</caption>
        <CoefficientHead field={t("agreement.field")} count={t("agreement.units")} />
        <tbody>
          {tier.agreement.map((field) => (
            <tr key={field.field}>
              <th scope="row">{fieldLabel(t, field.field)}</th>
              <td className="num">{format.number(field.units)}</td>
              {COEFFICIENTS.map((name) => (
                <td key={name} className="num">
                  {decimal(format.language, field.class[name].value)}{" "}
                  <span className="class-tier__interval">
                    {intervalText(format.language, field.class[name])}
                  </span>
                  {name === "fleiss" && field.skewed && field.dominant && (
                    <span className="skew-flag">
                      {t("common:coefficient.skewed")} ({format.percent(field.dominant.share)})
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Entry({
  item,
  number,
  participants,
}: {
  item: ClassSummaryItem;
  number: number;
  participants: number;
}) {
  const { t } = useTranslation("class-summary");
  const format = useFormat();
  const doc = item.document;
  return (
    <li className="summary-entry class-entry">
      <span className="summary-entry__n">{t("entry.number", { number })}</span>
      <p className="summary-entry__text" lang="zh-Hans">
        {item.quote}
      </p>
      <p className="summary-entry__cite">
        <span lang="zh-Hans">《{doc.title}》</span>
        {doc.issuer && (
          <>
            {" · "}
            <span lang="zh-Hans">{doc.issuer}</span>
          </>
        )}
        {doc.date && <> · {format.day(doc.date)}</>} ·{" "}
        <span lang="zh-Hans">{sectionLabel(t, item.section)}</span>
      </p>
      <p className="summary-entry__meta">
        <LevelBadge level={item.reading.level} /> <TypeBadges types={item.reading.types} />{" "}
        <ModalityBadge modality={item.reading.modality} />
        {item.corrected && <span className="badge badge--corrected">{t("entry.corrected")}</span>}
        <span className="class-entry__counts">
          {t("entry.counts", {
            reviewed: format.number(item.reviewedCount),
            coded: format.number(item.codedCount),
            participants: format.number(participants),
          })}
        </span>
      </p>
      {item.adjudication && (
        <p className="class-entry__adjudication" data-testid="adjudication-reason">
          <strong>
            {item.adjudication.decision === "accept-extractor"
              ? t("adjudication.accepted")
              : t("adjudication.corrected")}
          </strong>{" "}
          {t("adjudication.by", {
            name: item.adjudication.by.name,
            time: format.dateTime(item.adjudication.at),
          })}
          {item.adjudication.reason && (
            <>
              {" "}
              <span className="class-entry__reason">{item.adjudication.reason}</span>
            </>
          )}
        </p>
      )}
      {item.codings.length > 0 && (
        <TableScroll label={t("codings.participant")}>
          <table className="counts-table class-entry__codings">
            <thead>
              <tr>
                <th scope="col">{t("codings.participant")}</th>
                <th scope="col">{t("codings.reviewed")}</th>
                <th scope="col">{t("codings.tier")}</th>
                <th scope="col">{t("codings.types")}</th>
                <th scope="col">{t("codings.modality")}</th>
                <th scope="col">{t("codings.note")}</th>
              </tr>
            </thead>
            <tbody>
              {item.codings.map((row) => (
                <tr key={row.participant.id}>
                  <th scope="row">{row.participant.name}</th>
                  <td>{row.reviewed ? "☑" : "☐"}</td>
                  <td>{row.coding ? levelName(t, row.coding.level) : "—"}</td>
                  <td>
                    {row.coding ? row.coding.types.map((x) => typeLabel(t, x)).join(", ") : "—"}
                  </td>
                  <td>{row.coding ? modalityLabel(t, row.coding.modality) : "—"}</td>
                  <td className="class-entry__note">{row.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </li>
  );
}

/**
 * The class's per-tier summary for paper: each item with its provenance (quote, notice,
 * issuer, date, section), how many reviewed and coded it, and every participant's coding
 * and note. Items are numbered through each tier.
 */
export function ClassSummaryReport({ summary }: { summary: ClassSummaryData }) {
  const { t } = useTranslation("class-summary");
  if (summary.tiers.every((tier) => tier.items.length === 0)) {
    return <p className="empty">{t("empty")}</p>;
  }
  return (
    <div className="class-report">
      {summary.tiers.map((tier) => (
        <section key={tier.level} className="class-tier" aria-labelledby={`tier-${tier.level}`}>
          <h2 className="section__title class-tier__title" id={`tier-${tier.level}`}>
            <TierName level={tier.level} /> ·{" "}
            <span className="class-tier__count">
              {t("tierCount", { count: tier.items.length })}
            </span>
          </h2>
          <TierAgreement tier={tier} />
          {tier.items.length === 0 ? (
            <p className="empty">{t("emptyTier")}</p>
          ) : (
            <ol className="summary-list">
              {tier.items.map((item, index) => (
                <Entry
                  key={item.id}
                  item={item}
                  number={index + 1}
                  participants={summary.participantCount}
                />
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
