// Headless Chromium (the system /usr/bin/chromium) driven by playwright-core, and a page watcher
// that collects everything that should make an end-to-end test fail.

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

/**
 * @typedef {object} WatchOptions
 * @property {string | string[]} origin Origin(s) the page may load from, e.g. "http://127.0.0.1:41234".
 * @property {(string | RegExp)[]} [ignore] Problems to tolerate: a string (substring) or RegExp
 *   matched against each problem's text. Ignored problems stay in the arrays but not in assertClean().
 */

/**
 * @typedef {object} PageWatch
 * @property {string[]} consoleErrors `console.error` and browser-logged errors (CSP violations, 404s …).
 * @property {string[]} pageErrors Uncaught exceptions and unhandled rejections in the page, and crashes.
 * @property {string[]} failedRequests Network failures and HTTP responses with status >= 400.
 * @property {string[]} foreignRequests Requests to any origin other than the allowed one(s).
 * @property {() => string[]} problems All not-ignored problems, one readable line each.
 * @property {() => void} assertClean Throws an Error listing all problems, if there are any.
 */

/**
 * Records everything on a page that should make a test fail.
 * @param {import("playwright-core").Page} page
 * @param {WatchOptions} options
 * @returns {PageWatch}
 */
export function watchPage(page, { origin, ignore = [] }) {
  const allowedOrigins = new Set((Array.isArray(origin) ? origin : [origin]).map((o) => new URL(o).origin));
  /** @type {string[]} */
  const consoleErrors = [];
  /** @type {string[]} */
  const pageErrors = [];
  /** @type {string[]} */
  const failedRequests = [];
  /** @type {string[]} */
  const foreignRequests = [];

  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (at ${url}:${lineNumber + 1})` : message.text());
  });
  page.on("pageerror", (error) => {
    pageErrors.push(error.stack || String(error));
  });
  page.on("crash", () => {
    pageErrors.push("page crashed");
  });
  page.on("requestfailed", (request) => {
    failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
    }
  });
  page.on("request", (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    let requestOrigin;
    try {
      requestOrigin = new URL(url).origin;
    } catch {
      requestOrigin = url;
    }
    if (!allowedOrigins.has(requestOrigin)) {
      foreignRequests.push(`${request.method()} ${url}`);
    }
  });

  /** @param {string} text */
  const isIgnored = (text) =>
    ignore.some((pattern) => (typeof pattern === "string" ? text.includes(pattern) : pattern.test(text)));

  /** @type {[string, string[]][]} */
  const groups = [
    ["console error", consoleErrors],
    ["page error", pageErrors],
    ["failed request", failedRequests],
    ["request to another origin", foreignRequests],
  ];

  const problems = () =>
    groups.flatMap(([label, entries]) =>
      entries.filter((entry) => !isIgnored(entry)).map((entry) => `${label}: ${entry}`),
    );

  return {
    consoleErrors,
    pageErrors,
    failedRequests,
    foreignRequests,
    problems,
    assertClean() {
      const found = problems();
      if (found.length === 0) return;
      const allowed = [...allowedOrigins].join(", ");
      const lines = found.map((line) => `  - ${line.replaceAll("\n", "\n    ")}`);
      throw new Error(
        `page ${page.url()} had ${found.length} problem(s) (allowed origin: ${allowed}):\n${lines.join("\n")}`,
      );
    },
  };
}
