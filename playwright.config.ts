import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/lib/chromium.mjs";

/**
 * End-to-end tests (`npm run test:e2e`, after `npm run build`): tests/e2e/*.spec.ts against dist/ served on
 * 127.0.0.1, in Debian's Chromium (never a downloaded browser). Fixtures: tests/e2e/support/fixtures.ts.
 *
 *   npm run test:e2e -- embed-dialog             one file (or any part of a path)
 *   npm run test:e2e -- -g "Open full view"      tests whose title matches
 *   npm run test:e2e -- --update-snapshots       rewrite the screenshot baselines after a deliberate change
 *
 * Baselines live in tests/e2e/__screenshots__/<spec file>/<name>.png; on failure the expected, actual and
 * diff images and a trace (npx playwright show-trace <zip>) are kept in test-results/e2e/.
 */
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/e2e",
  snapshotPathTemplate: "{testDir}/__screenshots__/{testFilePath}/{arg}{ext}",
  // Twice the old runner's limits: two workers share two cores, so each test has about half the CPU the
  // old one-at-a-time runner gave it (test.setTimeout in the slow tests is doubled likewise).
  timeout: 120_000,
  // Two cores: one worker per core; a file's tests run in order, files spread over the workers.
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  expect: {
    timeout: 20_000,
    toHaveScreenshot: {
      // Software rendering on another machine of the same kind moves anti-aliased edges a little:
      // tolerate faint pixel differences and up to 2 % of pixels, not a missing panel or label block.
      threshold: 0.25,
      maxDiffPixelRatio: 0.02,
      animations: "disabled",
      caret: "hide",
      scale: "css",
    },
  },
  use: {
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    // Well below the test timeout, so a stuck wait fails with Playwright's own message (what it waited for).
    actionTimeout: 20_000,
    navigationTimeout: 20_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
