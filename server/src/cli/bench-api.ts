// The API under load (issue 9, part 6). Not a timed test: it prints.
//   npm run --silent bench:api -- [--db sqlite|postgres] [--notices 2000] [--seconds 5]
// Fills a fresh database through the import API with N varied notices, starts the real app
// with a signed-in instructor in this process, then prints for each read p50/p99 and req/s at
// 1 and 8 connections (autocannon) beside a bare Express handler serving the same bytes in the
// same process, /api/health latency while a 2,000,000-character notice is imported, the import
// throughput, and the load average while it measured (2 cores are shared: read ratios, not
// absolute times, when the load is high).
//
// SQLite: a new database file in a temporary folder, migrated with the committed SQL.
// PostgreSQL (--db postgres): a new database on the server PG_URL names (or DATABASE_URL),
// migrated by the app's runner and dropped at the end, e.g.
//   scripts/with-postgres.sh npm run --silent bench:api -- --db postgres
// (BENCH_KEEP_DATABASE=1 keeps that database and prints its URL, to EXPLAIN its queries.)
import fs from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import express from "express";
import { CSRF_COOKIE, CSRF_HEADER, MAX_DOCUMENT_CHARS } from "@zeren/shared/contract";
import { extractDocument } from "@zeren/shared/extractor";
import pg from "pg";
import { MIGRATIONS_DIRS, migratePostgres, readMigrations } from "../migrations";
import { REPO_ROOT } from "../repo-paths";

const USAGE =
  "usage: npm run --silent bench:api -- [--db sqlite|postgres] [--notices N] [--seconds S] [--long-chars N] [--sqlite-file FILE] [--reads-only] [--import-only] [--connections 1,8,32] [--seeds] [--only NAME]";

interface Options {
  db: "sqlite" | "postgres";
  notices: number;
  seconds: number;
  /** The length of the notice imported while health is probed (the API's maximum). */
  longChars: number;
  /**
   * A SQLite file kept after the run; when it already holds notices the fill is skipped (and
   * import throughput not measured), so the reads can be measured again without refilling.
   */
  sqliteFile?: string;
  /** Skip the health-during-import part (it adds a 2 M-character notice to the database). */
  readsOnly: boolean;
  /** Fill and print the import figures only. */
  importOnly: boolean;
  /** The numbers of concurrent connections each read is measured at. */
  connections: number[];
  /** Fill with the two seed notices only (the issue's "seeds only" row), not N variants. */
  seeds: boolean;
  /** Only the reads whose name contains this text. */
  only?: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    db: "sqlite",
    notices: 2000,
    seconds: 5,
    longChars: MAX_DOCUMENT_CHARS,
    readsOnly: false,
    importOnly: false,
    connections: [1, 8],
    seeds: false,
  };
  const args = argv.filter((arg) => arg !== "--");
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === "--seeds") {
      options.seeds = true;
      continue;
    }
    if (arg === "--reads-only" || arg === "--import-only") {
      options[arg === "--reads-only" ? "readsOnly" : "importOnly"] = true;
      continue;
    }
    if (arg === "--db" && (value === "sqlite" || value === "postgres")) options.db = value;
    else if (arg === "--notices" && Number.isInteger(Number(value)) && Number(value) > 0)
      options.notices = Number(value);
    else if (arg === "--seconds" && Number(value) > 0) options.seconds = Number(value);
    else if (arg === "--long-chars" && Number(value) > 0 && Number(value) <= MAX_DOCUMENT_CHARS)
      options.longChars = Number(value);
    else if (arg === "--connections" && value && /^\d+(,\d+)*$/.test(value))
      options.connections = value.split(",").map(Number);
    else if (arg === "--only" && value) options.only = value;
    else if (arg === "--sqlite-file" && value) options.sqliteFile = path.resolve(value);
    else throw new Error(`unknown or invalid option ${arg ?? ""}; ${USAGE}`);
    i++;
  }
  return options;
}

