import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ProgressResponse } from "@zeren/shared/contract";
import { currentLanguage } from "@/lib/i18n";
import { useFormat } from "@/lib/format";
import { tierTitle } from "@/lib/labels";
import { AXIS_COLOR, GRID_COLOR, LEVEL_COLORS } from "./chart-colors";
import { TableScroll } from "@/components/table-scroll";

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * Progress per participant per tier: a bar per tier showing the share of its items the
 * participant marked reviewed, then the exact counts in a table (the chart's text twin).
 */
export function ProgressChart({
  progress,
}: {
  progress: Pick<ProgressResponse, "levels" | "participants">;
}) {
  const { t, i18n } = useTranslation("dashboard");
  const format = useFormat();
  const language = currentLanguage(i18n);
  const levels = progress.levels;

  if (progress.participants.length === 0) {
    return <p className="empty">{t("progress.noParticipants")}</p>;
  }

  const data = progress.participants.map(({ participant, tiers }) => {
    const row: Record<string, string | number> = { name: participant.name };
    for (const tier of tiers) row[tier.level] = share(tier.reviewed, tier.total);
    return row;
  });
  const height = 60 + progress.participants.length * (levels.length * 16 + 20);

  return (
    <>
      <figure className="chart" aria-label={t("progress.chartLabel")}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          >
            <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
            <XAxis
              type="number"
              domain={[0, 1]}
              tickFormatter={(value: number) => format.percent(value)}
              stroke={AXIS_COLOR}
              fontSize={12}
            />
            <YAxis type="category" dataKey="name" width={120} stroke={AXIS_COLOR} fontSize={12} />
            <Tooltip formatter={(value) => format.percent(Number(value))} />
            {/* In the tiers' own order, not alphabetical. */}
            <Legend itemSorter={null} />
            {levels.map((level) => (
              <Bar
                key={level}
                dataKey={level}
                name={tierTitle(t, level, language)}
                fill={LEVEL_COLORS[level]}
                isAnimationActive={false}
                barSize={12}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
        <figcaption className="hint">{t("progress.caption")}</figcaption>
      </figure>
      <TableScroll label={t("progress.tableCaption")}>
        <table className="counts-table progress-table">
          <caption className="visually-hidden">{t("progress.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("progress.participant")}</th>
              {levels.map((level) => (
                <th key={level} scope="col" className="num">
                  {tierTitle(t, level, language)}
                </th>
              ))}
              <th scope="col" className="num">
                {t("progress.overall")}
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.participants.map(({ participant, tiers, overall }) => (
              <tr key={participant.id}>
                <th scope="row">{participant.name}</th>
                {levels.map((level) => {
                  const tier = tiers.find((x) => x.level === level);
                  return (
                    <td key={level} className="num">
                      {tier
                        ? t("progress.cell", {
                            reviewed: format.number(tier.reviewed),
                            total: format.number(tier.total),
                            coded: format.number(tier.coded),
                          })
                        : "—"}
                    </td>
                  );
                })}
                <td className="num">
                  {t("progress.cell", {
                    reviewed: format.number(overall.reviewed),
                    total: format.number(overall.total),
                    coded: format.number(overall.coded),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
