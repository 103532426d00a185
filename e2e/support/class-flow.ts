import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import {
  AcceptInviteResponseSchema,
  CSRF_COOKIE,
  CSRF_HEADER,
  ExerciseItemsResponseSchema,
  type Coding,
} from "@zeren/shared/contract";
import { E2E_BASE_URL } from "./base-url";

/** A browser context with nobody signed in (the project's default is the instructor). */
export async function signedOutPage(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

const TIER_NAMES = {
  committee: /Provincial committee/,
  grassroots: /Grassroots organisation/,
  member: /Individual member/,
} as const;
const TYPE_NAMES = {
  reporting: "Reporting",
  staffing: "Staffing",
  publicity: "Publicity",
  other: "Other",
} as const;
const MODALITY_NAMES = {
  obligation: "Obligation",
  prohibition: "Prohibition",
  mixed: "Mixed",
} as const;

/** Fills an item card's coding form (English interface) the way a participant does. */
export async function codeItem(card: Locator, coding: Coding): Promise<void> {
  await card.getByRole("radio", { name: TIER_NAMES[coding.level] }).check();
  for (const type of coding.types) {
    await card.getByRole("checkbox", { name: TYPE_NAMES[type], exact: true }).check();
  }
  await card.getByRole("radio", { name: MODALITY_NAMES[coding.modality], exact: true }).check();
}

/**
 * A second participant who works through the API only (a classmate on another computer):
 * joins by the invitation token and submits codings, so the class has two coders and
 * agreement can be measured.
 */
export async function apiParticipant(
  browser: Browser,
  token: string,
  account: { name: string; email: string; password: string },
) {
  const { context, page } = await signedOutPage(browser);
  const write = async (method: "POST" | "PUT", path: string, data: unknown) => {
    const csrf = (await context.cookies(E2E_BASE_URL)).find((c) => c.name === CSRF_COOKIE);
    return page.request.fetch(`/api${path}`, {
      method,
      data,
      headers: { Origin: E2E_BASE_URL, [CSRF_HEADER]: csrf?.value ?? "" },
    });
  };
  // Looking at the invitation sets the CSRF cookie, as opening the link would.
  expect((await page.request.get(`/api/invites/${token}`)).ok()).toBe(true);
  const accepted = await write("POST", `/invites/${token}/accept`, account);
  expect(accepted.ok()).toBe(true);
  const { exerciseId } = AcceptInviteResponseSchema.parse(await accepted.json());

  return {
    context,
    exerciseId,
    items: async () =>
      ExerciseItemsResponseSchema.parse(
        await (await page.request.get(`/api/exercises/${exerciseId}/items`)).json(),
      ).items,
    submit: async (itemId: string, coding: Coding, reviewed: boolean) => {
      const response = await write("PUT", `/exercises/${exerciseId}/items/${itemId}/review`, {
        reviewed,
        coding,
        submit: true,
        version: 0,
      });
      expect(response.ok()).toBe(true);
    },
  };
}

/** Waits two frames: recharts lays out after its container is measured. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}
