// Smoke tests: the built app loads, renders its root and stays clean (no errors, no failed or foreign
// requests), both at the server root and from a sub-path of a static host.

import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const APP_ROOT = '[data-testid="app-root"]';

async function openApp(page: Page, url: string) {
  await page.goto(url);
  await expect(page).not.toHaveTitle("");
  await page.locator(APP_ROOT).first().waitFor({ state: "visible" });
}

test("smoke: app renders at the server root", async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  await expect(page).toHaveScreenshot("smoke.png");
});

test("smoke: app renders from a sub-path", async ({ newPage, serve }) => {
  const subPath = await serve({ basePath: "/some/sub/path/" });
  const page = await newPage({ origin: subPath.origin });
  await openApp(page, subPath.url);
  expect(new URL(page.url()).pathname).toMatch(/^\/some\/sub\/path\//);
});
