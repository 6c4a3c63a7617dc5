// Smoke tests: the built app loads, renders its root and stays clean (no errors, no failed or foreign
// requests), both at the server root and from a sub-path of a static host.

const APP_ROOT = '[data-testid="app-root"]';

/**
 * @param {import("playwright-core").Page} page
 * @param {string} url
 */
async function openApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.title.trim() !== "");
  await page.locator(APP_ROOT).first().waitFor({ state: "visible" });
}

/** @type {import("./run.mjs").E2ETest[]} */
export default [
  {
    name: "smoke: app renders at the server root",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage();
      await openApp(page, baseUrl);
      await screenshot(page, "smoke");
    },
  },
  {
    name: "smoke: app renders from a sub-path",
    async run({ newPage, serve }) {
      const subPath = await serve({ basePath: "/some/sub/path/" });
      const page = await newPage({ origin: subPath.origin });
      await openApp(page, subPath.url);
      const loaded = new URL(page.url());
      if (!loaded.pathname.startsWith("/some/sub/path/")) {
        throw new Error(`expected to stay under /some/sub/path/, ended at ${page.url()}`);
      }
    },
  },
];
