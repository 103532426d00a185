import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import {
  LEVELS,
  type AgreementResponse,
  type FieldAgreement,
  type PairAgreement,
} from "@zeren/shared/contract";
import {
  COEFFICIENTS,
  decimal,
  fieldLabel,
  intervalText,
  type CoefficientName,
} from "@/lib/agreement-format";
import { CoefficientHead } from "@/components/coefficient-head";
import { currentLanguage, type Language } from "@/lib/i18n";
import { useFormat } from "@/lib/format";
import { levelName, modalityLabel, tierTitle } from "@/lib/labels";
import { TableScroll } from "@/components/table-scroll";

type Group = AgreementResponse["overall"] & { key: string; label: string };

/** A category as the screen names it: a tier, a modality, or chosen / not chosen. */
function categoryLabel(t: TFunction, field: FieldAgreement["field"], category: string): string {
  if (field === "level" && (LEVELS as readonly string[]).includes(category)) {
    return levelName(t, category as (typeof LEVELS)[number]);
  }
  if (field === "modality") {
    return modalityLabel(t, category as "obligation" | "prohibition" | "mixed");
  }
  return t(`common:presence.${category}`);
}

/** The flag on κ when one category dominates, with the share in its title and text. */
export function SkewFlag({ field }: { field: FieldAgreement }) {
  const { t } = useTranslation("dashboard");
  const format = useFormat();
  if (!field.skewed || !field.dominant) return null;
  const title = t("common:coefficient.skewedTitle", {
    share: format.percent(field.dominant.share),
    category: categoryLabel(t, field.field, field.dominant.category),
  });
  return (
    <span className="skew-flag" title={title} data-testid="skew-flag">
      {t("common:coefficient.skewed")}
      <span className="visually-hidden">: {title}</span>
    </span>
  );
}

function EstimateCell({
  field,
  name,
  language,
}: {
  field: FieldAgreement;
  name: CoefficientName;
  language: Language;
}) {
  const estimate = field.class[name];
  const flagged = field.skewed && (name === "fleiss" || name === "alpha");
  return (
    <td className={flagged ? "num estimate estimate--flagged" : "num estimate"}>
      <span className="estimate__value">{decimal(language, estimate.value)}</span>
      <span className="estimate__interval">{intervalText(language, estimate)}</span>
      {name === "fleiss" && <SkewFlag field={field} />}
    </td>
  );
}

function pairCell(language: Language, format: ReturnType<typeof useFormat>, pair: PairAgreement) {
  if (pair.units === 0) return "—";
  return `${decimal(language, pair.kappa)} · ${format.percent(pair.agreement ?? 0)} (${format.number(pair.units)})`;
}

