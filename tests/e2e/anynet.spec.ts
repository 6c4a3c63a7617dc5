// Any network, not only the 1958 stars (issue 18), end to end on the production build: an imported
// network speaks its own words, and its link weights are line widths.

import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, repoPath, test } from "./support/fixtures";
import { GRAPH, GRAPH_READY, openFilters, openPanel } from "./support/helpers";

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
    await openPanel(page, "legend");
    const legend = page.locator(".legend");
    await expect(legend, `legend (${lang})`).toContainText(lang === "en" ? "Hub" : "枢纽");
    await expect(legend, `legend (${lang})`).not.toHaveText(WORDS_OF_1958);
    await expect(
      page.locator(".legend li[title]"),
      "the legend lists one provenance level: the file has only documented records",
    ).toHaveCount(1);
    await openFilters(page);
    await expect(page.getByTestId("filters-panel"), `filters (${lang})`).not.toHaveText(WORDS_OF_1958);
    await expect(page).toHaveScreenshot(`anynet-legend-${lang}.png`);
  }
});

test("anynet: a weighted edge list draws its links in widths that follow the weights", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  const dialog = await openThroughPicker(page, baseUrl, ["trade.links.valid.csv"]);
  await dialog.getByRole("button", { name: "Show the network" }).click();
  const rows = fs
    .readFileSync(path.join(FIXTURES, "trade.links.valid.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1);
  // Link ids of an edge list are made from the row number: the first data row is row 2.
  const weighted = rows.map((row, i) => ({ id: `row-${i + 2}`, weight: Number(row.split(",")[2]) }));
  const widths = await page.$eval(
    GRAPH,
    (element, ids) => ids.map((id) => element.graphProbe.edgeWidth(id)),
    weighted.map((w) => w.id),
  );
  expect(
    widths.every((w) => typeof w === "number" && w > 0),
    `widths: ${widths.join()}`,
  ).toBe(true);
  expect(new Set(widths).size).toBeGreaterThan(10);
  for (let i = 1; i < weighted.length; i++) {
    const [a, b] = [weighted[i - 1], weighted[i]];
    const [wa, wb] = [widths[i - 1] ?? 0, widths[i] ?? 0];
    if (a && b && a.weight < b.weight)
      expect(wa, `${a.id} (${a.weight}) against ${b.id} (${b.weight})`).toBeLessThan(wb);
  }
});
