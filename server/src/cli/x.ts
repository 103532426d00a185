import { readFileSync } from "node:fs";
import { extractDocument } from "@zeren/shared/extractor";
const arg = process.argv[2]!;
const t = arg.endsWith(".txt") ? readFileSync(arg, "utf8") : arg;
const ex = extractDocument(t);
const grep = process.argv[3];
for (const u of ex.units) {
  const it = ex.items.find((i) => i.id === u.itemId);
  const line = `${u.rule} ${JSON.stringify(t.slice(u.start, u.end))} ${it ? `${it.bearer}[${it.bearerSource}] ${it.level} ${it.types} ${it.modality}` : ""}`;
  if (!grep || line.includes(grep)) console.log(line);
}
