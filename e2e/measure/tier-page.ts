// The tier page on an archive (issue 9): how long until a large tier's first screen is visible
// in Chromium, and whether scrolling reaches its last item. Not a test: it prints.
//   npm run --silent bench:page -- --sqlite-file FILE [--level committee] [--runs 5] [--no-scroll]
// FILE is a database filled by bench:api, which also holds the account this signs in with:
//   npm run --silent bench:api -- --notices 2200 --sqlite-file FILE --import-only
// The built client is served (npm run build first). Each run opens the page in a new browser
// context: no cached assets, as a first visit; the server's catalogue cache is cold on the
// first run only (later runs show a class opening the same tier).
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CSRF_COOKIE, CSRF_HEADER } from "@zeren/shared/contract";

const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");
const USAGE =
  "usage: npm run --silent bench:page -- --sqlite-file FILE [--level committee|grassroots|member] [--runs N] [--no-scroll] [--trace]";
/** The account bench:api creates (server/src/cli/bench-api.ts). */
const BENCH_ACCOUNT = { email: "bench@example.org", password: "bench password long enough" };

interface Options {
  file: string;
  level: string;
  runs: number;
  scroll: boolean;
  /** Print each run's requests: when each started and ended after navigation start. */
  trace: boolean;
}

function parseOptions(argv: string[]): Options {
  const args = argv.filter((arg) => arg !== "--");
  const options: Partial<Options> = { level: "committee", runs: 5, scroll: true, trace: false };
  for (let i = 0; i < args.length; i++) {
    const [arg, value] = [args[i], args[i + 1]];
    if (arg === "--no-scroll" || arg === "--trace") {
      if (arg === "--no-scroll") options.scroll = false;
      else options.trace = true;
      continue;
    }
    if (arg === "--sqlite-file" && value) options.file = path.resolve(value);
    else if (arg === "--level" && value && /^(committee|grassroots|member)$/.test(value))
      options.level = value;
    else if (arg === "--runs" && Number.isInteger(Number(value)) && Number(value) > 0)
      options.runs = Number(value);
    else throw new Error(`unknown or invalid option ${arg ?? ""}; ${USAGE}`);
    i++;
  }
  if (!options.file || !fs.existsSync(options.file)) throw new Error(`no database file; ${USAGE}`);
  return options as Options;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** The production server (built client + API) on the file, as `npm start` serves it. */
async function startServer(file: string, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: path.join(REPO_ROOT, "server"),
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: `file:${file}`,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://localhost:${port}`;
  for (let tries = 0; tries < 600; tries++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return { origin, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error("the server did not start within a minute");
}

/**
 * The bench account's cookies, signed in once through the API as the sign-in form does (each
 * run signing in again would meet the sign-in rate limit).
 */
async function signIn(browser: Browser, origin: string) {
  const context = await browser.newContext({ baseURL: origin });
  try {
    await context.request.get("/api/session");
    const csrf = (await context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? "";
    const res = await context.request.post("/api/auth/sign-in/email", {
      headers: { [CSRF_HEADER]: csrf, Origin: origin },
      data: BENCH_ACCOUNT,
    });
    if (!res.ok()) throw new Error(`signing in answered ${res.status()}: is FILE from bench:api?`);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** The numbers in the results line: [shown, total] while pages remain, [total] once all came. */
async function resultsNumbers(page: Page): Promise<number[]> {
  const text = (await page.locator(".results__count").first().textContent()) ?? "";
  // "显示 100 / 30,360 条事项 · 已审 0" or "Showing 100 of 30,360 items · 0 reviewed": the
  // reviewed count after the dot is not part of it.
  const counts = text.split("·")[0] ?? "";
  return [...counts.replaceAll(",", "").matchAll(/\d+/g)].map((m) => Number(m[0]));
}

async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  if (!fs.existsSync(path.join(REPO_ROOT, "client", "dist", "index.html"))) {
    throw new Error("client/dist is missing: run `npm run build` first");
  }
  const out = (line = "") => process.stdout.write(`${line}\n`);
  const server = await startServer(options.file, await freePort());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const url = `/tiers/${options.level}`;
    out(
      `bench:page ${url} on ${path.basename(options.file)}, Chromium 1280×900, new context per run`,
    );
    const signedIn = await signIn(browser, server.origin);
    let page: Page | undefined;
    for (let run = 1; run <= options.runs; run++) {
      await page?.context().close();
      const context = await browser.newContext({
        baseURL: server.origin,
        viewport: { width: 1280, height: 900 },
        storageState: signedIn,
      });
      page = await context.newPage();
      // The page notes the first animation frame in which an item card has a box: the frame
      // that paints it (Playwright's own polling would add up to a few hundred ms).
      // (A string: tsx would wrap a function's inner names in a helper the page lacks.)
      await page.addInitScript({
        content: `requestAnimationFrame(function check() {
          const card = document.querySelector(".item-card");
          if (card && card.getBoundingClientRect().height > 0) window.firstItemAt = performance.now();
          else requestAnimationFrame(check);
        });`,
      });
      const started = Date.now();
      await page.goto(url, { waitUntil: "commit" });
      await page.locator(".item-card").first().waitFor({ state: "visible", timeout: 60_000 });
      // performance.now() counts from the navigation's start in the page itself.
      const visible = (await (
        await page.waitForFunction(
          () => (window as unknown as { firstItemAt?: number }).firstItemAt,
        )
      ).jsonValue()) as number;
      const wall = Date.now() - started;
      const numbers = await resultsNumbers(page);
      const [shown, total] = numbers.length === 1 ? [numbers[0], numbers[0]] : numbers;
      const cards = await page.locator(".item-card").count();
      if (options.trace) {
        const entries = await page.evaluate(() =>
          performance.getEntriesByType("resource").map((e) => {
            const r = e as PerformanceResourceTiming;
            return [r.name.replace(location.origin, ""), r.startTime, r.responseEnd] as const;
          }),
        );
        for (const [name, start, end] of entries)
          out(`    ${start.toFixed(0).padStart(5)}–${end.toFixed(0).padStart(5)} ms  ${name}`);
      }
      out(
        `run ${run}: first item painted ${visible.toFixed(0)} ms after navigation start ` +
          `(Playwright saw it after ${wall} ms); ${shown ?? "?"} of ${total ?? "?"} items loaded, ${cards} cards in the page`,
      );
    }
    if (options.scroll && page) {
      const started = Date.now();
      let numbers = await resultsNumbers(page);
      while (numbers.length > 1 && Date.now() - started < 30 * 60_000) {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForTimeout(50);
        numbers = await resultsNumbers(page);
      }
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const lastCard = page.locator(".item-card").last();
      await lastCard.waitFor({ state: "visible" });
      const cards = await page.locator(".item-card").count();
      out(
        numbers.length === 1
          ? `scrolled to the end: all ${numbers[0]} items loaded in ${((Date.now() - started) / 1000).toFixed(0)} s, ` +
              `last card visible ("${((await lastCard.locator(".item-card__text").textContent()) ?? "").slice(0, 30)}…"), ` +
              `${cards} cards in the page`
          : `not at the end after ${((Date.now() - started) / 1000).toFixed(0)} s: ${numbers.join(" of ")}`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench:page: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