// --- database --------------------------------------------------------------------------

/** A fresh SQLite file with every committed migration applied (as test/setup-db.ts does). */
function freshSqlite(): { url: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zeren-bench-api-"));
  const file = path.join(dir, "bench.db");
  migrateSqlite(file);
  return { url: `file:${file}`, dir };
}

function migrateSqlite(file: string): void {
  const sqlite = new Database(file);
  for (const migration of readMigrations(MIGRATIONS_DIRS.sqlite)) sqlite.exec(migration.sql);
  sqlite.close();
}

/**
 * A new database on the server, with a UTF-8 character classification (pg_trgm finds no
 * trigrams in Chinese under the "C" locale), migrated by the app's own runner; dropped after.
 */
async function freshPostgres(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `zeren_bench_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(
    `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  return {
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

// --- notices ---------------------------------------------------------------------------

/** Every notice text shipped with the repository (seeds, blind sets, dev set) and beside it. */
function corpusTexts(): string[] {
  const roots = [
    path.join(REPO_ROOT, "shared", "data"),
    path.join(REPO_ROOT, "..", "shared", "seeds"),
    path.join(REPO_ROOT, "..", "shared", "devset", "docs"),
  ];
  const texts = new Set<string>();
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".txt")) texts.add(fs.readFileSync(full, "utf8"));
    }
  };
  roots.forEach(walk);
  return [...texts].sort();
}

const PROVINCES = ["四川", "吉林", "湖南", "江西", "贵州", "山西", "甘肃", "河北", "安徽", "云南"];
const DATE_PATTERN = /(\d{4})年(\d{1,2})月(\d{1,2})日/gu;

/**
 * The k-th notice: a text of the corpus with its province renamed and every date moved by
 * k days, so no two notices share a text (and so an id) and issuers and dates vary.
 */
function variant(texts: readonly string[], k: number): string {
  const base = texts[k % texts.length] ?? "";
  const province = PROVINCES[Math.floor(k / texts.length) % PROVINCES.length] ?? "四川";
  const renamed = base.replace(/中共(四川|吉林)省委/gu, `中共${province}省委`);
  const moved = renamed.replace(DATE_PATTERN, (_m, y: string, mo: string, d: string) => {
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d) + k));
    return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
  });
  // A text with no date still differs: a numbered reference line at its end.
  return moved === base ? `${base}\n（第${k + 1}号）` : moved;
}

/**
 * The notices an archive of directive notices is made of: the corpus's full notices, those
 * with at least MIN_ITEMS items (about 23 on average, as the issue's 2,000 notices held
 * 50,050 items); reports and short notes would be refused on import or add few items.
 */
const MIN_ITEMS = 20;
function noticeTexts(): string[] {
  const usable = corpusTexts().filter((t) => extractDocument(t).items.length >= MIN_ITEMS);
  if (usable.length === 0) throw new Error("no notice texts found under shared/data");
  return usable;
}

/** The two seed notices as shipped (../shared/seeds). */
function seedTexts(): string[] {
  const dir = path.join(REPO_ROOT, "..", "shared", "seeds");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), "utf8"));
}

/** A notice of `chars` characters: the corpus over and over, each copy a new variant. */
function longNotice(texts: readonly string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 100_000; length < chars; k++) {
    const part = variant(texts, k);
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join("\n").slice(0, chars);
}

/** The instructor the benchmark reads as; bench:page signs in with it too. */
const BENCH_ACCOUNT = {
  name: "Bench Instructor",
  email: "bench@example.org",
  password: "bench password long enough",
};

async function signIn(origin: string, appUrl: string, csrf: string): Promise<string[]> {
  const res = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: {
      cookie: `${CSRF_COOKIE}=${csrf}`,
      [CSRF_HEADER]: csrf,
      Origin: appUrl,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ email: BENCH_ACCOUNT.email, password: BENCH_ACCOUNT.password }),
  });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`signing in as ${BENCH_ACCOUNT.email} answered ${res.status}`);
  return res.headers.getSetCookie();
}

