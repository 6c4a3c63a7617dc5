// The map for imported data (issue 17): a dataset whose regions have points gets the map, with the rivers
// only where they are (Shanxi's extent); one without points keeps Map disabled and says why.

import fs from "node:fs";
import type { Page } from "@playwright/test";
import type { Dataset } from "../../src/data/schema";
import { expect, repoPath, test } from "./support/fixtures";
import { GRAPH, openExplorer, waitForGraphAtRest } from "./support/helpers";

const LAPTOP = { width: 1366, height: 768 };
const minimal = (): Dataset => JSON.parse(fs.readFileSync(repoPath("fixtures/minimal.valid.json"), "utf8"));

/** The minimal fixture's regions placed in Jiangsu, far east of the rivers' file. */
function elsewhere(): Dataset {
  const dataset = minimal();
  const points: Record<string, { lon: number; lat: number; confidence?: string }> = {
    north: { lon: 119.4, lat: 33.0 },
    lingqiu: { lon: 118.8, lat: 33.3 },
    hunyuan: { lon: 120.2, lat: 33.1, confidence: "check" },
    south: { lon: 119.9, lat: 31.8 },
    linfen: { lon: 119.5, lat: 31.4 },
    taiyuan: { lon: 118.8, lat: 32.05 },
  };
  return {
    ...dataset,
    id: "elsewhere",
    regions: dataset.regions.map((region) => ({ ...region, point: points[region.id] })),
  } as Dataset;
}

/** Serves datasets from test-data/ on the app's own origin and notes every request for the rivers. */
async function serveData(page: Page, baseUrl: string, files: Record<string, Dataset>) {
  const rivers: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".geojson")) rivers.push(request.url());
  });
  for (const [name, dataset] of Object.entries(files))
    await page.route(`${baseUrl}test-data/${name}`, (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify(dataset) }),
    );
  return rivers;
}

test.use({ viewport: LAPTOP });

test("map, imported: points outside Shanxi get the map without rivers", async ({ page, baseUrl }) => {
  const rivers = await serveData(page, baseUrl, { "elsewhere.json": elsewhere() });
  await openExplorer(page, `${baseUrl}?data=test-data/elsewhere.json&view=map`);
  const base = page.getByTestId("map-base");
  await expect(base).toHaveAttribute("data-rivers", "0");
  await waitForGraphAtRest(page);
  const at = (id: string) => page.$eval(GRAPH, (graph, node) => graph.graphProbe.positionOf(node), id);
  // Lingqiu (118.8 E) is west of Hunyuan (120.2 E); North (33.0 N) above South (31.8 N, via Linfen at 31.4 N).
  const [lingqiu, hunyuan, linfen] = [await at("ag-m1"), await at("ag-s1"), await at("ag-s2")];
  expect(lingqiu?.x ?? 0).toBeLessThan(hunyuan?.x ?? 0);
  expect(lingqiu?.y ?? 0).toBeLessThan(linfen?.y ?? 0);
  await expect(page.getByTestId("map-key")).toBeVisible();
  await expect(page.getByTestId("map-credit"), "no rivers, no rivers' credit").toHaveCount(0);
  expect(rivers, "the rivers file is not asked for").toEqual([]);
});

test("map, imported: without points Map is disabled and says why, in English and Chinese", async ({
  page,
  baseUrl,
}) => {
  await serveData(page, baseUrl, { "minimal.json": minimal() });
  await openExplorer(page, `${baseUrl}?data=test-data/minimal.json&view=map`);
  const map = page.getByRole("button", { name: "Map", exact: true });
  await expect(map).toBeDisabled();
  await expect(map).toHaveAccessibleDescription(/no region of this dataset has a point/);
  await expect(page.getByTestId("map-base")).toHaveCount(0);
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("button", { name: "地图", exact: true })).toHaveAccessibleDescription(
    /地区都没有坐标/,
  );
});
