// The explorer end to end, on the production build: what a visitor sees and does with the five networks.

import type { Page } from "@playwright/test";
import type { Dataset } from "../../src/data/schema";
import { expect, test } from "./support/fixtures";
import {
  DESKTOP,
  expectSameIds,
  GRAPH,
  GRAPH_READY,
  openExplorer,
  openFilters,
  readDataset,
  shownIds,
  waitForGraphAtRest,
} from "./support/helpers";

const resultCount = (page: Page) => page.getByTestId("result-count");

/** Waits until the graph shows `count` enterprises. */
const waitForShownCount = (page: Page, count: number) =>
  expect.poll(async () => (await shownIds(page)).length).toBe(count);

/** Commanders of the given enterprises, from the dataset's links. */
function commandersOf(dataset: Dataset, ids: Iterable<string>) {
  const wanted = new Set(ids);
  return new Set(dataset.links.filter((l) => wanted.has(l.target)).map((l) => l.source));
}

test("explorer: shows all five networks and the wider ties by default", async ({ newPage, baseUrl }) => {
  const page = await newPage({ contextOptions: DESKTOP });
  await openExplorer(page, baseUrl);
  const dataset = readDataset();
  await openFilters(page);
  const sectorBoxes = page.locator('[data-facet="sectors"] input[type="checkbox"]');
  expect(await sectorBoxes.count(), "expected five network checkboxes and the wider ties").toBe(6);
  const ids = await shownIds(page);
  expect(ids.length, `expected every enterprise drawn, got ${ids.length}`).toBe(dataset.enterprises.length);
  const sectorsDrawn = new Set(dataset.enterprises.filter((e) => ids.includes(e.id)).map((e) => e.sector));
  expect(sectorsDrawn.size, `expected five networks and the wider ties drawn, got ${[...sectorsDrawn]}`).toBe(
    6,
  );
  await expect(resultCount(page)).toHaveText(new RegExp(`^\\s*${ids.length} of ${ids.length}`));
  await expect(page).toHaveScreenshot("explorer-default.png");
});

test("explorer: no two drawn labels overlap at the default size, whole view or one network", async ({
  newPage,
  baseUrl,
}) => {
  // The fewest labels each view must draw, so that "no overlap" is never true of an empty graph.
  const atLeast: Record<string, number> = {
    "": 5,
    "?focus=agmach": 5,
    "?focus=coal": 5,
    "?sector=specialty": 4,
  };
  for (const [query, fewest] of Object.entries(atLeast)) {
    const page = await newPage({ contextOptions: DESKTOP });
    await openExplorer(page, baseUrl + query);
    // Let a focus animation settle before measuring.
    await waitForGraphAtRest(page);
    const boxes = await page.$eval(GRAPH, (element) => element.graphProbe.labelBoxes());
    expect(boxes.length, `${query}: expected some labels drawn, got ${boxes.length}`).toBeGreaterThanOrEqual(
      fewest,
    );
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b) continue;
        const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        // A sliver of one pixel is not a pile-up; text over text is.
        if (overlapX > 1 && overlapY > 1) clashes.push(`${a.id} / ${b.id}`);
      }
    }
    expect(
      clashes.length,
      `${query || "default"}: overlapping labels ${clashes.slice(0, 8).join(", ")}`,
    ).toBe(0);
    await page.close();
  }
});

test("explorer: while the wheel zooms, labels keep their layout; they are laid out again once it pauses", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: DESKTOP });
  await openExplorer(page, baseUrl);
  await waitForGraphAtRest(page);
  const heights = await page.$eval(GRAPH, async (element) => {
    const commander = "agmach-c1";
    const height = () => {
      const box = element.graphProbe.labelBoxes().find((b) => b.id === commander);
      return box ? box.y2 - box.y1 : Number.NaN;
    };
    const before = height();
    const rect = element.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    // Small wheel steps, as a trackpad gives, until the zoom has doubled, all before a pause.
    const start = element.graphProbe.camera().zoom;
    const target = document.elementFromPoint(x, y) ?? element;
    for (let step = 0; step < 80 && element.graphProbe.camera().zoom < 2 * start; step++) {
      target.dispatchEvent(
        new WheelEvent("wheel", {
          bubbles: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          deltaY: -20,
        }),
      );
    }
    const during = height();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { before, during, after: height(), zoom: element.graphProbe.camera().zoom };
  });
  expect(
    Number.isFinite(heights.before),
    `the commander's label is drawn: ${JSON.stringify(heights)}`,
  ).toBeTruthy();
  // The zoom doubled: a label left as it was is drawn twice as tall; one laid out again is not.
  const scaled = heights.during / heights.before;
  expect(
    scaled > 1.8 && scaled < 2.3,
    `mid-gesture the label keeps its layout: ${JSON.stringify(heights)}`,
  ).toBeTruthy();
  expect(
    Math.abs(heights.after - heights.during),
    `after the pause the label is laid out for the new zoom: ${JSON.stringify(heights)}`,
  ).toBeGreaterThan(0.1 * heights.during);
});

