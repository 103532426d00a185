// Throughput benchmark of the extractor (issue 3, item 8). Not a timed test: it prints.
//   npm run --silent bench [-- --mb 5 --runs 5 --no-big]
// Builds a corpus of at least --mb MB (UTF-8 bytes, 1 MB = 10^6 bytes) from the seeds,
// varied so no two notices are the same text, then times, in this one process:
//   - extractDocument over every notice-sized document,
//   - extractDocument over the whole corpus as one big document,
//   - a baseline: one plain pass over the same text splitting it at 。,
// each after a warm-up, as the median of --runs runs, and reports MB/s, the extractor's
// cost relative to the baseline, peak RSS and the largest heap seen.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "@zeren/shared/extractor";

const SEEDS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../shared/data/seeds",
);

interface Options {
  mb: number;
  runs: number;
  big: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { mb: 5, runs: 5, big: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = Number(argv[i + 1]);
    if (arg === "--no-big") {
      options.big = false;
    } else if (arg === "--mb" && value > 0) {
      options.mb = value;
      i++;
    } else if (arg === "--runs" && Number.isInteger(value) && value > 0) {
      options.runs = value;
      i++;
    } else {
      throw new Error(
        `unknown or invalid option ${arg ?? ""}; usage: bench [--mb N] [--runs N] [--no-big]`,
      );
    }
  }
  return options;
}

// --- corpus --------------------------------------------------------------------------

const PROVINCES = ["四川", "吉林", "湖南", "江西", "贵州", "山西", "甘肃", "河北", "安徽", "云南"];
const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/**
 * One variant of a seed: section numbers shifted (Arabic items renumbered, 一、 headings
 * moved along the numeral sequence or rewritten as （一）), the province renamed and the
 * date moved, so the corpus is not one text repeated and caches cannot help.
 */
function variant(seed: string, k: number): string {
  const shift = k % 5;
  let text = seed.replace(/(^|[\s\u3000])(\d{1,2})\.(?=\S)/gu, (_m, lead: string, n: string) => {
    return `${lead}${Number(n) + shift}.`;
  });
  text = text.replace(/(^|[\s\u3000。])([一二三四五])、/gu, (_m, lead: string, numeral: string) => {
    const index = CHINESE_NUMERALS.indexOf(numeral) + shift;
    const next = CHINESE_NUMERALS[index] ?? numeral;
    return k % 2 === 0 ? `${lead}${next}、` : `${lead}（${next}）`;
  });
  const province = PROVINCES[k % PROVINCES.length] ?? "四川";
  text = text.replace(/四川|吉林/gu, province);
  const year = 2020 + (k % 4);
  const month = 1 + (k % 12);
  return text.replace(/2020年1月29日/gu, `${year}年${month}月${1 + (k % 28)}日`);
}

function buildCorpus(targetBytes: number): string[] {
  const seeds = readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(path.join(SEEDS_DIR, name), "utf8"));
  if (seeds.length === 0) throw new Error(`no seeds in ${SEEDS_DIR}`);
  const docs: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < targetBytes; k++) {
    const doc = variant(seeds[k % seeds.length] ?? "", Math.floor(k / seeds.length));
    docs.push(doc);
    bytes += Buffer.byteLength(doc, "utf8");
  }
  return docs;
}

// --- timing --------------------------------------------------------------------------

let peakHeapUsed = 0;
function sampleHeap() {
  peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
}

/** The baseline: one plain pass over the text, splitting it into units at 。. */
function splitAtFullStop(text: string): number {
  return text.split("。").length;
}

function extractAll(docs: string[]): number {
  let items = 0;
  for (const doc of docs) {
    items += extractDocument(doc).items.length;
    sampleHeap();
  }
  return items;
}

function splitAll(docs: string[]): number {
  let units = 0;
  for (const doc of docs) units += splitAtFullStop(doc);
  return units;
}

interface Timing {
  median: number;
  runs: number[];
  /** What the work produced (items or units), printed so it cannot be optimised away. */
  output: number;
}

/** Warms up once, then times `runs` runs; seconds. */
function time(work: () => number, runs: number): Timing {
  let output = work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    output = work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return { median, runs: samples, output };
}

// --- report --------------------------------------------------------------------------

const mb = (bytes: number) => bytes / 1e6;
const fixed = (value: number, digits = 3) => value.toFixed(digits);

function line(label: string, timing: Timing, bytes: number, unit: string): string {
  const runs = timing.runs.map((run) => fixed(run)).join(" ");
  return (
    `${label.padEnd(38)} ${fixed(timing.median).padStart(8)} s ` +
    `${fixed(mb(bytes) / timing.median, 2).padStart(9)} MB/s   ${timing.output} ${unit}   runs: ${runs}`
  );
}

/** The extractor's line, the baseline's line, and how many times slower the extractor is. */
function comparison(what: string, extractor: Timing, baseline: Timing, bytes: number): string {
  return [
    line(`extractDocument, ${what}`, extractor, bytes, "items"),
    line(`baseline split at 。, ${what}`, baseline, bytes, "units"),
    `  extractor / baseline time: ${fixed(extractor.median / baseline.median, 1)}x`,
    "",
  ].join("\n");
}

function main(argv: string[]): void {
  const options = parseOptions(argv);
  const docs = buildCorpus(options.mb * 1e6);
  const big = docs.join("\n\n");
  const bytes = Buffer.byteLength(big, "utf8");
  const distinct = new Set(docs).size;
  const out: string[] = [
    `corpus: ${docs.length} notices (${distinct} distinct texts) built from ${SEEDS_DIR}`,
    `        ${fixed(mb(bytes), 2)} MB UTF-8, ${big.length} characters; median of ${options.runs} runs after a warm-up`,
    "",
  ];
  process.stdout.write(out.join("\n"));
  out.length = 0;

  const perDoc = time(() => extractAll(docs), options.runs);
  const perDocBaseline = time(() => splitAll(docs), options.runs);
  process.stdout.write(comparison("per notice", perDoc, perDocBaseline, bytes));

  if (options.big) {
    const oneBig = time(() => {
      const items = extractDocument(big).items.length;
      sampleHeap();
      return items;
    }, options.runs);
    const bigBaseline = time(() => splitAtFullStop(big), options.runs);
    process.stdout.write(comparison("one big document", oneBig, bigBaseline, bytes));
  }

  sampleHeap();
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
  process.stdout.write(
    `memory: peak RSS ${fixed(peakRssMb, 1)} MB, largest heap used seen ${fixed(mb(peakHeapUsed), 1)} MB\n`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
