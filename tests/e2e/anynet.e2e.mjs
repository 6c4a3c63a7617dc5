// Any network, not only the 1958 stars (issue 18), end to end on the production build: an imported
// network speaks its own words.

import path from "node:path";
import { fileURLToPath } from "node:url";

const GRAPH = '[data-testid="graph"]';
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/import");
const VIEWPORT = { width: 1366, height: 768 };
/** Words of the 1958 article, in either language. */
const WORDS_OF_1958 = /1958|article|commander|factory|factories|统帅|中型厂|小型厂|原文/i;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Opens the explorer and a file through the picker; resolves once the report says it opened.
 * @param {import("playwright-core").Page} page @param {string} baseUrl @param {string[]} files
 */
async function openThroughPicker(page, baseUrl, files, query = "") {
  await page.goto(`${baseUrl}${query}`);
  await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
  await page.getByTestId("open-data-input").setInputFiles(files.map((f) => path.join(FIXTURES, f)));
  const dialog = page.locator('[data-testid="import-dialog"][data-phase="opened"]');
  await dialog.waitFor();
  return dialog;
}

export default [
  {
    name: "anynet: an imported edge list's legend, filters and report use no 1958 words, in both languages",
    async run({ newPage, baseUrl, screenshot }) {
      for (const lang of ["en", "zh"]) {
        const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
        const dialog = await openThroughPicker(page, baseUrl, ["trade.links.valid.csv"], `?lang=${lang}`);
        const report = await dialog.textContent();
        assert(!WORDS_OF_1958.test(report), `report (${lang}): ${report}`);
        await dialog.getByRole("button", { name: lang === "en" ? "Show the network" : "查看网络" }).click();
        const legend = await page.locator(".legend").textContent();
        assert(!WORDS_OF_1958.test(legend), `legend (${lang}): ${legend}`);
        assert(legend.includes(lang === "en" ? "Hub" : "枢纽"), `legend (${lang}): ${legend}`);
        const levels = await page.locator(".legend li[title]").count();
        assert(
          levels === 1,
          `the legend lists ${levels} provenance levels; the file has only documented records`,
        );
        const filters = await page.locator(".filter-panel, aside").first().textContent();
        assert(!WORDS_OF_1958.test(filters), `filters (${lang}): ${filters}`);
        await screenshot(page, `anynet-legend-${lang}`);
      }
    },
  },
];