test("explorer: one mouse-wheel notch zooms by 10-15 % at the pointer", async ({ newPage, baseUrl }) => {
  const page = await newPage();
  await openExplorer(page, baseUrl);
  await waitForGraphAtRest(page);
  const box = await page.locator(GRAPH).boundingBox();
  if (!box) throw new Error("no graph box");
  const zoom = () => page.$eval(GRAPH, (el) => el.graphProbe.camera().zoom);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = await zoom();
  await page.mouse.wheel(0, -100);
  await expect.poll(zoom).not.toBe(before);
  const ratio = (await zoom()) / before;
  expect(ratio, `zoomed ×${ratio}`).toBeGreaterThanOrEqual(1.1);
  expect(ratio, `zoomed ×${ratio}`).toBeLessThanOrEqual(1.15);
  await page.mouse.wheel(0, 100);
  await expect.poll(zoom).toBeCloseTo(before, 6);
});

test("explorer: hovering an enterprise whose label is thinned out draws its name, over no other", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage();
  await openExplorer(page, baseUrl);
  await waitForGraphAtRest(page);
  const hidden = await page.$eval(GRAPH, (el) => {
    const drawn = new Set(el.graphProbe.labelBoxes().map((box) => box.id));
    const id = el.graphProbe.shownIds().find((shown) => !drawn.has(shown) && /^agmach-[ms]/.test(shown));
    return id ? { id, at: el.graphProbe.positionOf(id) } : null;
  });
  if (!hidden?.at) throw new Error("every label is drawn: nothing to hover");
  const box = await page.locator(GRAPH).boundingBox();
  if (!box) throw new Error("no graph box");
  await page.mouse.move(box.x + hidden.at.x, box.y + hidden.at.y);
  await expect.poll(() => page.$eval(GRAPH, (el) => el.graphProbe.marked("hovered"))).toEqual([hidden.id]);
  await expect
    .poll(() => page.$eval(GRAPH, (el, id) => el.graphProbe.labelBoxes().some((b) => b.id === id), hidden.id))
    .toBe(true);
  const labels = await page.$eval(GRAPH, (el) => el.graphProbe.labelBoxes());
  const mine = labels.find((b) => b.id === hidden.id);
  const over = labels.filter(
    (b) => mine && b.id !== mine.id && b.x1 < mine.x2 && mine.x1 < b.x2 && b.y1 < mine.y2 && mine.y1 < b.y2,
  );
  expect(over.map((b) => b.id)).toEqual([]);
  await page.mouse.move(box.x + 30, box.y + box.height / 2, { steps: 4 });
  await expect.poll(() => page.$eval(GRAPH, (el) => el.graphProbe.marked("hovered"))).toEqual([]);
});

test("explorer: choosing Coal shows only coal enterprises and their commanders", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: DESKTOP });
  await openExplorer(page, baseUrl);
  const dataset = readDataset();
  await openFilters(page);
  await page.getByRole("checkbox", { name: /^Coal/ }).check();
  await page.waitForURL(/sector=coal/);
  const coal = dataset.enterprises.filter((e) => e.sector === "coal").map((e) => e.id);
  await waitForShownCount(page, coal.length);
  expectSameIds(await shownIds(page), coal, "coal filter");
  await expect(resultCount(page)).toHaveText(new RegExp(`^\\s*${coal.length} of`));
  await expect(page).toHaveScreenshot("explorer-coal.png");
});

