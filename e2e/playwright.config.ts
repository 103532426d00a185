import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests against the real production server (built client + Express + SQLite) on a
 * fresh temporary database, driven in Debian's Chromium (Playwright's own download cannot
 * work offline here).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;

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
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: CHROMIUM_ARGS,
        },
      },
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
    },
  },
});
