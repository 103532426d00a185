import type { APIResponse, Page } from "@playwright/test";
import { CSRF_COOKIE, CSRF_HEADER } from "@zeren/shared/contract";
import { E2E_BASE_URL } from "./base-url";

/**
 * A write through the page's own cookies, as the app's pages make it: the server requires
 * our Origin and the CSRF cookie echoed in X-CSRF-Token on every POST/PUT/PATCH/DELETE
 * (a browser page sends Origin itself; Playwright's request context does not).
 */
export async function apiWrite(
  page: Page,
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  data?: unknown,
): Promise<APIResponse> {
  const csrf = async () =>
    (await page.context().cookies(E2E_BASE_URL)).find((c) => c.name === CSRF_COOKIE)?.value;
  let token = await csrf();
  if (!token) {
    // Any /api answer sets the cookie.
    await page.request.get("/api/health");
    token = await csrf();
  }
  return page.request.fetch(`/api${path}`, {
    method,
    data,
    headers: { Origin: E2E_BASE_URL, [CSRF_HEADER]: token ?? "" },
  });
}