// --- figures ---------------------------------------------------------------------------

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;

/** The 1-minute load average, sampled every second while `run` lasts: its mean and peak. */
async function withLoad<T>(run: () => Promise<T>): Promise<{ result: T; load: string }> {
  const samples = [os.loadavg()[0] ?? 0];
  const timer = setInterval(() => samples.push(os.loadavg()[0] ?? 0), 1000);
  try {
    const result = await run();
    samples.push(os.loadavg()[0] ?? 0);
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    return { result, load: `${mean.toFixed(1)}/${Math.max(...samples).toFixed(1)}` };
  } finally {
    clearInterval(timer);
  }
}

interface Load {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

async function load(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string>,
): Promise<Load> {
  // A slow read is still counted (autocannon's default gives up after 10 s).
  const result = await autocannon({ url, connections, duration: seconds, headers, timeout: 60 });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

function listen(app: express.Express): Promise<{ server: Server; origin: string }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
    server.on("error", reject);
  });
}

// --- the run ---------------------------------------------------------------------------

/** The reads of the issue's table; where a URL of the agreed contract is not served yet, the next. */
const READS: { name: string; urls: string[] }[] = [
  { name: "tier, first 50", urls: ["/api/items?level=committee&limit=50"] },
  { name: "tier, page of 100", urls: ["/api/items?level=committee&limit=100"] },
  { name: "tier, reviewed count", urls: ["/api/items?level=committee&reviewed=true&limit=1"] },
  { name: "search, 2 characters", urls: ["/api/search?q=%E5%85%9A%E5%91%98&limit=50"] },
  {
    name: "search, 4 characters",
    urls: ["/api/search?q=%E5%85%9A%E5%91%98%E5%B9%B2%E9%83%A8&limit=50"],
  },
  {
    name: "search, no match",
    urls: ["/api/search?q=%E9%87%8F%E5%AD%90%E5%8A%9B%E5%AD%A6&limit=50"],
  },
  { name: "summary", urls: ["/api/summary"] },
  { name: "summary per notice", urls: ["/api/summary/documents?level=committee&limit=50"] },
  { name: "notices, first 50", urls: ["/api/documents?limit=50", "/api/documents"] },
];

