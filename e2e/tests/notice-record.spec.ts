import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "../support/test";
import { DocumentDetailSchema } from "@zeren/shared/contract";
import { parseGold } from "@zeren/shared/gold";
import { apiWrite } from "../support/api";
import { switchLanguage } from "../support/language";
import { saveScreenshots, screenshotPath } from "../support/screenshots";

/** A notice of the genre with no signature: saved as "Untitled notice", issuer unknown. */
const NOTICE = [
  "各县（市、区）党委：",
  "为做好汛期安全防范工作，现就有关事项通知如下。",
  "一、各级党委（党组）要压实防汛责任，每日向市委报告汛情和工作进展。",
  "二、基层党组织要组织党员群众转移避险，做好宣传引导工作。",
  "三、广大党员要坚守岗位，不得擅离职守。",
  "四、组织部门要选派干部充实抢险一线。",
].join("\n");

test("an instructor corrects a notice's record, withdraws and restores it, downloads its gold and an export, and prints a summary", async ({
  page,
}) => {
  const saved = await apiWrite(page, "POST", "/documents", { text: NOTICE });
  expect(saved.status()).toBe(201);
  const { id } = DocumentDetailSchema.parse(
    ((await saved.json()) as { document: unknown }).document,
  );

  // From the overview, the notice's title opens its page.
  await page.goto("/");
  await page.getByRole("link", { name: "Untitled notice" }).click();
  await expect(page).toHaveURL(`/documents/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Untitled notice");

  // Correct title and issuer; the extractor's (empty) reading is named beside the field.
  await page.getByRole("button", { name: "Edit" }).click();
  await expect(
    page.getByText("The extractor read: nothing.", { exact: false }).first(),
  ).toBeVisible();
  await page.getByLabel("Title").fill("关于做好汛期安全防范工作的通知");
  await page.getByLabel("Issuer").fill("中共某某市委");
  await page.getByLabel("Document number (文号)").fill("某委发〔2023〕7号");
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "关于做好汛期安全防范工作的通知",
  );
  await expect(page.getByTestId("notice-citation")).toHaveText(
    "中共某某市委. 关于做好汛期安全防范工作的通知: 某委发〔2023〕7号[Z]",
  );
  await expect(page.getByText("set by a person").first()).toBeVisible();
  await saveScreenshots(page, "notice");
  await switchLanguage(page, "zh");
  await expect(page.getByRole("heading", { name: "文件著录" })).toBeVisible();
  await saveScreenshots(page, "notice-zh");
  await switchLanguage(page, "en");

  // A correction, so the gold differs from the extractor's reading and the notice is curated.
  const itemLink = page.locator(`a[href^="/items/"]`).first();
  const itemId = (await itemLink.getAttribute("href"))!.slice("/items/".length);
  expect(
    (
      await apiWrite(page, "PUT", `/items/${itemId}/correction`, {
        level: "member",
        types: ["reporting"],
        modality: "obligation",
        reason: "e2e",
      })
    ).ok(),
  ).toBe(true);
  await page.reload();

  // Download gold: one JSON line per unit, parseable by the eval's own reader.
  const [gold] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download gold" }).click(),
  ]);
  expect(gold.suggestedFilename()).toBe(`${id}.gold.jsonl`);
  const entries = parseGold(fs.readFileSync(await gold.path(), "utf8"));
  expect(entries.filter((e) => e.directive).length).toBeGreaterThanOrEqual(4);
  expect(entries.some((e) => e.directive && e.level === "member")).toBe(true);

  // And the notice's items as CSV, each with its citation.
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV" }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^zeren-catalogue-notice-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = fs.readFileSync(await csv.path(), "utf8");
  expect(csvText).toContain("Citation");
  expect(csvText).toContain("某委发〔2023〕7号");

  // Withdraw: it leaves the overview's list and waits under "Withdrawn notices".
  await page.getByRole("button", { name: "Withdraw this notice…" }).click();
  await page.getByLabel("Reason (optional)").fill("e2e: imported by mistake");
  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(page.getByText(/^Withdrawn on/)).toBeVisible();
  await page.goto("/");
  const withdrawn = page.getByRole("region", { name: "Withdrawn notices" });
  await expect(
    withdrawn.getByRole("link", { name: "关于做好汛期安全防范工作的通知" }),
  ).toBeVisible();
  await expect(
    page.locator(".document-list").getByRole("link", { name: "关于做好汛期安全防范工作的通知" }),
  ).toHaveCount(0);
  await withdrawn.getByRole("link", { name: "关于做好汛期安全防范工作的通知" }).click();
  await page.getByRole("button", { name: "Restore notice" }).click();
  await expect(page.getByText(/^Withdrawn on/)).toHaveCount(0);
  await page.goto("/");
  await expect(
    page.locator(".document-list").getByRole("link", { name: "关于做好汛期安全防范工作的通知" }),
  ).toBeVisible();

  // The item page cites the notice with its section and unit.
  await page.goto(`/items/${itemId}`);
  await expect(page.getByTestId("item-citation")).toContainText("某委发〔2023〕7号[Z]");
  await expect(page.getByTestId("item-citation")).toContainText("单元");

  // The instructor's accuracy page measures the extractor on this curated notice.
  await page.goto("/accuracy");
  await expect(
    page.getByRole("heading", { name: "How well the extractor reads your notices" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "关于做好汛期安全防范工作的通知" })).toBeVisible();
  await saveScreenshots(page, "accuracy");

  // The summary prints its tier and print date on every page, and page numbers.
  await page.goto("/summary/member");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Individual member");
  await page.emulateMedia({ media: "print" });
  const pdfPath = screenshotPath("summary-member.pdf");
  await page.pdf({ preferCSSPageSize: true, path: pdfPath });
  await page.emulateMedia({ media: "screen" });
  const text = spawnSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" });
  test.skip(text.status !== 0, "pdftotext is not installed");
  const pages = text.stdout.split("\f").filter((p) => p.trim() !== "");
  expect(pages.length).toBeGreaterThan(0);
  for (const [index, pageText] of pages.entries()) {
    expect(pageText).toContain("Individual member");
    expect(pageText).toContain("Printed ");
    expect(pageText).toContain(`Page ${index + 1} of ${pages.length}`);
  }
});
