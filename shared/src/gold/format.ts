import type { GoldMetrics } from "./score";

const pct = (value: number) => value.toFixed(3);

/** Renders metrics as a short plain-text report: the five numbers, counts, then what went wrong. */
export function formatMetrics(m: GoldMetrics): string {
  const c = m.counts;
  const lines = [
    `documents ${c.documents}, gold directives ${c.directives}, non-directives ${c.nonDirectives}` +
      (c.optional > 0 ? ` (${c.optional} optional)` : "") +
      `, items ${c.items}`,
    `recall     ${pct(m.recall)}  (${c.covered}/${c.directives} directives covered)`,
    `precision  ${pct(m.precision)}  (${c.preciseItems}/${c.items} items cover a directive only)`,
    `tier       ${pct(m.tierAccuracy)}  (${c.tierCorrect}/${c.covered})`,
    `type F1    ${pct(m.typeF1)}  (P ${pct(m.typePrecision)}, R ${pct(m.typeRecall)}; tp ${c.typeTruePositives}, fp ${c.typeFalsePositives}, fn ${c.typeFalseNegatives})`,
    `modality   ${pct(m.modalityAccuracy)}  (${c.modalityCorrect}/${c.covered})`,
  ];
  for (const miss of m.misses) lines.push(`  miss      ${miss.doc}: ${miss.quote}`);
  for (const fp of m.falsePositives) {
    const why = fp.coversNonDirective ? ` [covers non-directive: ${fp.coversNonDirective}]` : "";
    lines.push(`  extra     ${fp.doc}: ${fp.text.slice(0, 40)}…${why}`);
  }
  for (const mm of m.mismatches) {
    lines.push(
      `  ${mm.field.padEnd(9)} ${mm.doc}: ${mm.quote} — expected ${mm.expected}, got ${mm.actual}`,
    );
  }
  for (const q of m.quoteProblems) lines.push(`  gold      ${q.doc}: ${q.problem}: ${q.quote}`);
  return lines.join("\n");
}

/** One row of a comparison: who read the notices and how they scored. */
export interface MetricsRow {
  name: string;
  metrics: GoldMetrics;
}

const TABLE_COLUMNS: [string, (m: GoldMetrics) => string][] = [
  ["recall", (m) => pct(m.recall)],
  ["precision", (m) => pct(m.precision)],
  ["tier", (m) => pct(m.tierAccuracy)],
  ["type F1", (m) => pct(m.typeF1)],
  ["modality", (m) => pct(m.modalityAccuracy)],
  ["covered", (m) => `${m.counts.covered}/${m.counts.directives}`],
  ["precise", (m) => `${m.counts.preciseItems}/${m.counts.items}`],
  ["tier ok", (m) => `${m.counts.tierCorrect}/${m.counts.covered}`],
  ["modality ok", (m) => `${m.counts.modalityCorrect}/${m.counts.covered}`],
];

/**
 * Renders several readers' metrics on the same gold as one table, a row each: the five numbers
 * then the counts behind them (covered directives, precise items, right tiers and modalities).
 */
export function formatMetricsTable(rows: MetricsRow[]): string {
  const nameWidth = Math.max(0, ...rows.map((row) => row.name.length));
  const cells = rows.map((row) => TABLE_COLUMNS.map(([, value]) => value(row.metrics)));
  const widths = TABLE_COLUMNS.map(([head], column) =>
    Math.max(head.length, ...cells.map((row) => row[column]!.length)),
  );
  const line = (name: string, values: string[]) =>
    [name.padEnd(nameWidth), ...values.map((value, column) => value.padStart(widths[column]!))]
      .join("  ")
      .trimEnd();
  return [
    line(
      "",
      TABLE_COLUMNS.map(([head]) => head),
    ),
    ...rows.map((row, index) => line(row.name, cells[index]!)),
  ].join("\n");
}
