// End-to-end test runner (`npm run test:e2e`): serves dist/ on 127.0.0.1, drives headless Chromium
// and runs every `tests/e2e/*.e2e.mjs` file's tests one after another.
//
// Usage: node tests/e2e/run.mjs [substring]   (runs only tests whose name or file contains it)
//
// The last line printed is always `N passed, M failed` (CI reads it); the exit code is 1 on any failure.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium, watchPage } from "./browser.mjs";
import { startStaticServer } from "./server.mjs";

/**
 * @typedef {import("playwright-core").Page} Page
 * @typedef {import("playwright-core").Browser} Browser
 * @typedef {import("playwright-core").BrowserContext} BrowserContext
 * @typedef {import("playwright-core").BrowserContextOptions} BrowserContextOptions
 * @typedef {import("./server.mjs").StaticServer} StaticServer
 * @typedef {import("./server.mjs").StaticServerOptions} StaticServerOptions
 */

/**
 * One end-to-end test. A test file's default export is an array of these.
 * @typedef {object} E2ETest
 * @property {string} name
 * @property {(t: TestContext) => Promise<void>} run
 * @property {number} [timeout] Milliseconds, default 60 000.
 */

/**
 * @typedef {object} NewPageOptions
 * @property {string | string[]} [origin] Origin(s) the page may request, default the dist/ server's.
 * @property {(string | RegExp)[]} [ignore] Problems the watcher should tolerate (see watchPage).
 * @property {BrowserContextOptions} [contextOptions] Open the page in its own new context with these
 *   options (viewport, locale, reducedMotion …) instead of the test's shared context.
 */

/**
 * What a test's `run` receives. Everything it opens through here is closed after the test.
 * @typedef {object} TestContext
 * @property {string} baseUrl URL of the app, e.g. "http://127.0.0.1:41234/".
 * @property {string} origin e.g. "http://127.0.0.1:41234".
 * @property {string} distDir Absolute path of the served dist/ folder.
 * @property {Browser} browser
 * @property {BrowserContext} context A fresh browser context for this test (no storage shared with other tests).
 * @property {(options?: NewPageOptions) => Promise<Page>} newPage A page whose console errors, page errors,
 *   failed requests and requests to other origins fail the test when it ends.
 * @property {(page: Page, name: string, options?: import("playwright-core").PageScreenshotOptions) => Promise<string>} screenshot
 *   Saves `test-results/screenshots/<name>.png` and returns its path.
 * @property {(options?: Partial<StaticServerOptions>) => Promise<StaticServer>} serve Starts another static
 *   server (root defaults to dist/), e.g. `serve({ basePath: "/sub/path/" })` or with CSP `headers`.
 */

const DEFAULT_TIMEOUT_MS = 60_000;
// Well below the test timeout, so a stuck wait fails with Playwright's own message (what it waited for).
const ACTION_TIMEOUT_MS = 20_000;
const CLEANUP_TIMEOUT_MS = 10_000;

const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(E2E_DIR, "../..");
const DIST_DIR = path.join(REPO_ROOT, "dist");
const SCREENSHOT_DIR = path.join(REPO_ROOT, "test-results", "screenshots");

/**
 * @param {string} filter Case-insensitive substring of a test's name or file name; "" for all.
 * @returns {Promise<number>} Exit code.
 */
