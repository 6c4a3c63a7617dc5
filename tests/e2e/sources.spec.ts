// The sources panel and the credit of the page and the exports (issue 19, item 5): the article in
// both languages with its headline and dateline, every other source grouped by reliability with a
// real link and the records that cite it, and an SVG export that credits all of them.

import fs from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectAxeClean, openExplorer, readDataset } from "./support/helpers";

const LAPTOP = { viewport: { width: 1366, height: 768 } };

async function openSources(page: Page, name: RegExp) {
  await page.locator(".panel-bar").getByRole("button", { name }).click();
  const dialog = page.getByTestId("sources-dialog");
  await dialog.waitFor();
  return dialog;
}

test("sources: the article side by side, the bibliography by reliability with links and citing records", async ({
  newPage,
  baseUrl,
}) => {
  const dataset = readDataset();
  const article = dataset.article;
  if (!article) throw new Error("the dataset has its article");
  const page = await newPage({ contextOptions: LAPTOP });
  await openExplorer(page, baseUrl);
  const others = dataset.sources.length;
  await expect(page.locator(".source-line")).toHaveText(
    `Sources: People's Daily, 25 March 1958, p. 3, and ${others} other sources`,
  );
  const dialog = await openSources(page, /^Sources$/);

  // Headline and dateline in both languages, the two texts side by side (same rows, two columns).
  await expect(dialog.getByTestId("headline-zh")).toHaveText(article.title.zh ?? "");
  await expect(dialog.getByTestId("headline-en")).toHaveText(article.title.en ?? "");
  await expect(dialog.getByText(article.dateline?.zh ?? "", { exact: true })).toBeVisible();
  await expect(dialog.getByText(article.dateline?.en ?? "", { exact: true })).toBeVisible();
  const zhBody = dialog.locator('p.article-cell[lang="zh"]').first();
  const enBody = dialog.locator('p.article-cell[lang="en"]').first();
  await expect(zhBody).toContainText("山西省国营工业正在充分挖掘企业内部潜力");
  await expect(enBody).toContainText("State-owned industries in Shanxi Province");
  const [zhBox, enBox] = [await zhBody.boundingBox(), await enBody.boundingBox()];
  expect(zhBox && enBox && Math.abs(zhBox.y - enBox.y) < 2 && enBox.x > zhBox.x + zhBox.width).toBeTruthy();
  // The whole Chinese text is there, to its last sentence.
  await expect(dialog.locator('p.article-cell[lang="zh"]').last()).toContainText("生产、建设上的问题");

  // Every source once, under its reliability, in the order primary → modern geodata.
  const entries = dialog.locator(".bibliography-entry");
  await expect(entries).toHaveCount(others);
  await expect(dialog.locator(".bibliography-group h4")).toHaveText([
    /^primary source \(1\)/,
    /^secondary source/,
    /^tertiary source/,
    /^modern geodata/,
  ]);
  // Each URL is a real link that opens in a new tab, without handing over the opener.
  const withUrl = dataset.sources.filter((s) => s.url);
  const links = dialog.locator(".bibliography-entry a[href]");
  await expect(links).toHaveCount(withUrl.length);
  for (const source of withUrl) {
    const link = dialog.locator(`[data-source-id="${source.id}"] a`);
    await expect(link).toHaveAttribute("href", source.url ?? "");
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", /noopener/);
  }
  // The records that cite a source: the Fenxi history documents the Fenxi Mining Administration.
  const fenxi = dialog.locator('[data-source-id="src-fenxi-history"]');
  await expect(fenxi.locator(".bibliography-cited")).toContainText("Fenxi Mining Administration");
  await expectAxeClean(page, "the sources panel");

  // A citing enterprise is one click from the graph: the dialog closes and the enterprise is selected.
  await fenxi.getByRole("button", { name: /Fenxi Mining Administration/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("details")).toContainText("Fenxi Mining Administration");
});

test("sources in Chinese: credit, headings and notes in Chinese", async ({ newPage, baseUrl }) => {
  const page = await newPage({ contextOptions: LAPTOP });
  await openExplorer(page, `${baseUrl}?lang=zh`);
  const others = readDataset().sources.length;
  await expect(page.locator(".source-line")).toHaveText(
    `来源: 《人民日报》1958年3月25日第3版及其他 ${others} 种来源`,
  );
  const dialog = await openSources(page, /^来源$/);
  await expect(dialog.getByRole("heading", { level: 2 })).toHaveText("来源");
  await expect(dialog.locator(".sources-credit")).toHaveText("《人民日报》1958年3月25日第3版");
  await expect(dialog.locator(".bibliography-group h4").first()).toHaveText(/^一手资料/);
  // A source that cannot be found again says why, in Chinese.
  await expect(dialog.locator('[data-source-id="src-datong-jianshi"] .source-unfindable')).toHaveText(
    /^未保存网址/,
  );
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

async function exportSvg(page: Page): Promise<string> {
  await page.getByRole("button", { name: /^(Export|导出)$/ }).click();
  const dialog: Locator = page.getByRole("dialog");
  await dialog.getByRole("radio", { name: /^SVG/ }).check();
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    dialog.getByRole("button", { name: /^(Download|下载)$/ }).click(),
  ]);
  const filePath = await file.path();
  await page.keyboard.press("Escape");
  return fs.readFileSync(filePath, "utf8");
}

for (const [lang, expected] of [
  ["en", "People's Daily, 25 March 1958, p. 3, and {n} other sources (see the link)"],
  ["zh", "《人民日报》1958年3月25日第3版及其他 {n} 种来源（详见链接）"],
] as const) {
  test(`sources: the exported SVG credits the article and the other sources (${lang})`, async ({
    newPage,
    baseUrl,
  }) => {
    test.setTimeout(120_000);
    const page = await newPage({ contextOptions: LAPTOP });
    await openExplorer(page, `${baseUrl}?lang=${lang}&sector=coal`);
    const svg = await exportSvg(page);
    const caption = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return [...doc.querySelectorAll("#caption text")].map((el) => el.textContent).join("");
    }, svg);
    // Lines may wrap at any space: compare without them.
    const squeeze = (text: string) => text.replace(/\s+/g, "");
    expect(squeeze(caption)).toContain(
      squeeze(expected.replace("{n}", String(readDataset().sources.length))),
    );
  });
}

