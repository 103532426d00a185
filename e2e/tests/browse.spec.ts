import { expect, test } from "../support/test";
import { DocumentDetailSchema, DocumentsResponseSchema, ItemSchema } from "@zeren/shared/contract";
import { apiWrite } from "../support/api";
import { switchLanguage } from "../support/language";
import { expectLeftOutReasons } from "../support/left-out";
import { saveScreenshots, screenshotPath } from "../support/screenshots";

const reviewBoxes = (page: import("@playwright/test").Page) =>
  page.getByRole("checkbox", { name: /^Reviewed/ });

test.describe("browsing the seeded notices", () => {
  test("the overview shows the three tiers with review progress and the notices", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page).toHaveTitle("Overview · Zeren");
    for (const name of ["Provincial committee", "Grassroots organisation", "Individual member"]) {
      await expect(page.getByRole("heading", { name: new RegExp(name) })).toBeVisible();
    }
    const bars = page.getByRole("progressbar");
    await expect(bars).toHaveCount(3);
    await expect(bars.first()).toHaveAttribute("aria-valuenow", /^\d+$/);
    await expect(page.getByRole("heading", { name: /中共四川省委/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /中共吉林省委/ })).toBeVisible();
    await saveScreenshots(page, "overview");
  });

  test("browse a tier, then filter by type: the URL changes and the list shrinks", async ({
    page,
  }) => {
    await page.goto("/");
    await page
      .getByRole("link", { name: /Provincial committee/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/tiers\/committee$/);
    await expect(page).toHaveTitle(/Provincial committee 党委 · Zeren/);

    await expect(reviewBoxes(page).first()).toBeVisible();
    // The list is virtual (only rows near the screen are in the page): the count is the
    // server's, in the status line.
    const shownCount = async () =>
      Number(((await page.locator(".results__count").textContent()) ?? "").match(/\d+/)?.[0]);
    const all = await shownCount();
    expect(all).toBeGreaterThan(1);
    await saveScreenshots(page, "tier");

    await page.getByLabel("Type").selectOption("reporting");
    await expect(page).toHaveURL(/[?&]type=reporting/);
    await expect.poll(shownCount).toBeLessThan(all);
    const cards = page.locator(".item-card");
    expect(await cards.count()).toBeGreaterThan(0);
    // Every card left carries the Reporting badge.
    await expect(cards.filter({ hasNot: page.locator(".badge--reporting") })).toHaveCount(0);
    await saveScreenshots(page, "tier-filtered");

    // The search is debounced into the URL too, and a reload keeps both filters.
    await page.getByRole("searchbox", { name: "Search" }).fill("报告");
    await expect(page).toHaveURL(/[?&]q=%E6%8A%A5%E5%91%8A/);
    await page.reload();
    await expect(page.getByLabel("Type")).toHaveValue("reporting");
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("报告");
  });

  test("mark an item reviewed, and it is still reviewed after a reload", async ({ page }) => {
    await page.goto("/tiers/grassroots");
    const progress = page.getByRole("progressbar");
    const reviewedBefore = Number(await progress.getAttribute("aria-valuenow"));

    const firstOpen = page
      .locator(".item-card")
      .filter({ has: page.getByRole("checkbox", { checked: false }) })
      .first();
    const href = await firstOpen.getByRole("link", { name: /In source/ }).getAttribute("href");
    expect(href).toMatch(/^\/items\//);
    // Pin the card by its link: once reviewed it no longer matches "unchecked".
    const card = page.locator(".item-card", { has: page.locator(`a[href="${href}"]`) });
    const box = card.getByRole("checkbox", { name: /^Reviewed/ });

    await box.click();
    await expect(box).toBeChecked();
    await expect(progress).toHaveAttribute("aria-valuenow", String(reviewedBefore + 1));

    await page.reload();
    await expect(card.getByRole("checkbox", { name: /^Reviewed/ })).toBeChecked();
    await page.goto(href ?? "/");
    await expect(page.getByRole("checkbox", { name: /^Reviewed/ })).toBeChecked();
  });

  test("a review made elsewhere first: the stale click is refused, rolled back, and the page shows the current state", async ({
    page,
  }) => {
    await page.goto("/tiers/member");
    const open = page
      .locator(".item-card")
      .filter({ has: page.getByRole("checkbox", { checked: false }) })
      .first();
    const href = (await open.getByRole("link", { name: /In source/ }).getAttribute("href")) ?? "";
    await page.goto(href);
    const box = page.getByRole("checkbox", { name: /^Reviewed/ });
    await expect(box).not.toBeChecked();

    // Another reviewer marks it reviewed while this page still holds the old version.
    const id = decodeURIComponent(href.split("/").pop() ?? "");
    const current = ItemSchema.parse(await (await page.request.get(`/api/items/${id}`)).json());
    const other = await apiWrite(page, "PATCH", `/items/${id}`, {
      reviewed: true,
      note: "Checked by a colleague",
      version: current.review.version,
    });
    expect(other.ok()).toBe(true);

    await box.click();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("someone else changed this item first");
    await expect(alert).toContainText("It is now marked reviewed");
    await expect(box).toBeChecked();
    await expect(page.getByLabel("Reviewer's note")).toHaveValue("Checked by a colleague");
  });

  test("open an item in its source: its span is highlighted in view, cues marked", async ({
    page,
  }) => {
    await page.goto("/tiers/committee");
    const firstCard = page.locator(".item-card").nth(2);
    const itemText = (await firstCard.locator(".item-card__text").textContent()) ?? "";
    await firstCard.getByRole("link", { name: /In source/ }).click();
    await expect(page).toHaveURL(/\/items\//);

    const source = page.getByRole("region", { name: "Notice text" });
    const mark = source.locator("mark");
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveText(itemText);
    await expect(mark).toBeInViewport();
    await expect(mark.locator("[data-cue]").first()).toHaveAttribute("title", /: /);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(itemText);
    // The section it belongs to is named above the text.
    await expect(page.locator(".item-source__section")).toHaveText(
      /^(Section \S+|Preamble|Closing paragraph|\S+、.+)$/,
    );
    await saveScreenshots(page, "item");
  });

  test("an item's source shows what the rules left out around it, with the reason, in English and in Chinese", async ({
    page,
  }) => {
    const { documents } = DocumentsResponseSchema.parse(
      await (await page.request.get("/api/documents")).json(),
    );
    const sichuan = documents.find((d) => d.issuer === "中共四川省委");
    expect(sichuan).toBeDefined();
    const doc = DocumentDetailSchema.parse(
      await (await page.request.get(`/api/documents/${sichuan?.id ?? ""}`)).json(),
    );
    const shown = doc.units.filter((unit) => unit.rule !== "heading");
    expect(shown.length).toBeGreaterThanOrEqual(5);
    // An item right after a passage left out, so both are in view.
    const item = doc.items.find((i) => shown.some((unit) => unit.index === i.unitIndex - 1));
    const dropped = shown.find((unit) => unit.index === (item?.unitIndex ?? 0) - 1);
    expect(item).toBeDefined();

    await page.goto(`/items/${encodeURIComponent(item?.id ?? "")}`);
    const source = page.getByRole("region", { name: "Notice text" });
    await expect(source.locator("mark")).toHaveCount(1);
    expect(await expectLeftOutReasons(source, "en")).toBe(shown.length);
    const before = source.locator("[data-rule]").filter({
      hasText: doc.text.slice(dropped?.start, dropped?.end),
    });
    await expect(before.locator(".left-out-tag")).toBeVisible();
    // The reader who scrolls to the item sees what was left out just before it.
    await source.locator("mark").scrollIntoViewIfNeeded();
    await expect(before.locator(".left-out-tag")).toBeInViewport();
    await expect(page.locator(".legend")).toContainText("Left out, with the reason");
    await saveScreenshots(page, "item-left-out");

    // On paper the whole text prints, the reasons with it.
    await page.emulateMedia({ media: "print" });
    await expect(before.locator(".left-out-tag")).toBeVisible();
    expect(await source.evaluate((box) => box.scrollHeight <= box.clientHeight)).toBe(true);
    await page.screenshot({ path: screenshotPath("item-left-out-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });

    try {
      await switchLanguage(page, "zh");
      const zhSource = page.getByRole("region", { name: "通知正文" });
      expect(await expectLeftOutReasons(zhSource, "zh")).toBe(shown.length);
      await expect(page.locator(".legend")).toContainText("未列入的文字，附原因");
      await saveScreenshots(page, "item-left-out-zh");
    } finally {
      expect((await apiWrite(page, "PATCH", "/me", { locale: "en" })).ok()).toBe(true);
    }
  });

  test("the per-tier summary prints on A4 without the navigation", async ({ page }) => {
    await page.goto("/summary/committee");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Provincial committee");
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    const totalText = await page.locator(".counts-table tfoot td").last().textContent();
    await expect(page.locator(".summary-entry")).toHaveCount(Number(totalText));
    await expect(page.locator(".summary-entry__cite").first()).toContainText("unit");
    await saveScreenshots(page, "summary");

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Summaries by tier" })).toBeHidden();
    await expect(page.locator(".summary-entry").first()).toBeVisible();
    await page.screenshot({ path: screenshotPath("summary-print.png"), fullPage: true });

    // The printed PDF uses the @page size: A4 is 595.28 × 841.89 points (Letter would be 612 × 792).
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      path: screenshotPath("summary-committee.pdf"),
    });
    const box = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString("latin1"));
    expect(Number(box?.[1])).toBeCloseTo(595.28, 0);
    expect(Number(box?.[2])).toBeCloseTo(841.89, 0);
  });

  test("an unknown address shows the not-found page", async ({ page }) => {
    await page.goto("/no/such/page");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page).toHaveTitle("Not found · Zeren");
    await saveScreenshots(page, "not-found");
  });

  test("the skip link takes the keyboard to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });
});
