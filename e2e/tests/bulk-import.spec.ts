import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "../support/test";
import { DocumentsResponseSchema } from "@zeren/shared/contract";
import { switchLanguage } from "../support/language";
import { saveScreenshots } from "../support/screenshots";

const SEEDS = path.resolve(import.meta.dirname, "../../shared/data/seeds");
const seed = (name: string) => fs.readFileSync(path.join(SEEDS, name), "utf8");

/**
 * Two notices no other journey imports: the seed notices under another province and date
 * (a new text is a new notice), and a report with no directive in it.
 */
const HUNAN = seed("000_82a19472cd943928.txt")
  .replaceAll("四川", "湖南")
  .replace(/2020年1月29日/g, "2020年3月2日");
const GANSU = seed("004_20e70db553242f58.txt")
  .replaceAll("吉林", "甘肃")
  .replace(/2020年1月29日/g, "2020年3月3日");
const REPORT =
  "今年以来，全省上下团结一心，防汛救灾工作取得了阶段性成效。广大干部群众积极参与，涌现出一批先进典型。";

const txt = (name: string, text: string) => ({
  name,
  mimeType: "text/plain",
  buffer: Buffer.from(text, "utf8"),
});

async function storedTitles(page: Page) {
  const response = await page.request.get("/api/documents");
  expect(response.ok()).toBe(true);
  return DocumentsResponseSchema.parse(await response.json()).documents.map((d) => d.title);
}

/** Drops files on the drop zone as a file manager does: a DataTransfer holding them. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, text } of list) {
      transfer.items.add(new File([text], name, { type: "text/plain" }));
    }
    return transfer;
  }, files);
  const zone = page.getByTestId("bulk-dropzone");
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
}

test.describe("importing many files at once", () => {
  test("three files chosen at once (one not a notice): each has its own result, the bad one does not stop the others; a dropped file already stored is not duplicated", async ({
    page,
  }) => {
    const before = await storedTitles(page);
    await page.goto("/import");
    const bulk = page.getByRole("region", { name: "Many files at once" });
    await expect(bulk).toBeVisible();

    await bulk
      .getByLabel("Choose files")
      .setInputFiles([txt("hunan.txt", HUNAN), txt("report.txt", REPORT), txt("gansu.txt", GANSU)]);

    await expect(bulk.getByRole("status")).toHaveText(
      "Done: 2 imported, 0 already stored, 1 refused.",
      { timeout: 30_000 },
    );
    const rows = bulk.getByTestId("bulk-file");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("hunan.txt");
    await expect(rows.nth(0)).toContainText(/Imported, \d+ items:/);
    await expect(rows.nth(1)).toContainText("report.txt");
    await expect(rows.nth(1)).toContainText(/Refused:.*No responsibility item was found/);
    await expect(rows.nth(2)).toContainText("gansu.txt");
    await expect(rows.nth(2)).toContainText(/Imported, \d+ items:/);
    await saveScreenshots(page, "import-many");

    // Stored: the two notices, once each; nothing of the report.
    const after = await storedTitles(page);
    expect(after.length).toBe(before.length + 2);
    expect(after.filter((title) => title.includes("湖南"))).toHaveLength(1);
    expect(after.filter((title) => title.includes("甘肃"))).toHaveLength(1);

    // Each imported notice opens from its row.
    await rows.nth(0).getByRole("link").click();
    await expect(page).toHaveURL(/\/documents\/[\w-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("湖南");

    // Dropped again, the same text is recognised and not stored twice.
    await page.goto("/import");
    await dropFiles(page, [{ name: "hunan-again.txt", text: HUNAN }]);
    await expect(bulk.getByRole("status")).toHaveText(
      "Done: 0 imported, 1 already stored, 0 refused.",
    );
    await expect(bulk.getByTestId("bulk-file")).toContainText("Already stored, not duplicated:");
    expect((await storedTitles(page)).length).toBe(after.length);

    // The same panel in Chinese.
    await switchLanguage(page, "zh");
    const zh = page.getByRole("region", { name: "一次导入多个文件" });
    await zh
      .getByLabel("选择文件")
      .setInputFiles([txt("hunan.txt", HUNAN), txt("report.txt", REPORT)]);
    await expect(zh.getByRole("status")).toHaveText("完成：导入 0 个，已存在 1 个，未导入 1 个。", {
      timeout: 30_000,
    });
    await expect(zh.getByTestId("bulk-file").nth(1)).toContainText("未导入：");
    await saveScreenshots(page, "import-many-zh");
    await switchLanguage(page, "en");
  });
});
