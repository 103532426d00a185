import path from "node:path";
import type { Page } from "@playwright/test";
import { checkAccessibility } from "./test";

const DIR = path.resolve(import.meta.dirname, "..", "screenshots");
const PHONE = { width: 375, height: 812 };

/**
 * Saves a full-page screenshot at the current (desktop) size and at 375 px wide, then
 * restores the viewport. Named `<name>-desktop.png` and `<name>-375.png` in e2e/screenshots/.
 */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  const desktop = page.viewportSize();
  await page.screenshot({ path: path.join(DIR, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  // Let resize observers (the source text re-centres its item) run before the capture.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.screenshot({ path: path.join(DIR, `${name}-375.png`), fullPage: true });
  // Phones have their own failures (tables that scroll sideways, a header that crowds out
  // the page): axe checks the page at this width too.
  await checkAccessibility(page);
  if (desktop) await page.setViewportSize(desktop);
}

/** Where a screenshot or PDF of this run goes. */
export function screenshotPath(fileName: string): string {
  return path.join(DIR, fileName);
}
