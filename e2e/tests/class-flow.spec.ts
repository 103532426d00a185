import fs from "node:fs";
import { expect, test } from "../support/test";
import { ClassSummaryResponseSchema, ExerciseItemsResponseSchema } from "@zeren/shared/contract";
import { apiWrite } from "../support/api";
import { apiParticipant, codeItem, settle, signedOutPage } from "../support/class-flow";
import { switchLanguage } from "../support/language";
import { saveScreenshots, screenshotPath } from "../support/screenshots";

const STUDENT = { name: "Li Ming", email: "li.ming@example.edu", password: "li-ming-password-1" };
const CLASSMATE = { name: "Zhao Yu", email: "zhao.yu@example.edu", password: "zhao-yu-password-1" };
const THIRD = { name: "Chen Jie", email: "chen.jie@example.edu", password: "chen-jie-password-1" };

/**
 * A class exercise end to end, with two browser contexts: the instructor (this test's own
 * page, signed in by the setup project) creates a blind exercise and an invitation; a
 * student opens the link in another context, joins, codes and reviews items (the answer is
 * revealed only after submitting) reading each item in its paragraph and in the full notice,
 * meets a stale second tab and undoes a change; two classmates code through the API; the
 * instructor follows progress and every agreement coefficient (a skewed tier flagged),
 * settles the unanimous items in one step and a disputed one by hand, and prints the class
 * summary with its agreement, reasons, data hash and page numbers.
 */