test("explorer: once loaded, filtering and searching make no network request (not even for the favicon)", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: DESKTOP });
  await openExplorer(page, baseUrl);
  // Loaded: the panels' code, fetched once the page is idle, and what the filter panel loads when opened.
  await page.locator("html[data-views-loaded]").waitFor({ state: "attached" });
  await openFilters(page);
  const fetched = () => page.evaluate(() => performance.getEntriesByType("resource").length);
  let before = -1;
  await expect
    .poll(
      async () => {
        const now = await fetched();
        const settled = now === before;
        before = now;
        return settled;
      },
      { intervals: [500] },
    )
    .toBe(true);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const coal = page.getByRole("checkbox", { name: /^Coal/ });
  for (let i = 0; i < 3; i++) {
    await coal.check();
    await page.waitForURL(/sector=coal/);
    await coal.uncheck();
    await page.waitForURL((url) => !url.search.includes("sector="));
  }
  await page.getByRole("searchbox").fill("Tai");
  await page.waitForURL(/q=Tai/);
  await page.getByRole("searchbox").fill("");
  await page.waitForURL((url) => !url.search.includes("q="));
  // A request for the last change would have started by the frame that draws it.
  await waitForGraphAtRest(page);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  expect(requests.length, `requests while exploring: ${requests.slice(0, 5).join(", ")}`).toBe(0);
});

test("explorer: a region shows that region's factories plus their commanders", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: DESKTOP });
  await openExplorer(page, baseUrl);
  const dataset = readDataset();
  await openFilters(page);
  await page.getByRole("checkbox", { name: /^Jinnan Prefecture/ }).check();
  await page.waitForURL(/region=jinnan/);
  const jinnanCounties = new Set(dataset.regions.filter((r) => r.parent === "jinnan").map((r) => r.id));
  jinnanCounties.add("jinnan");
  const inRegion = dataset.enterprises.filter((e) => jinnanCounties.has(e.region ?? "")).map((e) => e.id);
  const expected = new Set([...inRegion, ...commandersOf(dataset, inRegion)]);
  await waitForShownCount(page, expected.size);
  expectSameIds(await shownIds(page), [...expected], "Jinnan filter");
  await expect(page).toHaveScreenshot("explorer-jinnan.png");
});

test("explorer: the table lists exactly the enterprises the graph shows", async ({ newPage, baseUrl }) => {
  const page = await newPage();
  await openExplorer(page, `${baseUrl}?sector=power,fert&tier=small`);
  const graphIds = await shownIds(page);
  const dataset = readDataset();
  const matching = dataset.enterprises
    .filter((e) => ["power", "fert"].includes(e.sector) && e.tier === "small")
    .map((e) => e.id);
  await page.getByRole("button", { name: "Table", exact: true }).click();
  const rows = page.locator('[data-testid="enterprise-table"] tbody tr');
  await rows.first().waitFor();
  const rowIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id") ?? ""));
  expectSameIds(rowIds, matching, "table rows");
  // The graph also draws the commanders as context; every other enterprise it draws is a table row.
  const commanders = commandersOf(dataset, matching);
  expectSameIds(
    graphIds.filter((id) => !commanders.has(id) || matching.includes(id)),
    rowIds,
    "graph vs table",
  );
  // Sorting by name keeps the same rows.
  await page.getByRole("button", { name: "Sort by Name" }).click();
  const sortedIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id") ?? ""));
  expectSameIds(sortedIds, rowIds, "sorted rows");
  // A row selects the node and goes back to the graph.
  await rows.first().getByRole("button").click();
  await page.locator(GRAPH_READY).waitFor();
  await page.waitForURL(new RegExp(`node=${encodeURIComponent(sortedIds[0] ?? "")}`));
  await page.getByTestId("details").waitFor();
});

test("explorer: a URL with parameters reopens the same view, and Back steps through views", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: DESKTOP });
  await openExplorer(page, `${baseUrl}?sector=coal&region=yuci&node=fenxi-mining&lang=zh`);
  const ids = await shownIds(page);
  expect(ids.includes("fenxi-mining"), "the selected commander is drawn").toBeTruthy();
  await openFilters(page);
  expect(
    await page.getByRole("checkbox", { name: /^煤炭网/ }).isChecked(),
    "coal checkbox checked",
  ).toBeTruthy();
  const details = page.getByTestId("details");
  await details.waitFor();
  await expect(details, "details show the selected enterprise in Chinese").toContainText("汾西矿务局");
  await expect(page).toHaveScreenshot("explorer-url-state.png");

  const reopened = await newPage();
  await openExplorer(reopened, page.url());
  expectSameIds(await shownIds(reopened), ids, "reopened view");

  await page.getByRole("checkbox", { name: /^动力网/ }).check();
  await page.waitForURL(/sector=coal,power/);
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes("power"));
  await waitForShownCount(page, ids.length);
});

