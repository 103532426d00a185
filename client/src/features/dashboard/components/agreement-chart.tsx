import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ITEM_TYPES, type AgreementResponse, type Kappa } from "@zeren/shared/contract";
import { currentLanguage, intlLocale } from "@/lib/i18n";
import { useFormat, type Formatters } from "@/lib/format";
import { tierTitle, typeLabel } from "@/lib/labels";
import { AXIS_COLOR, GRID_COLOR, LEVEL_COLORS, MODALITY_COLOR, TYPE_COLORS } from "./chart-colors";
import { TableScroll } from "@/components/table-scroll";

const kappaText = (format: Formatters, kappa: Kappa) =>
  kappa.kappa === null
    ? "—"
    : new Intl.NumberFormat(intlLocale(format.language), {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        signDisplay: "negative",
      }).format(kappa.kappa);

/**
 * Fleiss' kappa per tier: for the tier coding, the modality, and each type (present or
 * absent). A kappa needs items with two or more codings; until then it is "—". Below the
 * chart the same numbers with the mean shares of agreement, among coders and with the
 * extractor.
 */
export function AgreementChart({ agreement }: { agreement: AgreementResponse }) {
  const { t, i18n } = useTranslation("dashboard");
  const format = useFormat();
  const language = currentLanguage(i18n);

  const series = [
    { key: "level", name: t("agreement.kappaTier"), color: LEVEL_COLORS.committee },
    { key: "modality", name: t("agreement.kappaModality"), color: MODALITY_COLOR },
    ...ITEM_TYPES.map((type) => ({
      key: type,
      name: t("agreement.kappaType", { type: typeLabel(t, type) }),
      color: TYPE_COLORS[type],
    })),
  ];
  const data = agreement.tiers.map((tier) => ({
    name: tierTitle(t, tier.level, language),
    level: tier.kappa.level.kappa,
    modality: tier.kappa.modality.kappa,
    ...Object.fromEntries(ITEM_TYPES.map((type) => [type, tier.kappa.types[type]?.kappa ?? null])),
  }));
  const values = data.flatMap((row) =>
    series.map((s) => (row as Record<string, number | null | string>)[s.key]),
  );
  const lowest = Math.min(0, ...values.filter((v): v is number => typeof v === "number"));
  // Ticks on quarters from the lowest kappa (rounded down) to 1, so 0 is always one of them.
  const bottom = Math.floor(lowest * 4) / 4;
  const ticks = Array.from({ length: Math.round((1 - bottom) * 4) + 1 }, (_, i) => bottom + i / 4);
  const hasKappa = values.some((v) => typeof v === "number");

  return (
    <>
      {hasKappa ? (
        <figure className="chart" aria-label={t("agreement.chartLabel")}>
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis dataKey="name" stroke={AXIS_COLOR} fontSize={12} />
              <YAxis
                domain={[bottom, 1]}
                ticks={ticks}
                tickFormatter={(value: number) => value.toFixed(2)}
                stroke={AXIS_COLOR}
                fontSize={12}
                width={40}
              />
              <ReferenceLine y={0} stroke={AXIS_COLOR} />
              <Tooltip
                formatter={(value) =>
                  typeof value === "number" ? value.toFixed(2) : t("agreement.undefined")
                }
              />
              <Legend itemSorter={null} />
              {series.map((s) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  fill={s.color}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
          <figcaption className="hint">{t("agreement.caption")}</figcaption>
        </figure>
      ) : (
        <p className="empty">{t("agreement.notYet")}</p>
      )}
      <TableScroll label={t("agreement.tableCaption")}>
        <table className="counts-table agreement-table">
          <caption className="visually-hidden">{t("agreement.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("agreement.tier")}</th>
              <th scope="col" className="num">
                {t("agreement.codedItems")}
              </th>
              <th scope="col" className="num">
                {t("agreement.kappaTier")}
              </th>
              <th scope="col" className="num">
                {t("agreement.kappaModality")}
              </th>
              {ITEM_TYPES.map((type) => (
                <th key={type} scope="col" className="num">
                  {t("agreement.kappaType", { type: typeLabel(t, type) })}
                </th>
              ))}
              <th scope="col" className="num">
                {t("agreement.pairwise")}
              </th>
              <th scope="col" className="num">
                {t("agreement.withExtractor")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[
              ...agreement.tiers.map((tier) => ({
                ...tier,
                label: tierTitle(t, tier.level, language),
              })),
              { ...agreement.overall, label: t("agreement.overall") },
            ].map((group) => (
              <tr key={group.label}>
                <th scope="row">{group.label}</th>
                <td className="num">
                  {t("agreement.codedOf", {
                    coded: format.number(group.codedItems),
                    items: format.number(group.items),
                  })}
                </td>
                <td className="num">{kappaText(format, group.kappa.level)}</td>
                <td className="num">{kappaText(format, group.kappa.modality)}</td>
                {ITEM_TYPES.map((type) => {
                  const kappa = group.kappa.types[type];
                  return (
                    <td key={type} className="num">
                      {kappa ? kappaText(format, kappa) : "—"}
                    </td>
                  );
                })}
                <td className="num">
                  {group.meanPairwise ? format.percent(group.meanPairwise.all) : "—"}
                </td>
                <td className="num">
                  {group.meanWithExtractor ? format.percent(group.meanWithExtractor.all) : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="hint">{t("agreement.legend")}</p>
    </>
  );
}
