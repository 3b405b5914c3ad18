import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };

export default defineConfig({
  testDir: "e2e",
  outputDir: ".test-results/playwright",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // CI runs on two shared cores, up to four times slower than a quiet one: a journey of a
  // dozen pages that takes 7 s here took 31 s there.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Reading the seeded record first; then the specs that add to it, so counts hold.
    {
      name: "record",
      testIgnore: /(workflow|tasks|notifications|accounts|admin|uploads)\.spec/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
    {
      name: "workflow",
      testMatch: /(workflow|tasks|notifications|accounts|admin)\.spec/,
      dependencies: ["record"],
      timeout: 90_000, // several people, each signing in, over a dozen pages
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
    // Alone, last: PGlite runs in the server's thread, and while it stores a report's 100 MB
    // of files every other request waits (9 s with the suite running beside it), so a spec
    // beside it timed out waiting for a page (docs/deploy.md says so to those who deploy).
    {
      name: "uploads",
      testMatch: /uploads\.spec/,
      dependencies: ["workflow"],
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    // SIGTERM lets the server close its database and remove its folder (the default is SIGKILL).
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
