import { expect, test as setup } from "../support/test";
import { SessionResponseSchema } from "@zeren/shared/contract";
import { INSTRUCTOR, instructorStatePath, SETUP_TOKEN } from "../support/accounts";
import { saveScreenshots } from "../support/screenshots";

/**
 * First start, as an operator does it: the server (empty database, SETUP_TOKEN fixed)
 * printed its one-time link; opening it creates the first instructor, who is then signed
 * in. The cookies are saved for every other test.
 */
setup("the console's setup link creates the first instructor", async ({ page }) => {
  // Signed out, every page leads to sign-in, which says setup is still needed.
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(/no instructor yet/)).toBeVisible();

  await page.goto(`/setup#token=${SETUP_TOKEN}`);
  await expect(page.getByRole("heading", { level: 1, name: "Set up Zeren" })).toBeVisible();
  // The token is read and taken out of the address bar (no bookmark or history keeps it).
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Your name").fill(INSTRUCTOR.name);
  await page.getByLabel("Email").fill(INSTRUCTOR.email);
  await page.getByLabel("Choose a password").fill(INSTRUCTOR.password);
  await page.getByLabel("Repeat the password").fill(INSTRUCTOR.password);
  await saveScreenshots(page, "setup");
  await page.getByRole("button", { name: "Create the instructor account" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Responsibilities by tier");
  await expect(page.locator(".account__name")).toHaveText(INSTRUCTOR.name);

  // The link works once: the session says setup is over.
  const session = SessionResponseSchema.parse(
    await (await page.request.get("/api/session")).json(),
  );
  expect(session).toMatchObject({ setupRequired: false, user: { role: "instructor" } });

  await page.context().storageState({ path: instructorStatePath() });
});
