import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "../support/test";
import {
  DocumentDetailSchema,
  DocumentsResponseSchema,
  ItemsResponseSchema,
} from "@zeren/shared/contract";
import { switchLanguage } from "../support/language";
import { saveScreenshots } from "../support/screenshots";

/**
 * A forest-fire notice written for this journey: the extractor misses the rangers' duty
 * (五、, no modal) and takes a descriptive sentence with 要 (三、) as a directive.
 */
const NOTICE = fs.readFileSync(
  path.resolve(import.meta.dirname, "..", "fixtures", "notice-curation.txt"),
  "utf8",
);
const TITLE = "某某市委：森林防火通知";
const MISSED = "护林员每天巡山不少于两次，发现火情第一时间上报乡镇";
const FALSE_ITEM = "近年来，各地要把防火工作做在前面的意识明显增强";
const SECOND = "基层党组织要广泛开展防火宣传";
const BEARER = "乡镇（街道）和村（社区）党组织";
const RECORD_TITLE = "关于做好今冬明春森林防火工作的通知";
const RECORD_ISSUER = "中共某某市委";

/** Selects `quote` in the item page's source text, as a reader's drag would. */
async function selectInSource(page: Page, quote: string) {
  // The notice's text loads after the item: wait until the quote is on screen.
  await expect(page.locator(".source")).toContainText(quote);
  await page.evaluate((wanted) => {
    const box = document.querySelector(".source");
    if (!box) throw new Error("no source text on the page");
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`not in the source: ${wanted}`);
  }, quote);
}

async function storedNotice(page: Page) {
  const list = DocumentsResponseSchema.parse(
    await (await page.request.get("/api/documents")).json(),
  );
  const summary = list.documents.find((d) => d.title === TITLE);
  expect(summary).toBeDefined();
  const res = await page.request.get(`/api/documents/${summary!.id}`);
  return DocumentDetailSchema.parse(await res.json());
}

async function listedTexts(page: Page, documentId: string) {
  const res = await page.request.get(`/api/items?document=${encodeURIComponent(documentId)}`);
  return ItemsResponseSchema.parse(await res.json()).items.map((i) => i.text);
}