async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const out = (line = "") => process.stdout.write(`${line}\n`);

  let cleanup: () => unknown = () => {};
  if (options.db === "sqlite" && options.sqliteFile) {
    if (!fs.existsSync(options.sqliteFile)) {
      fs.mkdirSync(path.dirname(options.sqliteFile), { recursive: true });
      migrateSqlite(options.sqliteFile);
    }
    process.env.DATABASE_URL = `file:${options.sqliteFile}`;
  } else if (options.db === "sqlite") {
    const { url, dir } = freshSqlite();
    process.env.DATABASE_URL = url;
    cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const serverUrl = process.env.PG_URL ?? process.env.DATABASE_URL;
    if (!serverUrl?.startsWith("postgres")) {
      throw new Error(
        "--db postgres needs PG_URL (or DATABASE_URL) naming a PostgreSQL server: postgresql://… " +
          "(scripts/with-postgres.sh starts a throwaway one)",
      );
    }
    const fresh = await freshPostgres(serverUrl);
    process.env.DATABASE_URL = fresh.url;
    if (process.env.BENCH_KEEP_DATABASE) process.stdout.write(`database kept: ${fresh.url}\n`);
    else cleanup = fresh.drop;
  }
  // Request lines would drown the figures; the logger still runs at this level.
  process.env.LOG_LEVEL ??= "error";
  process.env.NODE_ENV ??= "production";

  // Imported only now: the database URL and the log level are read when they load.
  const { createApp } = await import("../app");
  const { createUserAccount } = await import("../auth/guards");
  const { config } = await import("../config");
  const { prisma } = await import("../db");
  const { closeExtractionPool, extractionActivity } = await import("../extraction/extraction-pool");

  try {
    const reused = (await prisma.document.count()) > 0;
    if (reused && !options.sqliteFile) {
      throw new Error("the database is not empty: the benchmark fills a fresh one");
    }
    const { server, origin } = await listen(createApp());
    const csrf = "bench-csrf-token-0123456789";
    // A known account, so that a kept database can be signed into again (bench:page does).
    const setCookies = (await prisma.user.count({ where: { email: BENCH_ACCOUNT.email } }))
      ? await signIn(origin, config.APP_URL, csrf)
      : (await createUserAccount({ ...BENCH_ACCOUNT, role: "instructor" })).setCookies;
    const cookie = [...setCookies.map((c) => c.split(";")[0]), `${CSRF_COOKIE}=${csrf}`].join("; ");
    const readHeaders = { cookie };
    const writeHeaders = {
      cookie,
      [CSRF_HEADER]: csrf,
      Origin: config.APP_URL,
      "Content-Type": "application/json",
    };
    const importOne = async (text: string) => {
      const res = await fetch(`${origin}/api/documents`, {
        method: "POST",
        headers: writeHeaders,
        body: JSON.stringify({ text }),
      });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`import answered ${res.status}`);
    };

    out(`bench:api on ${options.db}, ${os.availableParallelism()} cores, node ${process.version}`);

    // Fill through the import API, one notice after another, as a person's imports arrive.
    const texts = noticeTexts();
    const fills = options.seeds
      ? seedTexts()
      : Array.from({ length: options.notices }, (_, k) => variant(texts, k));
    const importTimes: number[] = [];
    const fill = await withLoad(async () => {
      const started = performance.now();
      for (const [k, text] of (reused ? [] : fills).entries()) {
        const t = performance.now();
        await importOne(text);
        importTimes.push(performance.now() - t);
        if (process.stderr.isTTY && k % 20 === 0)
          process.stderr.write(`\rimporting ${k}/${fills.length}`);
      }
      if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
      return (performance.now() - started) / 1000;
    });
    // PostgreSQL plans by its statistics; autovacuum gathers them within a minute of a bulk
    // load on a live server, here at once so the reads are planned as they would be there.
    if (options.db === "postgres") await prisma.$executeRawUnsafe("ANALYZE");
    const items = await prisma.item.count();
    const notices = await prisma.document.count();
    if (reused) out(`database reused: ${notices} notices, ${items} items (import not measured)`);
    else
      out(
        `import: ${fills.length} notices, ${items} items in ${fill.result.toFixed(1)} s: ` +
          `${(fills.length / fill.result).toFixed(1)} notices/s, p50 ${ms(percentile(importTimes, 50))} ms, ` +
          `p99 ${ms(percentile(importTimes, 99))} ms (load ${fill.load})`,
      );

    if (options.importOnly) {
      await new Promise((resolve) => server.close(resolve));
      return;
    }

    // Each read against the app and against a bare handler sending the same bytes.
    out();
    out(
      `reads, ${options.seconds} s each (latency ms; ratio = app req/s ÷ bare req/s; load 1-min mean/peak)`,
    );
    out(
      "cached: answered from the catalogue cache (unchanged catalogue); computed: asked with Cache-Control: no-cache, so every request queries the database",
    );
    out(
      "read                     | bytes    | c | path     | app p50 | app p99 | app req/s | bare p50 | bare req/s | ratio  | load    | url",
    );
    for (const read of READS.filter((r) => !options.only || r.name.includes(options.only ?? ""))) {
      let url = "";
      let body = Buffer.alloc(0);
      let type = "application/json";
      for (const candidate of read.urls) {
        const res = await fetch(`${origin}${candidate}`, { headers: readHeaders });
        body = Buffer.from(await res.arrayBuffer());
        type = res.headers.get("content-type") ?? type;
        if (res.ok) {
          url = candidate;
          break;
        }
      }
      if (!url) {
        out(`${read.name.padEnd(24)} | not served: ${read.urls.join(", ")}`);
        continue;
      }
      const bare = express();
      bare.get("/{*splat}", (_req, res) => {
        res.type(type).send(body);
      });
      const bareServer = await listen(bare);
      for (const connections of options.connections) {
        for (const path of ["cached", "computed"] as const) {
          const headers =
            path === "cached" ? readHeaders : { ...readHeaders, "Cache-Control": "no-cache" };
          // The bare handler first: requests the app still has queued when autocannon stops
          // would otherwise take the process from it. Then wait until the app is idle again.
          const measured = await withLoad(async () => {
            const bareLoad = await load(
              `${bareServer.origin}${url}`,
              connections,
              options.seconds,
              {},
            );
            const appLoad = await load(`${origin}${url}`, connections, options.seconds, headers);
            await (await fetch(`${origin}/api/health`)).arrayBuffer();
            return { app: appLoad, bare: bareLoad };
          });
          const { app, bare: b } = measured.result;
          const errors = app.errors > 0 ? ` (${app.errors} errors)` : "";
          out(
            [
              read.name.padEnd(24),
              kb(body.length).padStart(8),
              String(connections),
              path.padEnd(8),
              ms(app.p50).padStart(7),
              ms(app.p99).padStart(7),
              app.rps.toFixed(0).padStart(9),
              ms(b.p50).padStart(8),
              b.rps.toFixed(0).padStart(10),
              `${(app.rps / b.rps).toFixed(3)}×`.padStart(6),
              measured.load.padStart(7),
              url + errors,
            ].join(" | "),
          );
        }
      }
      await new Promise((resolve) => bareServer.server.close(resolve));
    }

    // Health while the longest notice the API takes is imported. Each probe on a new
    // connection, as a load balancer makes it; a probe that fails counts as failed.
    if (options.readsOnly) {
      await new Promise((resolve) => server.close(resolve));
      return;
    }
    const longest = longNotice(texts, options.longChars);
    const probes: { ms: number; whileExtracting: boolean }[] = [];
    let failed = 0;
    const during = await withLoad(async () => {
      let pending = true;
      const started = performance.now();
      const imported = importOne(longest).finally(() => {
        pending = false;
      });
      while (pending) {
        const before = extractionActivity();
        const t = performance.now();
        try {
          const res = await fetch(`${origin}/api/health`, { headers: { Connection: "close" } });
          await res.arrayBuffer();
          if (!res.ok) failed += 1;
        } catch {
          failed += 1;
        }
        const after = extractionActivity();
        probes.push({
          ms: performance.now() - t,
          whileExtracting: before.running > 0 && after.settled === before.settled,
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await imported;
      return (performance.now() - started) / 1000;
    });
    const all = probes.map((p) => p.ms);
    const extracting = probes.filter((p) => p.whileExtracting).map((p) => p.ms);
    const figures = (values: number[]) =>
      values.length === 0
        ? "none"
        : `p50 ${ms(percentile(values, 50))} ms, p99 ${ms(percentile(values, 99))} ms, max ${ms(Math.max(...values))} ms (${values.length} probes)`;
    out();
    out(
      `health during a ${longest.length.toLocaleString("en")}-character import ` +
        `(${during.result.toFixed(1)} s, load ${during.load}${failed > 0 ? `, ${failed} probes failed` : ""}):`,
    );
    out(`  all probes:                  ${figures(all)}`);
    out(`  while the text is extracted: ${figures(extracting)}`);

    await new Promise((resolve) => server.close(resolve));
  } finally {
    await closeExtractionPool();
    await prisma.$disconnect();
    await cleanup();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench:api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
