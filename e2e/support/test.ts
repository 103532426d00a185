import AxeBuilder from "@axe-core/playwright";
import { test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";

export { expect } from "@playwright/test";
export type { Browser, BrowserContext, Locator, Page } from "@playwright/test";

/**
 * The journeys' `test`: Playwright's, with axe-core run on every page a journey visits.
 * Every page of every browser context the test opens (the instructor's default page, and the
 * signed-out and participant contexts a journey makes with browser.newContext) is watched:
 * after each navigation, client-side route changes included, the page is given a moment to
 * settle (network idle) and axe checks it; the last state of every open page is checked when
 * the test ends. A serious or critical violation fails the test, listed with its page and
 * elements. Spec files import { test, expect } from here instead of "@playwright/test".
 */

/** axe's impact levels that fail a journey (issue 11: zero serious or critical). */
const FAILING_IMPACTS = new Set(["serious", "critical"]);
/** How long a page may keep loading (queries, lazy routes) before it is checked anyway. */
const SETTLE_MS = 3_000;
/** One check's budget (settling included) on a busy two-core machine. */
const CHECK_TIMEOUT_MS = 20_000;
/**
 * A page that navigated, reloaded or closed during a check (axe then finds its document gone,
 * or the new document without axe): what it became is checked after its own navigation.
 */
const GONE =
  /Execution context was destroyed|has been closed|Target closed|navigat|Cannot read properties of undefined|is not defined/i;

interface Finding {
  url: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

class AxeWatch {
  readonly findings: Finding[] = [];
  /** Every URL checked, for the report (and to check each state once per test). */
  readonly checked = new Set<string>();
  /** Errors of the checks themselves (not violations), reported when the test ends. */
  readonly errors: unknown[] = [];
  private readonly queues = new Map<Page, Promise<void>>();

  watch(page: Page): void {
    if (watches.has(page)) return;
    watches.set(page, this);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) void this.schedule(page);
    });
  }

  watchContext(context: BrowserContext): void {
    for (const page of context.pages()) this.watch(page);
    context.on("page", (page) => this.watch(page));
  }

  /** One check at a time per page, in the order the navigations happened. */
  schedule(page: Page, force = false): Promise<void> {
    const previous = this.queues.get(page) ?? Promise.resolve();
    const next = previous
      .then(() => withTimeout(this.check(page, force), CHECK_TIMEOUT_MS, page))
      .catch((error: unknown) => {
        if (!(error instanceof Error && GONE.test(error.message))) this.errors.push(error);
      });
    this.queues.set(page, next);
    return next;
  }

  private async check(page: Page, force: boolean): Promise<void> {
    if (page.isClosed()) return;
    const url = page.url();
    if (!url.startsWith("http")) return;
    await page.waitForLoadState("networkidle", { timeout: SETTLE_MS }).catch(() => undefined);
    // …and no list is still marked busy (aria-busy while the next results load).
    await page
      .waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
        timeout: SETTLE_MS,
      })
      .catch(() => undefined);
    // Moved on meanwhile: the navigation that moved it queued its own check.
    if (page.isClosed() || page.url() !== url) return;
    const key = `${url} ${page.viewportSize()?.width ?? 0}`;
    if (!force && this.checked.has(key)) return;
    this.checked.add(key);
    // Legacy mode runs axe in the page itself; the default opens a blank page in the context
    // to finish the run, which hangs when a journey closes its context meanwhile.
    const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
    for (const violation of results.violations) {
      if (!FAILING_IMPACTS.has(violation.impact ?? "")) continue;
      this.findings.push({
        url: new URL(url).pathname + new URL(url).search,
        rule: violation.id,
        impact: violation.impact ?? "",
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      });
    }
  }

  /** Checks every open page as it is now, and waits for every queued check. */
  async finish(contexts: BrowserContext[]): Promise<void> {
    const pages = contexts.flatMap((context) => context.pages()).filter((p) => !p.isClosed());
    await Promise.all(pages.map((page) => this.schedule(page, true)));
    await Promise.all([...this.queues.values()]);
  }

  report(): string {
    const seen = new Set<string>();
    return this.findings
      .filter((f) => {
        const key = `${f.url} ${f.rule} ${f.targets.join(",")}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((f) => `${f.impact} ${f.rule} on ${f.url}: ${f.help}\n    ${f.targets.join("\n    ")}`)
      .join("\n");
  }
}

async function withTimeout(check: Promise<void>, ms: number, page: Page): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_resolve, reject) => {
    timer = setTimeout(() => {
      // A closed page's check is moot; an open page that cannot be checked is a failure.
      if (page.isClosed()) _resolve();
      else reject(new Error(`axe could not check ${page.url()} within ${ms} ms`));
    }, ms);
  });
  try {
    await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The watch of each page, so a helper can ask for a check of the page it was given. */
const watches = new WeakMap<Page, AxeWatch>();

/**
 * Lets a journey check the page now (after opening a dialog or narrowing the window), on top
 * of the checks after navigations; the findings are reported with the others at the end.
 */
export async function checkAccessibility(page: Page): Promise<void> {
  const watch = watches.get(page) ?? new AxeWatch();
  await watch.schedule(page, true);
  if (!watches.has(page) && watch.findings.length > 0) throw new Error(watch.report());
}

export const test = base.extend<{ axeWatch: AxeWatch }>({
  axeWatch: [
    async ({ browser, context }, use, testInfo) => {
      const watch = new AxeWatch();
      // Every navigation now also waits for the page to settle and runs axe (about a second
      // each on a busy two-core machine): a journey gets twice its own time budget.
      testInfo.setTimeout(testInfo.timeout * 2);
      const contexts: BrowserContext[] = [context];
      watch.watchContext(context);
      // Contexts a journey opens itself (signed out, participants) are watched too.
      const newContext = browser.newContext.bind(browser);
      const patched: Browser["newContext"] = async (options) => {
        const made = await newContext(options);
        contexts.push(made);
        watch.watchContext(made);
        return made;
      };
      browser.newContext = patched;
      try {
        await use(watch);
        await watch.finish(contexts);
      } finally {
        browser.newContext = newContext;
      }
      await testInfo.attach("axe-checked-pages", {
        body: [...watch.checked].sort().join("\n"),
        contentType: "text/plain",
      });
      if (watch.errors.length > 0) throw watch.errors[0];
      const report = watch.report();
      if (report) {
        throw new Error(`axe found serious or critical accessibility violations:\n${report}`);
      }
    },
    { auto: true },
  ],
});
