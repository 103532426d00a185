import fs from "node:fs";
import path from "node:path";
import { expect, test } from "../support/test";
import { SaveDocumentResponseSchema } from "@zeren/shared/contract";
import { apiWrite } from "../support/api";
import { saveScreenshots } from "../support/screenshots";

/** A notice of 260 committee items (10 sections of 26), more than any one page (200). */
const NOTICE = fs.readFileSync(
  path.resolve(import.meta.dirname, "..", "fixtures", "notice-long.txt"),
  "utf8",
);
const ITEMS = 260;

test.describe("a tier longer than a page", () => {
  test("scrolling a 260-item tier loads it page by page to its last item, with few cards in the page at a time", async ({
    page,
  }) => {
    const saved = await apiWrite(page, "POST", "/documents", { text: NOTICE });
    expect(saved.status()).toBe(201);
    const { document: notice } = SaveDocumentResponseSchema.parse(await saved.json());
    expect(notice.countsByLevel.committee).toBe(ITEMS);
    try {
      await page.goto(`/tiers/committee?document=${encodeURIComponent(notice.id)}`);
      const status = page.locator(".results__count");
      // The first page only: 100 of them, counted by the server.
      await expect(status).toContainText(`Showing 100 of ${ITEMS} items`);
      await expect(page.getByRole("heading", { level: 3, name: /一、/ })).toBeVisible();

      // Scroll to the end of the page until every page has come.
      await expect
        .poll(
          async () => {
            await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
            return status.textContent();
          },
          { timeout: 30_000 },
        )
        .toMatch(new RegExp(`^${ITEMS} items`));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(
        page.locator(".item-card__text", { hasText: `各市（州）党委要认真落实第${ITEMS}项任务` }),
      ).toBeVisible();
      await expect(page.getByText("End of the list.")).toBeVisible();
      // Virtual: only the rows near the screen are in the page; the first section's heading,
      // far above, has left it.
      await expect(page.getByRole("heading", { level: 3, name: /一、/ })).not.toBeAttached();
      expect(await page.locator(".item-card").count()).toBeLessThan(60);

      // The rows stay operable from the keyboard: Tab reaches a review box, Space ticks it.
      const last = page.locator(".item-card").last().getByRole("checkbox");
      await last.focus();
      await page.keyboard.press("Space");
      await expect(last).toBeChecked();
      await saveScreenshots(page, "tier-long-end");
    } finally {
      // Leave the catalogue as the other journeys expect it.
      expect((await apiWrite(page, "POST", `/documents/${notice.id}/withdraw`, {})).ok()).toBe(
        true,
      );
    }
  });
});