/** One table per group: a row per field, a column per coefficient with its interval. */
function CoefficientTable({ group, language }: { group: Group; language: Language }) {
  const { t } = useTranslation("dashboard");
  const format = useFormat();
  const caption = t("figures.caption", {
    group: group.label,
    coded: format.number(group.codedItems),
    items: format.number(group.items),
  });
  return (
    <TableScroll label={caption}>
      <table className="counts-table coefficients-table" data-testid={`coefficients-${group.key}`}>
        <caption className="coefficients-table__caption">{caption}</caption>
        <CoefficientHead field={t("figures.field")} count={t("figures.units")} />
        <tbody>
          {group.fields.map((field) => (
            <tr key={field.field}>
              <th scope="row">{fieldLabel(t, field.field)}</th>
              <td className="num">{format.number(field.units)}</td>
              {COEFFICIENTS.map((name) => (
                <EstimateCell key={name} field={field} name={name} language={language} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Pairs, confusion matrices, the answer and the extractor: the exact tables, folded. */
function GroupDetails({
  group,
  participants,
  language,
}: {
  group: Group;
  participants: AgreementResponse["participants"];
  language: Language;
}) {
  const { t } = useTranslation("dashboard");
  const format = useFormat();
  const name = (id: string) => participants.find((p) => p.id === id)?.name ?? id;
  const first = group.fields[0];
  return (
    <details className="figures-details">
      <summary>{t("figures.details", { group: group.label })}</summary>

      <h4 className="figures-details__title">{t("figures.pairs")}</h4>
      {first && first.pairs.length > 0 ? (
        <TableScroll label={t("figures.pairs")}>
          <table className="counts-table">
            <thead>
              <tr>
                <th scope="col">{t("figures.pair")}</th>
                {group.fields.map((field) => (
                  <th key={field.field} scope="col" className="num">
                    {fieldLabel(t, field.field)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {first.pairs.map((pair, index) => (
                <tr key={`${pair.a}-${pair.b}`}>
                  <th scope="row">
                    {name(pair.a)} · {name(pair.b)}
                  </th>
                  {group.fields.map((field) => {
                    const cell = field.pairs[index];
                    return (
                      <td key={field.field} className="num">
                        {cell ? pairCell(language, format, cell) : "—"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="hint">{t("figures.noPairs")}</p>
      )}
      <p className="hint">{t("figures.pairHint")}</p>

      <h4 className="figures-details__title">{t("figures.answer")}</h4>
      <p className="hint">
        {t("figures.adjudicated", {
          count: group.adjudicated,
          n: format.number(group.adjudicated),
        })}
      </p>
      <TableScroll label={t("figures.answer")}>
        <table className="counts-table">
          <thead>
            <tr>
              <th scope="col">{t("figures.coder")}</th>
              {group.fields.map((field) => (
                <th key={field.field} scope="col" className="num">
                  {fieldLabel(t, field.field)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {participants.map((participant, index) => (
              <tr key={participant.id}>
                <th scope="row">{participant.name}</th>
                {group.fields.map((field) => {
                  const cell = field.participants[index];
                  return (
                    <td key={field.field} className="num">
                      {cell ? pairCell(language, format, cell) : "—"}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr className="figures-extractor">
              <th scope="row">{t("figures.extractor")}</th>
              {group.fields.map((field) => (
                <td key={field.field} className="num">
                  {pairCell(language, format, field.extractor.answer)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>

      <h4 className="figures-details__title">{t("figures.withExtractor")}</h4>
      <TableScroll label={t("figures.withExtractor")}>
        <table className="counts-table">
          <CoefficientHead field={t("figures.field")} count={t("figures.extractorClass")} />
          <tbody>
            {group.fields.map((field) => (
              <tr key={field.field}>
                <th scope="row">{fieldLabel(t, field.field)}</th>
                <td className="num">
                  {field.extractor.class === null ? "—" : format.percent(field.extractor.class)}
                </td>
                {COEFFICIENTS.map((coefficient) => (
                  <td key={coefficient} className="num">
                    {decimal(language, field.withExtractor[coefficient])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h4 className="figures-details__title">{t("figures.confusion")}</h4>
      <div className="confusion-grid">
        {group.fields.map((field) => (
          <TableScroll
            key={field.field}
            label={`${t("figures.legend.confusion")}: ${fieldLabel(t, field.field)}`}
          >
            <table className="counts-table confusion-table">
              <caption>{fieldLabel(t, field.field)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("figures.readingCoded")}</th>
                  {field.categories.map((category) => (
                    <th key={category} scope="col" className="num">
                      {categoryLabel(t, field.field, category)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {field.categories.map((category, row) => (
                  <tr key={category}>
                    <th scope="row">{categoryLabel(t, field.field, category)}</th>
                    {field.categories.map((column, c) => (
                      <td key={column} className={row === c ? "num confusion-table__same" : "num"}>
                        {format.number(field.confusion[row]?.[c] ?? 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
      </div>
    </details>
  );
}

/** What each figure means, one sentence each, in the interface language. */
export function CoefficientLegend() {
  const { t } = useTranslation("dashboard");
  const terms = {
    observed: t("common:coefficient.observed"),
    fleiss: t("common:coefficient.fleiss"),
    alpha: t("common:coefficient.alpha"),
    ac1: t("common:coefficient.ac1"),
    interval: t("common:coefficient.interval"),
    skewed: t("common:coefficient.skewed"),
    cohen: t("common:coefficient.cohen"),
    confusion: t("figures.legend.confusion"),
    answer: t("figures.legend.answer"),
    extractor: t("figures.legend.extractor"),
  };
  return (
    <dl className="coefficient-legend" data-testid="coefficient-legend">
      {Object.entries(terms).map(([key, term]) => (
        <div key={key}>
          <dt>{term}</dt>
          <dd>{t(`common:coefficient.explain.${key}`)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Every coefficient per field, per tier and for the whole exercise, with intervals and the
 * skew flag; each group's exact tables (pairs, the answer, the extractor, confusion)
 * folded under it; the legend once.
 */
export function AgreementFigures({ agreement }: { agreement: AgreementResponse }) {
  const { t, i18n } = useTranslation("dashboard");
  const language = currentLanguage(i18n);
  const groups: Group[] = [
    ...agreement.tiers.map((tier) => ({
      ...tier,
      key: tier.level,
      label: tierTitle(t, tier.level, language),
    })),
    { ...agreement.overall, key: "overall", label: t("agreement.overall") },
  ];
  return (
    <div className="agreement-figures">
      <CoefficientLegend />
      {groups.map((group) => (
        <section key={group.key} className="figures-group" aria-label={group.label}>
          <h3 className="figures-group__title">{group.label}</h3>
          <CoefficientTable group={group} language={language} />
          <GroupDetails group={group} participants={agreement.participants} language={language} />
        </section>
      ))}
    </div>
  );
}
