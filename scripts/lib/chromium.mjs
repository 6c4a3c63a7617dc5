// Headless Chromium: Debian's /usr/bin/chromium and the flags it is launched with, for the e2e tests
// (playwright.config.ts) and the benchmark, which drives it through playwright-core (launchChromium).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * @typedef {object} LaunchedChromium
 * @property {import("playwright-core").Browser} browser Use `browser.newContext()` for isolated contexts.
 * @property {import("playwright-core").BrowserContext} persistentContext The profile's own context.
 * @property {string} userDataDir The fresh profile folder, removed by close().
 * @property {() => Promise<void>} close Closes the browser and removes the profile folder.
 */

/**
 * Launches headless Chromium with a fresh profile.
 *
 * playwright-core rejects `--user-data-dir` in `launch({ args })`, so the fresh profile is given
 * through `launchPersistentContext`; its `browser()` can still create isolated contexts.
 * @returns {Promise<LaunchedChromium>}
 */
export async function launchChromium() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: install it with "apt-get install -y chromium" (not "npx playwright install").`,
    );
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-chromium-profile-"));
  /** @type {import("playwright-core").BrowserContext} */
  let persistentContext;
  try {
    persistentContext = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const browser = persistentContext.browser();
  if (!browser) {
    await persistentContext.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw new Error("launchChromium: persistent context has no browser");
  }

  let closed = false;
  return {
    browser,
    persistentContext,
    userDataDir,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await persistentContext.close();
      } finally {
        fs.rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}
