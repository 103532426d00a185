import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { instructorStatePath, SETUP_TOKEN } from "./support/accounts";
import { E2E_BASE_URL, E2E_PORT } from "./support/base-url";

/**
 * Browser tests against the real production server (built client + Express + SQLite) on a
 * fresh temporary database, driven in Debian's Chromium (Playwright's own download cannot
 * work offline here).
 */
const PORT = E2E_PORT;
const BASE_URL = E2E_BASE_URL;

// Set once in the main process; the workers inherit it, so everyone agrees on the file.
process.env.ZEREN_E2E_DB ??= path.join(
  os.tmpdir(),
  `zeren-e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.db`,
);

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const chromium = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1280, height: 900 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  },
};

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  globalTeardown: "./support/global-teardown.ts",
  // One server, one database: the journeys run one after the other.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  use: {
    baseURL: BASE_URL,
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      // Creates the first instructor through the /setup page and saves the session.
      name: "setup",
      testMatch: /\.setup\.ts$/,
      use: { ...chromium },
    },
    {
      name: "chromium",
      dependencies: ["setup"],
      // Every journey starts signed in as the instructor; a test that needs someone else
      // (signed out, a participant) opens its own browser context.
      use: { ...chromium, storageState: instructorStatePath() },
    },
  ],
  webServer: {
    // `npm start -w server` migrates the fresh file, seeds both notices, then serves the
    // API and client/dist on PORT.
    command: "npm run build -w client && npm run start -w server",
    cwd: path.resolve(import.meta.dirname, ".."),
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:${process.env.ZEREN_E2E_DB}`,
      LOG_LEVEL: "warn",
      // Fixes the one-time setup link's token so the setup project can open that link.
      SETUP_TOKEN,
    },
  },
});