export async function main(filter = "") {
  if (!fs.existsSync(path.join(DIST_DIR, "index.html"))) {
    console.error(
      `e2e: ${path.relative(process.cwd(), DIST_DIR) || "dist"}/index.html not found: run npm run build first`,
    );
    return 1;
  }

  let passed = 0;
  let failed = 0;

  const { tests, loadErrors } = await loadTests(filter);
  for (const { file, error } of loadErrors) {
    failed += 1;
    console.log(`✗ ${file} (could not load)`);
    console.log(indent(formatError(error)));
  }
  if (tests.length === 0 && loadErrors.length === 0) {
    console.error(filter ? `e2e: no test matches ${JSON.stringify(filter)}` : "e2e: no tests found");
    return 1;
  }

  fs.rmSync(SCREENSHOT_DIR, { recursive: true, force: true });

  /** @type {StaticServer | undefined} */
  let server;
  /** @type {Awaited<ReturnType<typeof launchChromium>> | undefined} */
  let chromium;
  const cleanup = async () => {
    await Promise.allSettled([chromium?.close(), server?.close()]);
  };
  const onSignal = (/** @type {NodeJS.Signals} */ signal) => {
    console.error(`\ne2e: received ${signal}, closing browser and server`);
    cleanup().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    server = await startStaticServer({ root: DIST_DIR });
    chromium = await launchChromium();
    console.log(
      `e2e: ${tests.length} test(s), dist/ served at ${server.url}, Chromium ${chromium.browser.version()}`,
    );

    for (const { test, file } of tests) {
      const result = await runTest(test, { browser: chromium.browser, server });
      if (result.error === undefined) {
        passed += 1;
        console.log(`✓ ${test.name} (${result.ms} ms)`);
      } else {
        failed += 1;
        console.log(`✗ ${test.name} (${result.ms} ms) [${file}]`);
        console.log(indent(result.error));
      }
    }
  } catch (error) {
    failed += 1;
    console.log("✗ e2e setup");
    console.log(indent(formatError(error)));
  } finally {
    await cleanup();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }

  const screenshots = fs.existsSync(SCREENSHOT_DIR) ? fs.readdirSync(SCREENSHOT_DIR).length : 0;
  if (screenshots > 0) {
    console.log(
      `e2e: ${screenshots} screenshot(s) saved in ${path.relative(process.cwd(), SCREENSHOT_DIR)}/`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/**
 * @param {string} filter
 * @returns {Promise<{ tests: { test: E2ETest, file: string }[], loadErrors: { file: string, error: unknown }[] }>}
 */
async function loadTests(filter) {
  const needle = filter.toLowerCase();
  const files = fs
    .readdirSync(E2E_DIR)
    .filter((name) => name.endsWith(".e2e.mjs"))
    .sort();
  /** @type {{ test: E2ETest, file: string }[]} */
  const tests = [];
  /** @type {{ file: string, error: unknown }[]} */
  const loadErrors = [];
  const seenNames = new Set();

  for (const file of files) {
    try {
      const module = await import(pathToFileURL(path.join(E2E_DIR, file)).href);
      const list = module.default;
      if (!Array.isArray(list)) {
        throw plainError("default export must be an array of { name, run } tests");
      }
      for (const test of list) {
        if (typeof test?.name !== "string" || test.name === "" || typeof test.run !== "function") {
          throw plainError(
            `every test needs a non-empty string name and a run function, got ${String(test?.name)}`,
          );
        }
        if (seenNames.has(test.name)) {
          throw plainError(`duplicate test name ${JSON.stringify(test.name)}`);
        }
        seenNames.add(test.name);
      }
      for (const test of list) {
        if (
          needle === "" ||
          test.name.toLowerCase().includes(needle) ||
          file.toLowerCase().includes(needle)
        ) {
          tests.push({ test, file });
        }
      }
    } catch (error) {
      loadErrors.push({ file, error });
    }
  }
  return { tests, loadErrors };
}

/**
 * Runs one test with its own context, watchers and servers, and always tears them down.
 * @param {E2ETest} test
 * @param {{ browser: Browser, server: StaticServer }} shared
 * @returns {Promise<{ ms: number, error?: string }>}
 */
async function runTest(test, { browser, server }) {
  const started = performance.now();
  /** @type {BrowserContext[]} */
  const contexts = [];
  /** @type {{ page: Page, watch: import("./browser.mjs").PageWatch }[]} */
  const pages = [];
  /** @type {StaticServer[]} */
  const servers = [];

  /** @param {BrowserContextOptions} [options] */
  const openContext = async (options) => {
    const context = await browser.newContext(options);
    contexts.push(context);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    // Tests must never reach beyond this machine; such requests are also reported by the watcher.
    await context.route(
      (url) => !isLoopback(url),
      (route) => route.abort("blockedbyclient"),
    );
    return context;
  };

  /** @type {string | undefined} */
  let error;
  try {
    const context = await openContext();
    /** @type {TestContext} */
    const t = {
      baseUrl: server.url,
      origin: server.origin,
      distDir: DIST_DIR,
      browser,
      context,
      newPage: async ({ origin = server.origin, ignore = [], contextOptions } = {}) => {
        const pageContext = contextOptions ? await openContext(contextOptions) : context;
        const page = await pageContext.newPage();
        pages.push({ page, watch: watchPage(page, { origin, ignore }) });
        return page;
      },
      screenshot: async (page, name, options = {}) => {
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const file = path.join(SCREENSHOT_DIR, `${safeFileName(name)}.png`);
        await page.screenshot({ ...options, path: file });
        return file;
      },
      serve: async (options = {}) => {
        const extra = await startStaticServer({ root: DIST_DIR, ...options });
        servers.push(extra);
        return extra;
      },
    };

    await withTimeout(test.run(t), test.timeout ?? DEFAULT_TIMEOUT_MS);

    const problems = pages.flatMap(({ watch }) => {
      try {
        watch.assertClean();
        return [];
      } catch (problem) {
        return [problem instanceof Error ? problem.message : String(problem)];
      }
    });
    if (problems.length > 0) {
      error = problems.join("\n");
    }
  } catch (caught) {
    error = formatError(caught);
    // What the page reported often explains a failed wait, so show it with the error.
    const problems = pages.flatMap(({ watch }) => watch.problems());
    if (problems.length > 0) {
      error += `\n\npage problems seen before the failure:\n${problems.map((p) => `  - ${p}`).join("\n")}`;
    }
  }
  try {
    if (error !== undefined) await saveFailureScreenshots(test.name, pages);
  } finally {
    await withTimeout(
      Promise.allSettled([...contexts.map((c) => c.close()), ...servers.map((s) => s.close())]),
      CLEANUP_TIMEOUT_MS,
    ).catch(() => {});
  }
  return { ms: Math.round(performance.now() - started), error };
}

/**
 * @param {string} testName
 * @param {{ page: Page }[]} pages
 */
async function saveFailureScreenshots(testName, pages) {
  for (const [index, { page }] of pages.entries()) {
    if (page.isClosed()) continue;
    const suffix = pages.length > 1 ? `-${index + 1}` : "";
    try {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `FAILED-${safeFileName(testName)}${suffix}.png`),
        timeout: 5_000,
      });
    } catch {
      // The page may be wedged or gone; the test error is what matters.
    }
  }
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 */
async function withTimeout(promise, ms) {
  // A timed-out test body keeps running until its context closes; its later rejection is expected.
  promise.catch(() => {});
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      reject(plainError(`timed out after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** @param {URL} url */
function isLoopback(url) {
  const host = url.hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * An Error printed without a stack: for errors whose stack would point into the runner, not the test.
 * @param {string} message
 */
function plainError(message) {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/** @param {string} name */
function safeFileName(name) {
  return name.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "screenshot";
}

// Playwright colours its call logs even when stdout is not a terminal.
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/** @param {unknown} error */
function formatError(error) {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return process.stdout.isTTY ? text : text.replace(ANSI_ESCAPE, "");
}

/** @param {string} text */
function indent(text) {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const code = await main(process.argv.slice(2).join(" "));
  // Exit explicitly: a timed-out test body may still hold timers or sockets open.
  process.exit(code);
}