test("legend: one line-style row per combination of support drawn, on screen and in the SVG (item 4)", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(120_000);
  const page = await newPage({ contextOptions: LAPTOP });
  await openExplorer(page, baseUrl);
  await page.locator('.panel-bar button[data-panel="legend"]').click();
  const rows = page.getByTestId("legend-support").locator("li[data-line-style]");
  await expect(rows).toHaveText([
    "Technical instruction + Help with production and construction problems",
    "Technical personnel + Equipment + Materials",
    "Equipment + Materials",
    "Support not stated",
  ]);
  const svg = await exportSvg(page);
  const marks = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const dashes = new Set(
      [...doc.querySelectorAll("#edges line")].map((l) => l.getAttribute("stroke-dasharray") ?? "solid"),
    );
    const legend = [...doc.querySelectorAll("#legend-support line")];
    const widest = Math.max(...legend.map((l) => Number(l.getAttribute("stroke-width"))));
    const styleRows = legend.filter((l) => Number(l.getAttribute("stroke-width")) === widest);
    const rowDashes = new Set(styleRows.map((l) => l.getAttribute("stroke-dasharray") ?? "solid"));
    return { drawn: dashes.size, rows: styleRows.length, distinctRows: rowDashes.size, all: legend.length };
  }, svg);
  // Four styles drawn, four style rows that differ, and one more for the thinner illustrative links.
  expect(marks).toEqual({ drawn: 4, rows: 4, distinctRows: 4, all: 5 });
});