test("explorer: bad URL values are ignored with a warning, not a crash", async ({ newPage, baseUrl }) => {
  const page = await newPage();
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await openExplorer(page, `${baseUrl}?sector=steel,coal&tier=giant&node=ghost&lang=fr`);
  expect(
    warnings.some((w) => w.includes('sector="steel"')),
    `warnings: ${warnings.join(" | ")}`,
  ).toBeTruthy();
  expect(
    warnings.some((w) => w.includes('node="ghost"')),
    "warns about the unknown node",
  ).toBeTruthy();
  // The reader is told once, on the page, what was left out; the note goes when dismissed.
  const note = page.getByTestId("link-notice");
  await expect(note).toBeVisible();
  for (const dropped of ["tier=giant", "lang=fr", "sector=steel", "node=ghost"])
    await expect(note).toContainText(dropped);
  await expect(note).not.toContainText("coal");
  await note.getByRole("button", { name: "Dismiss" }).click();
  await expect(note).toHaveCount(0);
  await openFilters(page);
  expect(
    await page.getByRole("checkbox", { name: /^Coal/ }).isChecked(),
    "the valid sector is kept",
  ).toBeTruthy();
});

test("explorer: a link whose values are all valid shows no note", async ({ newPage, baseUrl }) => {
  const page = await newPage();
  await openExplorer(page, `${baseUrl}?sector=coal&node=datong-mining&lang=zh`);
  await expect(page.getByTestId("details")).toBeVisible();
  await expect(page.getByTestId("link-notice")).toHaveCount(0);
});

test("explorer: switching language changes the labels, and search finds Chinese and pinyin", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: DESKTOP });
  await openExplorer(page, baseUrl);
  await page.getByRole("button", { name: "切换到中文" }).click();
  await page.waitForURL(/lang=zh/);
  await page.getByRole("heading", { level: 1, name: /山西/ }).waitFor();
  await openFilters(page);
  await expect(page.getByRole("checkbox", { name: /^煤炭网/ }), "sector names in Chinese").toBeVisible();
  await page.getByRole("searchbox").fill("datong");
  await page.waitForURL(/q=datong/);
  const byPinyin = await shownIds(page);
  expect(byPinyin.includes("datong-mining"), `pinyin search: ${byPinyin}`).toBeTruthy();
  await page.getByRole("searchbox").fill("大同矿务局");
  await expect.poll(() => shownIds(page)).toContain("datong-mining");
  await expect(page).toHaveScreenshot("explorer-zh-search.png");
});

test("explorer: clicking a node on the canvas opens its details with the article quote", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: DESKTOP });
  await openExplorer(page, `${baseUrl}?sector=agmach`);
  await waitForGraphAtRest(page);
  const position = await page.$eval(GRAPH, (element) => element.graphProbe.positionOf("agmach-c1"));
  if (!position) throw new Error("agmach-c1 is not drawn");
  await page.locator(GRAPH).click({ position });
  await page.waitForURL(/node=agmach-c1/);
  const details = page.getByTestId("details");
  await details.waitFor();
  await expect(details, "the attested quote in Chinese").toContainText("农业机械修配网的五个大型国营厂");
  await expect(details, "the provenance level").toContainText("Attested");
  await expect(page).toHaveScreenshot("explorer-details.png");
});

test("explorer: hiding illustrative records leaves only attested, documented and inferred ones", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage();
  await openExplorer(page, `${baseUrl}?prov=attested,documented,inferred`);
  const ids = await shownIds(page);
  const dataset = readDataset();
  const shown = dataset.enterprises.filter((e) => ids.includes(e.id));
  expect(shown.length, "something stays").toBeGreaterThan(0);
  const illustrative = shown.filter((e) => e.name.en?.startsWith("[Illustrative]"));
  expect(illustrative.length, `illustrative still shown: ${illustrative.map((e) => e.id)}`).toBe(0);
});

test("explorer: filters that match nothing show an empty state with a way out", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage();
  await openExplorer(page, `${baseUrl}?q=zzzzzz`);
  const empty = page.getByRole("status").filter({ hasText: "No enterprise matches" });
  await empty.waitFor();
  await empty.getByRole("button", { name: "Reset filters" }).click();
  await expect.poll(async () => (await shownIds(page)).length).toBeGreaterThan(100);
});
