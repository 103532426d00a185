import { expect, test } from "../support/test";
import { apiWrite } from "../support/api";
import { switchLanguage } from "../support/language";
import { saveScreenshots, screenshotPath } from "../support/screenshots";

/**
 * The instructor's main pages in the Chinese interface: every label in Chinese, the
 * notices' text as written, dates and numbers the Chinese way. Screenshots are named *-zh.
 */
test.describe("the interface in Chinese", () => {
  test.afterEach(async ({ page }) => {
    // The language is the account's: put it back so later tests of this account open in English.
    const restored = await apiWrite(page, "PATCH", "/me", { locale: "en" });
    expect(restored.ok()).toBe(true);
  });

  test("overview, tier, item, summary and import pages", async ({ page }) => {
    await page.goto("/");
    await switchLanguage(page, "zh");
    await expect(page).toHaveTitle("概览 · Zeren");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("按层级划分的责任");
    const nav = page.getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link", { name: "层级" })).toBeVisible();
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
    // A notice's date in Chinese (year 年 month 月 day 日), its title as written.
    await expect(page.locator(".document-row time").first()).toHaveText(
      /^\d{4}年\d{1,2}月\d{1,2}日$/,
    );
    await expect(page.getByRole("heading", { name: /中共四川省委/ })).toBeVisible();
    await saveScreenshots(page, "overview-zh");

    await page.goto("/tiers/committee");
    await expect(page).toHaveTitle("党委 · Zeren");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("党委");
    await expect(page.getByRole("checkbox", { name: /^已审阅/ }).first()).toBeVisible();
    await expect(page.getByLabel("类型")).toBeVisible();
    await expect(page.locator(".results__count")).toHaveText(/^\d+ 条事项/);
    await saveScreenshots(page, "tier-zh");

    await page
      .locator(".item-card")
      .nth(2)
      .getByRole("link", { name: /查看原文/ })
      .click();
    await expect(page).toHaveURL(/\/items\//);
    await expect(page.getByRole("heading", { name: "在原文中" })).toBeVisible();
    await expect(page.getByRole("region", { name: "通知正文" }).locator("mark")).toHaveCount(1);
    await expect(page.getByRole("button", { name: "更正此事项" })).toBeVisible();
    await saveScreenshots(page, "item-zh");

    await page.goto("/summary/committee");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("党委");
    await expect(page.locator(".eyebrow")).toHaveText(/^分层级汇总 · \d{4}年\d{1,2}月\d{1,2}日$/);
    await expect(page.locator(".summary-entry__cite").first()).toContainText("单元");
    await saveScreenshots(page, "summary-zh");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
    await page.screenshot({ path: screenshotPath("summary-print-zh.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });

    await page.goto("/import");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("导入通知");
    await expect(page.getByLabel("上传文件")).toBeVisible();
    await saveScreenshots(page, "import-zh");

    await page.goto("/no/such/page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("未找到");
  });
});