test("curating a notice: add a missed item from the source, dismiss a false one, fix a bearer, re-extract and find it all in place", async ({
  page,
}) => {
  await page.goto("/import");
  await page.getByLabel("Notice text").fill(NOTICE);
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByLabel("Title").fill(TITLE);
  await page.getByRole("button", { name: "Save notice" }).click();
  await expect(page.getByText(`Saved “${TITLE}” with 4 items.`)).toBeVisible();
  const notice = await storedNotice(page);
  const byText = (quote: string) => notice.items.find((i) => i.text.includes(quote))!;

  // 1. Add the rangers' duty the extractor missed, by selecting it in the source.
  await page.goto(`/items/${byText(SECOND).id}`);
  await expect(page.locator(".source")).toContainText(MISSED);
  await selectInSource(page, MISSED);
  const form = page.getByRole("region", { name: "Make this an item" });
  await expect(form).toBeVisible();
  // The selection left off the 。: it is widened to the whole unit.
  await expect(form.locator("blockquote")).toHaveText(`${MISSED}。`);
  await expect(form.getByText("Widened to whole units, as it will be stored.")).toBeVisible();
  const bearer = form.getByLabel("Bearer (who must act)");
  await expect(bearer).toHaveValue(/各县（市、区）党委/);
  await bearer.fill("护林员");
  await form.getByRole("radio", { name: /Individual member/ }).check();
  await form.getByRole("checkbox", { name: "Reporting" }).check();
  await form.getByLabel("Why is this an item?").fill("Rangers must patrol and report fires");
  await saveScreenshots(page, "curation-add");
  await form.getByRole("button", { name: "Make this an item" }).click();
  await expect(page).toHaveURL(/\/items\/p-[0-9a-f]+$/);
  const addedUrl = page.url();
  await expect(page.locator(".eyebrow").getByText("Added by a person")).toBeVisible();
  await expect(page.locator(".history")).toContainText("Added by a person");
  await expect(page.locator(".history")).toContainText("Rangers must patrol and report fires");

  // 2. Dismiss the descriptive sentence the extractor took for a directive.
  const falseItem = byText(FALSE_ITEM);
  await page.goto(`/items/${falseItem.id}`);
  await page.getByRole("button", { name: "Dismiss…" }).click();
  await page.getByLabel("Why is this not a directive?").fill("Describes a trend, directs no one");
  await page.getByRole("button", { name: "Dismiss the item" }).click();
  await expect(page.getByText("Dismissed: not a directive.")).toBeVisible();
  await expect(page.locator("del.source__dismissed")).toContainText(FALSE_ITEM);

  // 3. Fix a bearer and its tier.
  const second = byText(SECOND);
  await page.goto(`/items/${second.id}`);
  await page.getByRole("button", { name: "Edit bearer…" }).click();
  await page.getByLabel("Bearer as written").fill(BEARER);
  await page.getByRole("button", { name: "Save the bearer" }).click();
  await expect(page.locator(".fields")).toContainText(BEARER);
  await expect(page.getByText("The extractor read the bearer as:")).toBeVisible();
  await expect(page.locator(".history")).toContainText(`基层党组织 → ${BEARER}`);
  await saveScreenshots(page, "curation-item");

  const before = await listedTexts(page, notice.id);
  expect(before).toHaveLength(4);
  expect(before.some((t) => t.includes(FALSE_ITEM))).toBe(false);
  expect(before.some((t) => t.includes(MISSED))).toBe(true);

  // 4. Extract again: every curation is still in place.
  await page.goto("/");
  await page.getByRole("button", { name: `Extract again “${TITLE}”` }).click();
  await expect(page.getByText("Extracted again: 4 kept, 0 new.")).toBeVisible();
  expect(await listedTexts(page, notice.id)).toEqual(before);

  await page.goto(addedUrl);
  await expect(page.locator(".eyebrow").getByText("Added by a person")).toBeVisible();
  await expect(page.locator(".fields")).toContainText("护林员");
  await page.goto(`/items/${falseItem.id}`);
  await expect(page.getByText("Dismissed: not a directive.")).toBeVisible();
  await page.goto(`/items/${second.id}`);
  await expect(page.locator(".fields")).toContainText(BEARER);

  // 5. Correct the notice's title and issuer on its page (a new issuer extracts it again),
  // extract it again from there, and find the curations still in place, shown in the text.
  await page.goto(`/documents/${notice.id}`);
  await page.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Title").fill(RECORD_TITLE);
  await page.getByLabel("Issuer").fill(RECORD_ISSUER);
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(RECORD_TITLE);
  await page.getByRole("button", { name: `Extract again “${RECORD_TITLE}”` }).click();
  await expect(page.getByText(/^Extracted again:/)).toBeVisible();
  const addedPath = new URL(addedUrl).pathname;
  await expect(page.locator(`a[href="${addedPath}"]`)).toContainText("person");
  await expect(page.locator("del.source__dismissed")).toContainText(FALSE_ITEM);
  await expect(page.locator(`.notice-dismissed a[href="/items/${falseItem.id}"]`)).toBeVisible();
  await saveScreenshots(page, "curation-notice");
  expect(await listedTexts(page, notice.id)).toEqual(before);
  const record = DocumentDetailSchema.parse(
    await (await page.request.get(`/api/documents/${notice.id}`)).json(),
  );
  expect(record).toMatchObject({ title: RECORD_TITLE, issuer: RECORD_ISSUER });
  expect(record.items.find((i) => i.id === second.id)?.bearer).toBe(BEARER);

  // The same screens in Chinese.
  await page.goto(`/items/${second.id}`);
  await switchLanguage(page, "zh");
  await expect(page.getByRole("heading", { name: "历史记录" })).toBeVisible();
  await selectInSource(page, "组织党员群众清理林下可燃物");
  await expect(page.getByRole("region", { name: "设为责任事项" })).toBeVisible();
  // Text of this item: the form says to re-span it instead, and the span button is live.
  await expect(page.getByText(/所选文字已属于一条事项/)).toBeVisible();
  await expect(page.getByRole("button", { name: "以所选文字为范围" })).toBeEnabled();
  await saveScreenshots(page, "curation-item-zh");
  await page.goto(`/items/${falseItem.id}`);
  await expect(page.getByText("已剔除：不是指令。")).toBeVisible();
  await selectInSource(page, "为做好今冬明春森林防火工作");
  await expect(page.getByRole("region", { name: "设为责任事项" })).toBeVisible();
  await saveScreenshots(page, "curation-add-zh");
  await switchLanguage(page, "en");
});
