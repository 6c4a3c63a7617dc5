// A layout by links (issue 18, item 2), end to end on the production build: an imported network that is
// not a forest of stars is laid out by its links in a worker, the report says so and switches to stars
// and back, and filters never lay it out again. Fixture: fixtures/import/grove.links.valid.csv, a
// hand-written edge list of three groves of trees (see fixtures/import/README.md).

import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, repoPath, test } from "./support/fixtures";
import { GRAPH, GRAPH_READY, openFilters, shownIds, waitForGraphAtRest } from "./support/helpers";

const GROVE = repoPath("fixtures/import/grove.links.valid.csv");
const VIEWPORT = { width: 1366, height: 768 };
const OPENED = '[data-testid="import-dialog"][data-phase="opened"]';

/** Counts the layout workers the page starts, by wrapping the Worker constructor before the app loads. */
async function countLayoutWorkers(page: Page) {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const started: string[] = [];
    Object.assign(window, { layoutWorkersStarted: started });
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (String(url).includes("linkLayoutWorker")) started.push(String(url));
      }
    };
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { layoutWorkersStarted: string[] }).layoutWorkersStarted.length,
    );
}

/**
 * Where each shown node sits in the model, relative to the first id given: the same whatever the camera
 * and wherever the packing moves the network.
 */
function shape(page: Page, ids: readonly string[]) {
  return page.$eval(
    GRAPH,
    (element, ids) => {
      const probe = element.graphProbe;
      const { x, y, zoom } = probe.camera();
      const box = element.getBoundingClientRect();
      const model = (id: string) => {
        const p = probe.positionOf(id);
        if (!p) throw new Error(`${id} is not drawn`);
        return { x: (p.x - box.width / 2) / zoom + x, y: (p.y - box.height / 2) / zoom + y };
      };
      const origin = model(ids[0] ?? "");
      return ids.map((id) => {
        const p = model(id);
        return { id, x: Math.round(p.x - origin.x), y: Math.round(p.y - origin.y) };
      });
    },
    ids,
  );
}

async function openGrove(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.locator(GRAPH_READY).waitFor();
  await page.getByTestId("open-data-input").setInputFiles(GROVE);
  const dialog = page.locator(OPENED);
  await dialog.waitFor();
  return dialog;
}

const GROVE_IDS = ["Alder", "Birch", "Elm", "Hazel", "Oak", "Spruce", "Yew", "Poplar"];

test("bylinks: an edge list of cross links is laid out by links, switches to stars and back, and filters keep it", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  const layoutWorkers = await countLayoutWorkers(page);
  const dialog = await openGrove(page, baseUrl);
  await expect(dialog.getByTestId("layout-result")).toHaveText("Laid out by links");
  await expect(dialog.getByRole("radio", { name: /^By links/ })).toBeChecked();
  expect(await layoutWorkers()).toBe(1);
  await waitForGraphAtRest(page);
  const byLinks = await shape(page, GROVE_IDS);

  await dialog.getByRole("radio", { name: /^As stars/ }).check();
  await expect(page.locator(`${OPENED} [data-testid="layout-result"]`)).toHaveText("Laid out as stars");
  await waitForGraphAtRest(page);
  const asStars = await shape(page, GROVE_IDS);
  expect(asStars, "the star layout puts the nodes elsewhere").not.toEqual(byLinks);

  await page
    .locator(OPENED)
    .getByRole("radio", { name: /^By links/ })
    .check();
  await expect(page.locator(`${OPENED} [data-testid="layout-result"]`)).toHaveText("Laid out by links");
  await waitForGraphAtRest(page);
  expect(await shape(page, GROVE_IDS), "back by links: the same positions").toEqual(byLinks);
  expect(await layoutWorkers(), "the positions by links were kept, not computed again").toBe(1);

  await page.locator(OPENED).getByRole("button", { name: "Show the network" }).click();
  await openFilters(page);
  await page.locator("#search-input").fill("e");
  await expect.poll(async () => (await shownIds(page)).length).toBeLessThan(22);
  await waitForGraphAtRest(page);
  const shown = GROVE_IDS.filter((id) => id.toLowerCase().includes("e"));
  const kept = byLinks.filter(({ id }) => shown.includes(id));
  const [origin] = kept;
  if (!origin) throw new Error("no grove id left shown");
  const filtered = await shape(page, shown);
  for (const [i, { id, x, y }] of filtered.entries()) {
    const { x: ex = 0, y: ey = 0 } = kept[i] ?? {};
    expect(Math.abs(x - (ex - origin.x)), `${id} x`).toBeLessThanOrEqual(1);
    expect(Math.abs(y - (ey - origin.y)), `${id} y`).toBeLessThanOrEqual(1);
  }
  await page.locator("#search-input").fill("");
  await expect.poll(async () => (await shownIds(page)).length).toBe(22);
  expect(await layoutWorkers(), "filters never lay the network out again").toBe(1);
});

test("bylinks: the grove laid out by links at 1366x768, every label clear of the others, exported as drawn", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  const dialog = await openGrove(page, baseUrl);
  await dialog.getByRole("button", { name: "Show the network" }).click();
  await page.locator(OPENED).waitFor({ state: "detached" });
  await waitForGraphAtRest(page);
  const boxes = await page.$eval(GRAPH, (element) => element.graphProbe.labelBoxes());
  expect(boxes.length, "most names are drawn").toBeGreaterThanOrEqual(18);
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      expect(overlap, `${a.id} and ${b.id} overlap`).toBe(false);
    }
  const graph = await page.locator(GRAPH).boundingBox();
  const drawn = await page.$eval(GRAPH, (element) =>
    element.graphProbe.shownIds().map((id) => element.graphProbe.positionOf(id)),
  );
  for (const p of drawn) {
    expect(p, "every node inside the graph's frame").not.toBeNull();
    if (!p || !graph) continue;
    expect(p.x).toBeGreaterThan(0);
    expect(p.x).toBeLessThan(graph.width);
    expect(p.y).toBeGreaterThan(0);
    expect(p.y).toBeLessThan(graph.height);
  }
  await expect(page).toHaveScreenshot("bylinks-grove-1366.png");

  // The GEXF export carries the same positions (y counted upwards, as Gephi does).
  const onScreen = await shape(page, GROVE_IDS);
  await page.getByRole("button", { name: /^Export$/ }).click();
  const exportDialog = page.getByRole("dialog");
  await exportDialog.getByRole("radio", { name: "GEXF (Gephi)" }).check();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    exportDialog.getByRole("button", { name: "Download" }).click(),
  ]);
  const exported = await page.evaluate(
    ({ xml, ids }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const at = (id: string) => {
        const node = [...doc.getElementsByTagName("node")].find((n) => n.getAttribute("id") === id);
        const position = node?.getElementsByTagNameNS("http://gexf.net/1.3/viz", "position")[0];
        return { x: Number(position?.getAttribute("x")), y: Number(position?.getAttribute("y")) };
      };
      const origin = at(ids[0] ?? "");
      return ids.map((id) => ({
        id,
        x: Math.round(at(id).x - origin.x),
        y: Math.round(origin.y - at(id).y),
      }));
    },
    { xml: fs.readFileSync((await file.path()) ?? "", "utf8"), ids: GROVE_IDS },
  );
  for (const [i, { id, x, y }] of exported.entries()) {
    expect(Math.abs(x - (onScreen[i]?.x ?? Number.NaN)), `${id} x in the GEXF`).toBeLessThanOrEqual(1);
    expect(Math.abs(y - (onScreen[i]?.y ?? Number.NaN)), `${id} y in the GEXF`).toBeLessThanOrEqual(1);
  }
});