test.describe("a class exercise", () => {
  test.afterEach(async ({ page }) => {
    // The language is the account's: put it back so later tests of this account open in English.
    const restored = await apiWrite(page, "PATCH", "/me", { locale: "en" });
    expect(restored.ok()).toBe(true);
  });

  test("instructor creates a blind exercise and invites; a participant joins, codes and reviews; the instructor sees progress and agreement and prints the summary", async ({
    page,
    browser,
    context,
  }) => {
    // The longest journey: a dozen pages, each checked by axe (support/test.ts) on a busy machine.
    test.setTimeout(420_000);

    // ---- Instructor: a blind exercise over one notice, and its invitation link ----------
    await page.goto("/exercises");
    await expect(page.getByRole("heading", { level: 1, name: "Exercises" })).toBeVisible();
    await page.getByRole("link", { name: "New exercise" }).click();
    await expect(page).toHaveURL(/\/exercises\/new$/);
    await page.getByLabel("Title").fill("Week 3: who bears what");
    const notices = page.getByRole("group", { name: "Notices" });
    await notices.getByRole("checkbox").first().check();
    await expect(page.getByRole("checkbox", { name: /Blind coding/ })).toBeChecked();
    await saveScreenshots(page, "exercise-new");
    await page.getByRole("button", { name: "Create exercise" }).click();

    await expect(page).toHaveURL(/\/exercises\/(?!new$)[^/]+$/);
    const exerciseUrl = new URL(page.url());
    const exerciseId = exerciseUrl.pathname.split("/").pop() ?? "";
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Week 3: who bears what");
    await expect(page.getByText("Nobody has joined yet")).toBeVisible();

    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Create invitation link" }).click();
    const linkField = page.getByLabel("Invitation link");
    await expect(linkField).toHaveValue(/\/join\/[\w-]+$/);
    const inviteUrl = await linkField.inputValue();
    const token = inviteUrl.split("/join/")[1] ?? "";
    await page.getByRole("button", { name: "Copy link" }).first().click();
    await expect(page.getByText("Link copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);

    // ---- Student: joins in another browser context --------------------------------------
    const student = await signedOutPage(browser);
    const studentPage = student.page;
    await studentPage.goto(inviteUrl);
    await expect(studentPage.getByRole("heading", { level: 1 })).toHaveText(
      "Week 3: who bears what",
    );
    await expect(studentPage.getByText(/This exercise is blind/)).toBeVisible();
    await studentPage.getByLabel("Your name").fill(STUDENT.name);
    await studentPage.getByLabel("Email").fill(STUDENT.email);
    await studentPage.getByLabel("Password").fill(STUDENT.password);
    await saveScreenshots(studentPage, "join");
    await studentPage.getByRole("button", { name: "Create account and join" }).click();
    await expect(studentPage).toHaveURL(new RegExp(`/exercises/${exerciseId}$`));
    await expect(studentPage.locator(".account__name")).toHaveText(STUDENT.name);

    // Blind: before submitting, neither the page nor the API shows the extractor's answer.
    const first = studentPage.getByRole("article", { name: "Item 1", exact: true });
    await expect(first.getByText(/appear when you submit your coding/)).toBeVisible();
    // Context on the card: the notice, the section and the paragraph around the item.
    const paragraph = first.getByTestId("item-paragraph");
    await expect(paragraph.locator(".item-context__item")).toBeVisible();
    await expect(first.locator(".item-context__title")).toContainText("《");
    await expect(first.locator(".item-context__section")).not.toBeEmpty();
    // …and the full notice with the item highlighted, still without the answer.
    await first.getByRole("button", { name: "Show the full notice" }).click();
    const source = first.getByRole("region", { name: /with the item highlighted/ });
    await expect(source.locator("mark.hl")).toHaveCount(1);
    const itemText = (await paragraph.locator(".item-context__item").textContent()) ?? "";
    await expect(source.locator("mark.hl")).toHaveText(itemText);
    await expect(first.getByText("The extractor's reading", { exact: true })).toHaveCount(0);
    await first.screenshot({ path: screenshotPath("participant-item-blind.png") });
    await saveScreenshots(studentPage, "participant-context");
    await first.getByRole("button", { name: "Hide the notice" }).click();
    await expect(first.getByText("The extractor's reading", { exact: true })).toHaveCount(0);
    const hidden = ExerciseItemsResponseSchema.parse(
      await (await studentPage.request.get(`/api/exercises/${exerciseId}/items`)).json(),
    );
    expect(hidden.items.length).toBeGreaterThanOrEqual(3);
    expect(hidden.items.every((item) => item.reading === null && item.others === null)).toBe(true);

    const codings = [
      { level: "committee", types: ["reporting"], modality: "obligation" },
      { level: "grassroots", types: ["staffing"], modality: "obligation" },
      { level: "member", types: ["other"], modality: "prohibition" },
    ] as const;
    for (const [index, coding] of codings.entries()) {
      const card = studentPage.getByRole("article", { name: `Item ${index + 1}`, exact: true });
      await codeItem(card, { ...coding, types: [...coding.types] });
      await card.getByLabel("Your note").fill(`Note ${index + 1}: 责任主体明确。`);
      await card.getByRole("button", { name: "Submit and reveal" }).click();
      // The reveal: the extractor's reading with my coding marked against it.
      await expect(card.getByText("The extractor's reading", { exact: true })).toBeVisible();
      await expect(card.locator(".match")).toHaveCount(3);
      const box = card.getByRole("checkbox", { name: /^Reviewed/ });
      await box.click();
      await expect(box).toBeChecked();
    }
    // Submitted in a blind exercise: the coding is fixed.
    await expect(first.getByRole("radio", { name: /Provincial committee/ })).toBeDisabled();
    await expect(studentPage.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3");
    await saveScreenshots(studentPage, "participant-exercise");
    await first.screenshot({ path: screenshotPath("participant-item-revealed.png") });

    // History of my review of item 1: the submission and the reviewed mark, newest first.
    await first.getByText("History").click();
    const history = first.locator(".history__event");
    await expect(history).toHaveCount(2);
    await expect(history.first()).toContainText("Reviewed: no → yes");
    await expect(history.nth(1)).toContainText("Submitted");

    // Two tabs on one review: the stale tab's write is refused and offers to reload.
    const secondTab = await student.context.newPage();
    await secondTab.goto(`/exercises/${exerciseId}`);
    const item4Elsewhere = secondTab.getByRole("article", { name: "Item 4", exact: true });
    await item4Elsewhere.getByRole("checkbox", { name: /^Reviewed/ }).click();
    await expect(item4Elsewhere.getByRole("checkbox", { name: /^Reviewed/ })).toBeChecked();
    const item4 = studentPage.getByRole("article", { name: "Item 4", exact: true });
    await item4.getByLabel("Your note").fill("Written in the first tab.");
    await item4.getByRole("button", { name: "Save", exact: true }).click();
    const conflict = item4.getByRole("alert");
    await expect(conflict).toContainText("changed in another tab");
    // Nothing overwritten: my text is still here, the other tab's mark not yet shown.
    await expect(item4.getByLabel("Your note")).toHaveValue("Written in the first tab.");
    await item4.screenshot({ path: screenshotPath("participant-item-conflict.png") });
    await conflict.getByRole("button", { name: "Reload" }).click();
    await expect(item4.getByRole("checkbox", { name: /^Reviewed/ })).toBeChecked();
    await expect(conflict).toHaveCount(0);
    await secondTab.close();

    // Undo my last change (the other tab's mark on item 4): it is unmarked again.
    await studentPage.getByRole("button", { name: "Undo my last change" }).click();
    await expect(studentPage.getByText(/^Undone: your change/)).toBeVisible();
    await expect(item4.getByRole("checkbox", { name: /^Reviewed/ })).not.toBeChecked();

    // My exercises: the one I joined, with my progress.
    await studentPage
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Exercises" })
      .click();
    await expect(studentPage.getByRole("heading", { level: 1 })).toHaveText("My exercises");
    await expect(
      studentPage.getByRole("progressbar", { name: "Your progress in Week 3: who bears what" }),
    ).toHaveAttribute("aria-valuenow", "3");
    await saveScreenshots(studentPage, "my-exercises");

    // ---- A classmate codes the same items through the API ------------------------------
    const classmate = await apiParticipant(browser, token, CLASSMATE);
    const classmateItems = await classmate.items();
    const theirs = [
      { level: "committee", types: ["reporting"], modality: "obligation" },
      { level: "committee", types: ["staffing"], modality: "obligation" },
      { level: "member", types: ["reporting"], modality: "prohibition" },
    ] as const;
    for (const [index, coding] of theirs.entries()) {
      const item = classmateItems[index];
      if (!item) throw new Error(`the classmate has no item ${index + 1}`);
      await classmate.submit(item.id, { ...coding, types: [...coding.types] }, index !== 1);
    }

    // ---- A third participant codes every item as the extractor reads it, and the
    // classmate the items after the third the same way: most items are unanimous. --------
    const ownerItems = ExerciseItemsResponseSchema.parse(
      await (await page.request.get(`/api/exercises/${exerciseId}/items`)).json(),
    ).items;
    const third = await apiParticipant(browser, token, THIRD);
    for (const [index, item] of ownerItems.entries()) {
      if (!item.reading) throw new Error("the owner sees every reading");
      const { level, types, modality } = item.reading;
      await third.submit(item.id, { level, types, modality }, true);
      if (index >= 3) await classmate.submit(item.id, { level, types, modality }, true);
    }

    // ---- Instructor: progress and agreement ------------------------------------------
    await page.goto(`/exercises/${exerciseId}`);
    const progress = page.getByRole("table", { name: /reviewed and coded, per participant/ });
    await expect(progress.getByRole("row", { name: /Li Ming/ })).toContainText(
      /3 \/ \d+ reviewed · 3 coded/,
    );
    // Zhao Yu: items 1–3 (two marked reviewed), then every later item, all reviewed.
    const total = ownerItems.length;
    await expect(progress.getByRole("row", { name: /Zhao Yu/ })).toContainText(
      `${total - 1} / ${total} reviewed · ${total} coded`,
    );
    await expect(progress.getByRole("row", { name: /Chen Jie/ })).toContainText(
      `${total} / ${total} reviewed · ${total} coded`,
    );
    const agreement = page.getByRole("table", { name: "Agreement per tier" });
    const overall = agreement.getByRole("row", { name: /Whole exercise/ });
    await expect(overall.getByRole("cell").first()).toHaveText(`${total} of ${total}`);
    // κ for the tier coding over the items coded by two or more: a number, not "—".
    await expect(overall.getByRole("cell").nth(1)).toHaveText(/^-?\d\.\d\d$/);
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
    // Every coefficient per field, with its interval; κ flagged where a tier is skewed.
    const figures = page.getByTestId("coefficients-overall");
    await expect(figures.getByRole("columnheader")).toHaveText([
      "Field",
      "Items",
      "Observed agreement",
      "Fleiss' κ",
      "Krippendorff's α",
      "Gwet's AC1",
    ]);
    const tierRow = figures.getByRole("row", { name: /^Tier/ });
    await expect(tierRow.locator(".estimate__value")).toHaveCount(4);
    await expect(tierRow.locator(".estimate__interval").first()).toHaveText(/^\[.+, .+\]$/);
    await expect(page.getByTestId("skew-flag").first()).toBeVisible();
    await expect(page.getByTestId("skew-flag").first()).toContainText("κ unreliable");
    await expect(page.getByTestId("coefficient-legend")).toContainText("Gwet's AC1");
    await settle(page);
    await saveScreenshots(page, "dashboard");

    // The exports carry the filter that is set.
    await page.getByLabel("Tier", { exact: true }).selectOption("committee");
    await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute(
      "href",
      `/api/exercises/${exerciseId}/export.csv?level=committee`,
    );
    const csv = await page.request.get(`/api/exercises/${exerciseId}/export.csv?level=committee`);
    expect(csv.ok()).toBe(true);
    expect(await csv.text()).toContain(STUDENT.name);

    // ---- Adjudication: the unanimous items in one step, then the most disputed one ------
    await page.getByRole("link", { name: "Adjudication queue" }).click();
    const bulk = page.getByRole("button", { name: /^Accept \d+ unanimous items?$/ });
    await expect(bulk).toBeEnabled();
    const bulkCount = Number(/\d+/.exec((await bulk.textContent()) ?? "")?.[0] ?? "0");
    expect(bulkCount).toBeGreaterThanOrEqual(3);
    await page.getByLabel(/Note added to each reason/).fill("Week 3 discussion");
    await bulk.click();
    await expect(
      page.getByText(`${bulkCount} items accepted, each with its reason.`),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /^Accept 0 unanimous items$/ })).toBeDisabled();
    await page.getByRole("button", { name: /^Disputed \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/filter=disputed/);
    const firstDisputed = page.getByRole("article").first();
    await expect(firstDisputed).toContainText(/coders differ from the reading/);
    await expect(firstDisputed).toContainText("Disputed");
    // Keyboard: J focuses the first card, A accepts the extractor's reading on it.
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("j");
    await expect(firstDisputed).toBeFocused();
    await page.keyboard.press("a");
    await expect(firstDisputed).toContainText(/Settled by Wang Lan/);
    await settle(page);
    await saveScreenshots(page, "adjudication");

    // ---- Class summary: provenance, and the hash on every printed page ----------------
    await page.goto(`/exercises/${exerciseId}/summary`);
    const summary = ClassSummaryResponseSchema.parse(
      await (await page.request.get(`/api/exercises/${exerciseId}/summary`)).json(),
    );
    await expect(page.getByTestId("print-footer")).toContainText(summary.hash);
    await expect(page.getByTestId("print-header")).toContainText("Week 3: who bears what");
    await expect(page.getByTestId("print-header")).toContainText(/Printed \d/);
    await expect(page.locator(".class-entry").first()).toContainText(/Reviewed by \d of 3/);
    await expect(page.locator(".class-entry__codings").first()).toContainText("Li Ming");
    // Agreement per tier and each adjudication's reason are on the page that prints.
    await expect(page.locator("[data-testid^=summary-agreement-]").first()).toContainText(
      "Krippendorff's α",
    );
    await expect(
      page.getByTestId("adjudication-reason").filter({ hasText: "Unanimous" }).first(),
    ).toContainText(
      /Unanimous: the \d participants who coded it all chose the extractor's reading\. Week 3 discussion/,
    );
    await saveScreenshots(page, "class-summary");
    await printSummary(page, "en");

    // ---- The same pages in Chinese ---------------------------------------------------
    await switchLanguage(page, "zh");
    await expect(page.getByTestId("print-footer")).toContainText("数据哈希（SHA-256）");
    await expect(page.getByTestId("print-footer")).toContainText(summary.hash);
    await printSummary(page, "zh");
    await page.goto(`/exercises/${exerciseId}`);
    await expect(page.getByRole("heading", { name: "一致性" })).toBeVisible();
    await expect(page.getByRole("table", { name: "各层级的一致性" })).toBeVisible();
    await expect(page.getByTestId("skew-flag").first()).toContainText("κ 不可靠");
    await settle(page);
    await saveScreenshots(page, "dashboard-zh");
    await page.goto(`/exercises/${exerciseId}/adjudication`);
    await expect(page.getByRole("button", { name: /^有分歧 \(\d+\)$/ })).toBeVisible();
    await saveScreenshots(page, "adjudication-zh");

    // The participant's card in Chinese, with its context and the answer revealed.
    await switchLanguage(studentPage, "zh");
    await studentPage.goto(`/exercises/${exerciseId}`);
    const firstZh = studentPage.getByRole("article").first();
    await firstZh.getByRole("button", { name: "查看通知全文" }).click();
    await expect(firstZh.getByRole("region", { name: /条目已突出显示/ })).toBeVisible();
    await saveScreenshots(studentPage, "participant-context-zh");
    await firstZh.screenshot({ path: screenshotPath("participant-item-revealed-zh.png") });
    expect((await apiWrite(studentPage, "PATCH", "/me", { locale: "en" })).ok()).toBe(true);

    await student.context.close();
    await classmate.context.close();
    await third.context.close();
  });
});

/** A4 PDF and a print-media screenshot of the class summary page. */
async function printSummary(page: import("@playwright/test").Page, language: "en" | "zh") {
  const suffix = language === "en" ? "" : "-zh";
  await page.emulateMedia({ media: "print" });
  await expect(
    page.getByRole("button", { name: language === "en" ? "Print" : "打印" }),
  ).toBeHidden();
  await expect(page.getByTestId("print-header")).toHaveCSS("position", "fixed");
  await expect(page.getByTestId("print-footer")).toHaveCSS("position", "fixed");
  // One A4 page at 96 dpi: fixed header and footer sit where print puts them (a full-page
  // screenshot would paint them once, at the first viewport's edges, over the text).
  // Page numbers: the body takes the named page whose bottom margin counts the pages.
  expect(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue("page"))).toBe(
    `class-summary-${language}`,
  );
  const marginContent = await page.evaluate((name) => {
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (rule instanceof CSSPageRule && rule.selectorText === name) {
          return Array.from(rule.cssRules)
            .map((inner) => inner.cssText)
            .join(" ");
        }
      }
    }
    return "";
  }, `class-summary-${language}`);
  expect(marginContent).toContain("counter(page)");
  expect(marginContent).toContain("counter(pages)");
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: screenshotPath(`class-summary-print${suffix}.png`) });
  if (viewport) await page.setViewportSize(viewport);
  const pdfPath = screenshotPath(`class-summary${suffix}.pdf`);
  const pdf = await page.pdf({ path: pdfPath, format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(fs.statSync(pdfPath).size).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: "screen" });
}
