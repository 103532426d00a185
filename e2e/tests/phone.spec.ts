import { expect, test } from "../support/test";
import { switchLanguage } from "../support/language";
import { screenshotPath } from "../support/screenshots";

/**
 * A 375 × 812 phone (issue 11): the header is one compact row (brand and a menu button), so a
 * tier's first item starts above the fold; the navigation, language and account open from
 * the menu. Checked in English and Chinese; axe checks every page on the way (support/test.ts).
 */
const PHONE = { width: 375, height: 812 };
/** The header's budget on a phone: one row of a 44 px touch target and its padding. */
const MAX_HEADER_PX = 72;

for (const language of ["en", "zh"] as const) {
  test(`on a phone (${language}) the header is one row and a tier's first item is above the fold`, async ({
    page,
  }) => {
    await page.goto("/");
    if (language === "zh") await switchLanguage(page, "zh");
    await page.setViewportSize(PHONE);
    await page.goto("/tiers/committee");
    const firstItem = page.locator(".item-card").first();
    await expect(firstItem).toBeVisible();

    const header = await page.locator(".site-header").boundingBox();
    expect(header?.height).toBeLessThanOrEqual(MAX_HEADER_PX);
    const item = await firstItem.boundingBox();
    expect(item?.y).toBeLessThan(PHONE.height);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.screenshot({ path: screenshotPath(`phone-tier-${language}-375.png`) });

    // The menu: closed, its button says so; open, the navigation is there and works.
    const menu = page.getByRole("button", { name: language === "zh" ? "菜单" : "Menu" });
    const nav = page.getByRole("navigation", { name: language === "zh" ? "主导航" : "Main" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    await page.screenshot({ path: screenshotPath(`phone-menu-${language}-375.png`) });
    await nav.getByRole("link", { name: language === "zh" ? "导入" : "Import" }).click();
    await expect(page).toHaveURL(/\/import$/);
    // A new page closes the menu again.
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();

    await page.setViewportSize({ width: 1280, height: 900 });
    // On a wide screen there is no menu button: everything is in the header row.
    await expect(menu).toBeHidden();
    await expect(nav).toBeVisible();
    if (language === "zh") await switchLanguage(page, "en");
  });
}
