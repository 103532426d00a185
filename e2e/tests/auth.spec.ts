import { expect, test, type Browser } from "../support/test";
import {
  CreateInviteResponseSchema,
  DocumentsResponseSchema,
  ErrorEnvelopeSchema,
  ExerciseSchema,
} from "@zeren/shared/contract";
import { INSTRUCTOR } from "../support/accounts";
import { apiWrite } from "../support/api";
import { switchLanguage } from "../support/language";
import { saveScreenshots } from "../support/screenshots";

/** A browser context with nobody signed in (the project's default is the instructor). */
async function signedOutPage(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

test.describe("accounts and sessions", () => {
  test("signed out, a page leads to sign-in and back to it; a wrong password is refused in words; sign-out ends the session on the server", async ({
    browser,
  }) => {
    const { context, page } = await signedOutPage(browser);
    await page.goto("/tiers/member?type=reporting");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Ftiers%2Fmember%3Ftype%3Dreporting$/);
    await expect(page).toHaveTitle("Sign in · Zeren");
    // Nothing of the catalogue shows to a signed-out reader, not even the navigation.
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await saveScreenshots(page, "sign-in");

    await page.getByLabel("Email").fill(INSTRUCTOR.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toHaveText("The email or the password is wrong.");

    await page.getByLabel("Password").fill(INSTRUCTOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/tiers\/member\?type=reporting$/);
    await expect(page.getByLabel("Type")).toHaveValue("reporting");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

    // Keep this session's cookies, sign out, then try them again: the server refuses them.
    const stolen = await context.storageState();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/summary/committee");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fsummary%2Fcommittee$/);

    const replay = await browser.newContext({ storageState: stolen });
    const refused = await replay.request.get("/api/documents");
    expect(refused.status()).toBe(401);
    expect(ErrorEnvelopeSchema.parse(await refused.json()).error.code).toBe("UNAUTHENTICATED");
    await replay.close();
    await context.close();
  });

  test("the language: Chinese at once and after a reload; the account's own language applies at sign-in and follows the user", async ({
    browser,
  }) => {
    const { context, page } = await signedOutPage(browser);
    await page.goto("/sign-in");
    await switchLanguage(page, "zh", { signedIn: false });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
    await expect(page).toHaveTitle("登录 · Zeren");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await saveScreenshots(page, "sign-in-zh");

    // The instructor's account says English: signing in applies it.
    await page.getByLabel("邮箱").fill(INSTRUCTOR.email);
    await page.getByLabel("密码").fill(INSTRUCTOR.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Responsibilities by tier");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    // Chosen while signed in, the language is the account's: a browser that has never
    // seen it (storage cleared) opens in it.
    await switchLanguage(page, "zh");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("按层级划分的责任");
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("按层级划分的责任");

    // Back to English for the tests after this one (the same account).
    await switchLanguage(page, "en");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await context.close();
  });

  test("a participant sees only their part: no catalogue in the navigation, and a readable refusal on its pages", async ({
    page,
    browser,
  }) => {
    // The instructor makes an exercise and an invitation (through the API: this test is
    // about what the participant may reach, not about creating exercises).
    await page.goto("/");
    const documents = DocumentsResponseSchema.parse(
      await (await page.request.get("/api/documents")).json(),
    ).documents;
    const created = await apiWrite(page, "POST", "/exercises", {
      title: "Refusal check",
      documentIds: [documents[0]?.id],
      blind: false,
    });
    expect(created.status()).toBe(201);
    const exercise = ExerciseSchema.parse(await created.json());
    const invite = CreateInviteResponseSchema.parse(
      await (await apiWrite(page, "POST", `/exercises/${exercise.id}/invites`)).json(),
    );

    const participant = await signedOutPage(browser);
    await participant.page.goto("/sign-in");
    const accepted = await apiWrite(participant.page, "POST", `/invites/${invite.token}/accept`, {
      name: "Zhao Min",
      email: "zhao.min@example.edu",
      password: "a participant's password",
      locale: "en",
    });
    expect(accepted.ok()).toBe(true);

    const p = participant.page;
    await p.goto("/tiers/committee");
    await expect(p.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    await expect(p.getByRole("link", { name: "Go to my exercises" })).toHaveAttribute(
      "href",
      "/exercises",
    );
    await expect(p.getByRole("link", { name: "Tiers" })).toHaveCount(0);
    await expect(p.getByRole("link", { name: "Import" })).toHaveCount(0);
    await expect(p.locator(".account__role")).toHaveText("Participant");
    await saveScreenshots(p, "refusal");
    // The server refuses the data too, whatever the page shows.
    expect((await p.request.get("/api/items")).status()).toBe(403);

    // Their home is their exercises.
    await p.goto("/");
    await expect(p).toHaveURL(/\/exercises$/);
    await participant.context.close();
  });
});
