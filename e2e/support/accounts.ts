/**
 * The accounts of an e2e run. The server starts on an empty database with SETUP_TOKEN
 * fixed (see playwright.config.ts), so the setup project can create the instructor through
 * the /setup page exactly as an operator would from the console's link.
 */
export const SETUP_TOKEN = "e2e-setup-token-7c1f0a9d3b5e4f62";

export const INSTRUCTOR = {
  name: "Wang Lan",
  email: "wang.lan@example.edu",
  password: "correct horse battery staple",
} as const;

/**
 * The signed-in instructor's cookies, saved by the setup project and loaded by every test
 * (beside the temporary database; removed with it in global-teardown.ts).
 */
export function instructorStatePath(): string {
  const db = process.env.ZEREN_E2E_DB;
  if (!db) throw new Error("ZEREN_E2E_DB is not set: run through playwright.config.ts");
  return `${db}.instructor.json`;
}
