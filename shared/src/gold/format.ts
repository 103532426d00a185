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
