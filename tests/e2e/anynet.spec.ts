// Any network, not only the 1958 stars (issue 18), end to end on the production build: an imported
// network speaks its own words.

import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, repoPath, test } from "./support/fixtures";
import { GRAPH_READY } from "./support/helpers";

const FIXTURES = repoPath("fixtures/import");
const VIEWPORT = { width: 1366, height: 768 };
/** Words of the 1958 article, in either language. */
const WORDS_OF_1958 = /1958|article|commander|factory|factories|统帅|中型厂|小型厂|原文/i;

/** Opens the explorer and a file through the picker; resolves once the report says it opened. */
async function openThroughPicker(page: Page, baseUrl: string, files: string[], query = "") {
  await page.goto(`${baseUrl}${query}`);
  await page.locator(GRAPH_READY).waitFor();
  await page.getByTestId("open-data-input").setInputFiles(files.map((f) => path.join(FIXTURES, f)));
  const dialog = page.locator('[data-testid="import-dialog"][data-phase="opened"]');
  await dialog.waitFor();
  return dialog;
}

test("anynet: an imported edge list's legend, filters and report use no 1958 words, in both languages", async ({
  newPage,
  baseUrl,
}) => {
  for (const lang of ["en", "zh"]) {
    const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
    const dialog = await openThroughPicker(page, baseUrl, ["trade.links.valid.csv"], `?lang=${lang}`);
    await expect(dialog, `report (${lang})`).not.toHaveText(WORDS_OF_1958);
    await dialog.getByRole("button", { name: lang === "en" ? "Show the network" : "查看网络" }).click();
    const legend = page.locator(".legend");
    await expect(legend, `legend (${lang})`).toContainText(lang === "en" ? "Hub" : "枢纽");
    await expect(legend, `legend (${lang})`).not.toHaveText(WORDS_OF_1958);
    await expect(
      page.locator(".legend li[title]"),
      "the legend lists one provenance level: the file has only documented records",
    ).toHaveCount(1);
    await expect(page.locator(".filter-panel, aside").first(), `filters (${lang})`).not.toHaveText(
      WORDS_OF_1958,
    );
    await expect(page).toHaveScreenshot(`anynet-legend-${lang}.png`);
  }
});
