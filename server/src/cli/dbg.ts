import { readFileSync } from "node:fs";
import { extractDocument } from "@zeren/shared/extractor";
const [gold, dir, only] = process.argv.slice(2);
const lines = readFileSync(gold!, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const docs = [...new Set(lines.map((l) => l.doc))].filter((d) => !only || d.includes(only));
for (const doc of docs) {
  const text = readFileSync(`${dir}/${doc}`, "utf8");
  const ex = extractDocument(text);
  console.log(`==== ${doc} addressees=${JSON.stringify(ex.document.addressees)} issuer=${ex.document.issuer}`);
  for (const g of lines.filter((l) => l.doc === doc)) {
    const p = text.indexOf(g.quote);
    const unit = ex.units.find((u) => u.start <= p && p + g.quote.length <= u.end);
    const item = ex.items.find((i) => i.start <= p && p + g.quote.length <= i.end);
    const ok = g.directive === !!item;
    let mark = ok ? "  " : "XX";
    let detail = "";
    if (item && g.directive) {
      const lv = item.level === g.level || item.level === g.levelAlt;
      const ty = JSON.stringify(item.types.filter((t: string) => t !== "other").sort()) ;
      const gt = [...g.types].sort();
      const tyOk = gt.every((t: string) => item.types.includes(t)) && item.types.filter((t: string)=>t!=="other").every((t: string) => g.types.includes(t) || g.typesMaybe.includes(t));
      const mo = item.modality === g.modality;
      if (!lv || !tyOk || !mo) mark = "~~";
      detail = ` | ${item.bearer}[${item.bearerSource}] ${item.level}${lv ? "" : "≠" + g.level + "/" + g.levelAlt} ${ty}${tyOk ? "" : "≠" + JSON.stringify(g.types) + "?" + JSON.stringify(g.typesMaybe)} ${item.modality}${mo ? "" : "≠" + g.modality}`;
    } else if (g.directive) detail = ` | want ${g.bearer}[${g.bearerSource}] ${g.level}`;
    else detail = ` | why: ${(g.why ?? "").slice(0, 60)}`;
    console.log(`${mark} ${g.directive ? "D" : "-"} ${unit ? unit.rule : "NOUNIT"} «${unit ? text.slice(unit.start, unit.end).replace(/\s+/g, " ").slice(0, 70) : g.quote}»${detail}`);
  }
}
