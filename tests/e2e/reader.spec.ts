// What a demanding reader tripped on (issue #19, items 1, 2, 3, 9, 10 and 11): a selection the filters
// hide, embeds that grow, export headings, search by region, the table and details for a historian,
// and the smaller aids (notes on dropped link values, skip link, wheel step, hover names, first paint).

import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { openExplorer, openFilters, readDataset, shownIds } from "./support/helpers";

const LAPTOP = { viewport: { width: 1366, height: 768 } };

test.describe("a selection the filters hide", () => {
  test("says so with Show it, which widens the filters until the selection is drawn", async ({
    newPage,
    baseUrl,
  }) => {
    const page = await newPage({ contextOptions: LAPTOP });
    await openExplorer(page, `${baseUrl}?sector=power&node=datong-mining`);
    const notice = page.getByTestId("hidden-selection");
    await expect(notice).toContainText("Datong Mining Administration is hidden by your filters");
    expect(await shownIds(page)).not.toContain("datong-mining");

    await notice.getByRole("button", { name: "Show it" }).click();
    await expect(notice).toBeHidden();
    await expect.poll(() => shownIds(page)).toContain("datong-mining");
    expect(new URL(page.url()).searchParams.get("sector")).toBe("power,coal");
    await expect(page.getByTestId("details")).toBeVisible();
  });

  test("Clear drops the selection; a filter that hides it later brings the notice back, in Chinese too", async ({
    newPage,
    baseUrl,
  }) => {
    const page = await newPage({ contextOptions: LAPTOP });
    await openExplorer(page, `${baseUrl}?node=datong-mining&lang=zh`);
    await expect(page.getByTestId("details")).toBeVisible();
    await expect(page.getByTestId("hidden-selection")).toHaveCount(0);

    await page.goto(`${baseUrl}?node=datong-mining&lang=zh&sector=agmach`);
    const notice = page.getByTestId("hidden-selection");
    await expect(notice).toContainText("大同矿务局被当前筛选条件隐藏了");
    await notice.getByRole("button", { name: "取消选择" }).click();
    await expect(page.getByTestId("details")).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get("node")).toBeNull();
  });
});

test.describe("filtered exports", () => {
  const cases = [
    { query: "tier=commander", lang: "en" },
    { query: "tier=commander&lang=zh", lang: "zh" },
    { query: "prov=illustrative&lang=zh", lang: "zh" },
    { query: "prov=illustrative", lang: "en" },
  ] as const;
  for (const { query, lang } of cases) {
    test(`?${query}: the SVG heads every network with a node in the figure`, async ({ newPage, baseUrl }) => {
      test.setTimeout(180_000);
      const page = await newPage({ contextOptions: LAPTOP });
      await openExplorer(page, `${baseUrl}?${query}`);
      await page.getByRole("button", { name: /^(Export|导出)$/ }).click();
      const dialog = page.getByRole("dialog");
      // The dialog may still be settling its choices when it first shows: check until SVG stays chosen.
      await expect(async () => {
        await dialog.getByRole("radio", { name: /^SVG/ }).check({ timeout: 5_000 });
      }).toPass();
      const [file] = await Promise.all([
        page.waitForEvent("download", { timeout: 60_000 }),
        dialog.getByRole("button", { name: /^(Download|下载)$/ }).click(),
      ]);
      const svg = fs.readFileSync((await file.path()) ?? "", "utf8");
      const drawn = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const ids = (selector: string) =>
          [...doc.querySelectorAll(selector)].map((el) => el.getAttribute("data-id") ?? "");
        const titles = [...doc.querySelectorAll("#labels text")].filter((el) =>
          el.getAttribute("data-id")?.startsWith("cluster-title:"),
        );
        return {
          nodes: ids("#nodes path"),
          titles: titles.map((el) => ({ id: el.getAttribute("data-id") ?? "", text: el.textContent ?? "" })),
        };
      }, svg);
      const dataset = readDataset();
      const sectorOf = new Map(dataset.enterprises.map((e) => [e.id, e.sector]));
      const sectorsDrawn = [...new Set(drawn.nodes.map((id) => sectorOf.get(id)))].sort();
      expect(sectorsDrawn.length, "networks with a node in the figure").toBeGreaterThan(1);
      expect(drawn.titles.map((t) => t.id.replace("cluster-title:", "")).sort()).toEqual(sectorsDrawn);
      for (const title of drawn.titles) {
        const sector = dataset.sectors.find((s) => `cluster-title:${s.id}` === title.id);
        const name = sector?.name[lang] ?? "";
        expect(title.text.replace(/\s+/g, ""), `${title.id} in ${lang}`).toContain(
          name.replace(/\s+/g, "").slice(0, 4),
        );
      }
    });
  }
});

test.describe("search by region", () => {
  const inRegion = (region: string) => {
    const dataset = readDataset();
    const parent = new Map(dataset.regions.map((r) => [r.id, r.parent]));
    const within = (id: string | undefined): boolean =>
      id !== undefined && (id === region || within(parent.get(id)));
    return dataset.enterprises.filter((e) => within(e.region)).map((e) => e.id);
  };
  const tableRows = (page: Page) => page.locator('[data-testid="enterprise-table"] tbody tr');

  for (const { query, region } of [
    { query: "Yanbei", region: "yanbei" },
    { query: "雁北", region: "yanbei" },
    { query: "Taiyuan", region: "taiyuan" },
  ]) {
    test(`"${query}" lists every enterprise of the region in the table and offers its filter`, async ({
      newPage,
      baseUrl,
    }) => {
      const page = await newPage({ contextOptions: LAPTOP });
      await page.goto(`${baseUrl}?view=table`);
      await page.getByTestId("enterprise-table").waitFor();
      await openFilters(page);
      await page.getByLabel(/^(Search|搜索)$/).fill(query);
      const members = inRegion(region);
      expect(members.length).toBeGreaterThan(region === "yanbei" ? 20 : 5);
      await expect(tableRows(page)).toHaveCount(members.length);
      const ids = await tableRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute("data-id")));
      expect(ids.sort()).toEqual([...members].sort());
      if (region === "taiyuan") expect(ids).toContain("xishan-mining");

      await page.getByTestId("region-suggestions").getByRole("button").first().click();
      await expect.poll(() => new URL(page.url()).searchParams.get("region")).toBe(region);
      expect(new URL(page.url()).searchParams.get("q")).toBeNull();
      await expect(tableRows(page)).toHaveCount(members.length);
    });
  }
});
