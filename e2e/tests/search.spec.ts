import { expect, test, type Page } from "../support/test";
import { apiWrite } from "../support/api";
import { switchLanguage } from "../support/language";
import { saveScreenshots } from "../support/screenshots";

/** A notice of this journey's own, in traditional characters, with a must-not. */
const NOTICE = [
  "中共海西省委關於加強醫院黨建工作的通知",
  "各市（州）黨委，省委各部委：",
  "現將有關事項通知如下。",
  "1.各級黨委要加強對醫院黨建工作的領導，每季度向省委報告工作情況。",
  "2.醫院黨組織要做好宣傳引導工作，組織黨員參加志願服務。",
  "3.黨員幹部不得在醫院收受紅包，嚴禁違規兼職。",
  "中共海西省委",
  "2021年3月1日",
].join("\n");

const TITLE = "海西省委关于加强医院党建工作的通知";

/** Counts the search requests the page makes from now on. */
function countSearches(page: Page): { readonly n: number } {
  const counter = { n: 0 };
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/search") counter.n += 1;
  });
  return counter;
}

/**
 * Types into a search box as a Chinese input method does: composition starts, pinyin fills
 * the box, then the chosen characters replace it and the composition ends.
 */
async function typeWithInputMethod(page: Page, label: string, pinyin: string, chosen: string) {
  const box = page.getByRole("searchbox", { name: label });
  await box.dispatchEvent("compositionstart", { data: "" });
  for (let i = 1; i <= pinyin.length; i++) await box.fill(pinyin.slice(0, i));
  await box.press("Enter"); // not a search: it would confirm the candidate
  await box.fill(chosen);
  return async () => box.dispatchEvent("compositionend", { data: chosen });
}

test.describe("search across tiers and notices", () => {
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    const res = await apiWrite(page, "POST", "/documents", { text: NOTICE, title: TITLE });
    expect([200, 201]).toContain(res.status());
    await page.close();
  });

  test("from the header: words found in traditional and simplified, filters, Load more, the item", async ({
    page,
  }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Search" })
      .click();
    await expect(page).toHaveURL(/\/search$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    await expect(page.getByText("Type one or more words")).toBeVisible();

    // An input method composing: no request and no URL change until it ends.
    const searches = countSearches(page);
    const end = await typeWithInputMethod(page, "Words", "yiyuandang", "医院党");
    await page.waitForTimeout(800);
    expect(searches.n).toBe(0);
    await expect(page).toHaveURL(/\/search$/);
    await end();
    await expect(page).toHaveURL(/\?q=%E5%8C%BB%E9%99%A2%E5%85%9A$/);
    await expect(page.locator(".results__count")).toHaveText("2 items found");
    expect(searches.n).toBe(1);

    // Simplified 医院党 finds the traditional 醫院黨, marked in the text as written.
    const hits = page.locator(".search-hit-card");
    await expect(hits).toHaveCount(2);
    await expect(hits.first().locator(".item-card__text mark").first()).toHaveText("醫院黨");
    await expect(hits.first().locator(".search-hit-card__where")).toContainText(TITLE);
    await saveScreenshots(page, "search");

    // Must not: only the prohibition (the seed's 医院 item is a must-do).
    await page.getByRole("searchbox", { name: "Words" }).fill("医院");
    await expect(page).toHaveURL(/\?q=%E5%8C%BB%E9%99%A2$/);
    await expect(page.locator(".results__count")).toHaveText(/^\d+ items found$/);
    await page.getByLabel("Must do / must not").selectOption("prohibition");
    await expect(page).toHaveURL(/modality=prohibition/);
    await expect(page.locator(".results__count")).toHaveText("1 item found");
    await expect(hits.first()).toContainText("不得在醫院收受紅包");
    await expect(hits.first().getByText("Prohibition")).toBeVisible();

    // Bearer: traditional words find a simplified query too.
    await page.getByLabel("Must do / must not").selectOption("");
    await page.getByRole("searchbox", { name: "Bearer" }).fill("党组织");
    await expect(page).toHaveURL(/bearer=/);
    await expect(page.locator(".results__count")).toHaveText("1 item found");
    // The word and the bearer filter both marked: 醫院 and 黨組織.
    await expect(hits.first().locator("dd mark")).toHaveText("醫院黨組織");

    // % is a plain character: nothing here contains it.
    await page.getByRole("searchbox", { name: "Bearer" }).fill("");
    await page.getByRole("searchbox", { name: "Words" }).fill("%");
    await expect(page.locator(".results__count")).toHaveText("0 items found");

    // A word in most items: pages of 50, the next one on demand.
    await page.getByRole("searchbox", { name: "Words" }).fill("要");
    await expect(page.locator(".results__count")).toHaveText(/^Showing 50 of \d+ items found$/);
    const total = Number(
      /of (\d+)/.exec((await page.locator(".results__count").textContent()) ?? "")?.[1],
    );
    expect(total).toBeGreaterThan(50);
    await expect(hits).toHaveCount(50);
    await page.getByRole("button", { name: "Load more" }).click();
    await expect(hits).toHaveCount(Math.min(total, 100));

    // A hit opens its item in the source.
    await hits
      .first()
      .getByRole("link", { name: /^In source/ })
      .click();
    await expect(page).toHaveURL(/\/items\//);
    await expect(page.getByRole("heading", { name: "In its source" })).toBeVisible();
  });

  test("the tier page's search also waits for the input method", async ({ page }) => {
    await page.goto("/tiers/committee");
    await expect(page.getByRole("checkbox", { name: /^Reviewed/ }).first()).toBeVisible();
    let requests = 0;
    page.on("request", (request) => {
      const url = new URL(request.url());
      // The list's pages (the reviewed count is a second, one-row request beside them).
      const isPage = url.searchParams.get("reviewed") === null;
      if (url.pathname === "/api/items" && url.searchParams.has("q") && isPage) requests += 1;
    });
    const end = await typeWithInputMethod(page, "Search", "yiyuan", "醫院");
    await page.waitForTimeout(800);
    expect(requests).toBe(0);
    await end();
    await expect(page).toHaveURL(/q=%E9%86%AB%E9%99%A2/);
    await expect(page.locator(".results__count")).toHaveText(/^\d+ items/);
    expect(requests).toBe(1);
    // The traditional words find what the simplified ones find (other journeys add notices, so
    // the number is asked of the API rather than fixed here).
    const simplified = await page.request.get(
      `/api/items?level=committee&limit=1&q=${encodeURIComponent("医院")}`,
    );
    const { total } = (await simplified.json()) as { total: number };
    expect(total).toBeGreaterThan(0);
    await expect(page.locator(".results__count")).toHaveText(new RegExp(`^${total} items`));
  });

  test("in Chinese", async ({ page }) => {
    await page.goto("/");
    await switchLanguage(page, "zh");
    try {
      await page
        .getByRole("navigation", { name: "主导航" })
        .getByRole("link", { name: "搜索" })
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索");
      await page.getByRole("searchbox", { name: "词语" }).fill("黨建");
      await page.getByRole("searchbox", { name: "词语" }).press("Enter");
      await expect(page.locator(".results__count")).toHaveText(/^找到 \d+ 条$/);
      await expect(page.locator(".search-hit-card mark").first()).toBeVisible();
      await saveScreenshots(page, "search-zh");
    } finally {
      const restored = await apiWrite(page, "PATCH", "/me", { locale: "en" });
      expect(restored.ok()).toBe(true);
    }
  });
});
