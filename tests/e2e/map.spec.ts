// The map view (issue 17): the five networks on a schematic map of Shanxi, each county's factories at
// its seat, reached from the stars by a morph. Positions are read through the graph's probe.

import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectAxeClean, GRAPH, openExplorer, waitForGraphAtRest } from "./support/helpers";

const LAPTOP = { width: 1366, height: 768 };
const RIVERS = "data/geo/shanxi-rivers.geojson";
/** One small factory in each of these counties, alone at its seat. */
const AT = {
  hequ: "agmach-s-hequ",
  guangling: "agmach-s-guangling",
  tianzhen: "agmach-s-tianzhen",
  ruicheng: "agmach-s-ruicheng",
};

const positionOf = (page: Page, id: string) =>
  page.$eval(GRAPH, (graph, node) => graph.graphProbe.positionOf(node), id);

const positionsOf = (page: Page, ids: readonly string[]) =>
  page.$eval(GRAPH, (graph, list) => list.map((id) => graph.graphProbe.positionOf(id)), ids);

async function openMap(page: Page, url: string) {
  await openExplorer(page, url);
  await page.locator('[data-testid="map-base"][data-rivers]').waitFor();
  await waitForGraphAtRest(page);
}

test.use({ viewport: LAPTOP });

test("map: view=map puts Hequ left of Guangling and Tianzhen above Ruicheng", async ({ page, baseUrl }) => {
  await openMap(page, `${baseUrl}?view=map`);
  const hequ = await positionOf(page, AT.hequ);
  const guangling = await positionOf(page, AT.guangling);
  const tianzhen = await positionOf(page, AT.tianzhen);
  const ruicheng = await positionOf(page, AT.ruicheng);
  if (!hequ || !guangling || !tianzhen || !ruicheng) throw new Error("a county factory is not shown");
  expect(hequ.x).toBeLessThan(guangling.x - 100);
  expect(tianzhen.y).toBeLessThan(ruicheng.y - 200);
  await expect(page.getByRole("button", { name: "Map", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("map: the morph from the stars ends at the map's positions, and back", async ({
  page,
  baseUrl,
  newPage,
}) => {
  const ids = Object.values(AT).concat(["agmach-c1", "fenjiu", "datong-mining"]);
  const reference = await newPage();
  await reference.setViewportSize(LAPTOP);
  await openMap(reference, `${baseUrl}?view=map`);
  const onMap = await positionsOf(reference, ids);

  await openExplorer(page, baseUrl);
  await waitForGraphAtRest(page);
  const stars = await positionsOf(page, ids);
  // The nodes travel: sampled in the page on every frame, since the morph lasts under a second.
  await page.$eval(GRAPH, (graph) => {
    const seen = { animated: false };
    Object.assign(window, { morphSeen: seen });
    const sample = () => {
      if (graph.graphProbe.animating()) seen.animated = true;
      else requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await page.getByTestId("map-base").waitFor();
  await page.waitForFunction(
    () => (window as unknown as { morphSeen: { animated: boolean } }).morphSeen.animated,
  );
  await waitForGraphAtRest(page);
  const after = await positionsOf(page, ids);
  after.forEach((at, i) => {
    expect(at?.x).toBeCloseTo(onMap[i]?.x ?? Number.NaN, 0);
    expect(at?.y).toBeCloseTo(onMap[i]?.y ?? Number.NaN, 0);
  });
  expect(page.url()).toContain("view=map");

  await page.getByRole("button", { name: "Graph", exact: true }).click();
  await expect(page.getByTestId("map-base")).toHaveCount(0);
  await waitForGraphAtRest(page);
  const back = await positionsOf(page, ids);
  back.forEach((at, i) => {
    expect(at?.x).toBeCloseTo(stars[i]?.x ?? Number.NaN, 0);
    expect(at?.y).toBeCloseTo(stars[i]?.y ?? Number.NaN, 0);
  });
});

test("map: under reduced motion the switch is instant", async ({ newPage, baseUrl }) => {
  const page = await newPage({ contextOptions: { viewport: LAPTOP, reducedMotion: "reduce" } });
  await openExplorer(page, baseUrl);
  await waitForGraphAtRest(page);
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await page.getByTestId("map-base").waitFor();
  expect(await page.$eval(GRAPH, (graph) => graph.graphProbe.animating())).toBe(false);
  const hequ = await positionOf(page, AT.hequ);
  const guangling = await positionOf(page, AT.guangling);
  expect(hequ?.x ?? 0).toBeLessThan(guangling?.x ?? 0);
});

test("map: filters and selection stay; the rivers are fetched once", async ({ page, baseUrl }) => {
  const requested: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(RIVERS)) requested.push(request.url());
  });
  await openMap(page, `${baseUrl}?view=map&sector=coal&node=datong-mining`);
  const shown = await page.$eval(GRAPH, (graph) => graph.graphProbe.shownIds());
  expect(shown).toContain("datong-mining");
  expect(shown).not.toContain(AT.hequ);
  expect(await page.$eval(GRAPH, (graph) => graph.graphProbe.marked("selected"))).toEqual(["datong-mining"]);
  // Once the page's lazy views are in, switching views asks the network for nothing at all.
  await page.locator("html[data-views-loaded]").waitFor({ state: "attached" });
  const later: string[] = [];
  page.on("request", (request) => later.push(request.url()));
  await page.getByRole("button", { name: "Graph", exact: true }).click();
  await waitForGraphAtRest(page);
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await page.getByTestId("map-base").waitFor();
  await waitForGraphAtRest(page);
  expect(await page.$eval(GRAPH, (graph) => graph.graphProbe.marked("selected"))).toEqual(["datong-mining"]);
  expect(requested).toHaveLength(1);
  expect(later, "requests while switching views").toEqual([]);
});

test("map: the credit line and key are on screen, in both languages, and axe passes", async ({
  page,
  baseUrl,
}) => {
  await openMap(page, `${baseUrl}?view=map`);
  await expect(page.getByTestId("map-credit")).toContainText("Rivers: GSHHG (Wessel & Smith), LGPL-3.0");
  await expect(page.getByTestId("map-key")).toContainText("plotted at the modern seat");
  await expectAxeClean(page, "map view");
  await openMap(page, `${baseUrl}?view=map&lang=zh`);
  await expect(page.getByTestId("map-credit")).toContainText("河流：GSHHG");
  await expectAxeClean(page, "map view in Chinese");
});

test("map: screenshot of the map view", async ({ newPage, baseUrl }) => {
  const page = await newPage({
    contextOptions: { viewport: LAPTOP, reducedMotion: "reduce", colorScheme: "light" },
  });
  await openMap(page, `${baseUrl}?view=map`);
  await expect(page).toHaveScreenshot("map-1366x768.png");
});
