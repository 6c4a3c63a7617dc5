// The map view answers the reader (issue 17): a click on a county's name toggles it in the region filter,
// a county seat under the pointer highlights the factories plotted there, the outline walks the map by
// keyboard as it walks the stars, and an enterprise's details say where the map plots it.

import type { Page } from "@playwright/test";
import type { Dataset } from "../../src/data/schema";
import { expect, test } from "./support/fixtures";
import {
  expectAxeClean,
  GRAPH,
  openExplorer,
  readDataset,
  shownIds,
  waitForGraphAtRest,
} from "./support/helpers";

const LAPTOP = { width: 1366, height: 768 };

async function openMap(page: Page, url: string) {
  await openExplorer(page, url);
  await page.locator('[data-testid="map-base"][data-rivers]').waitFor();
  await waitForGraphAtRest(page);
}

/** Where a node is drawn, in page pixels. */
async function onPage(page: Page, id: string) {
  const position = await page.$eval(GRAPH, (graph, node) => graph.graphProbe.positionOf(node), id);
  const box = await page.locator(GRAPH).boundingBox();
  if (!position || !box) throw new Error(`${id} is not drawn`);
  return { x: box.x + position.x, y: box.y + position.y };
}

const marked = (page: Page, mark: "highlighted" | "focused" | "selected") =>
  page.$eval(GRAPH, (graph, m) => graph.graphProbe.marked(m).sort(), mark);

/** The largest group of enterprises that share one seat (a ring), from the data. */
function largestRing(dataset: Dataset): string[] {
  const pointOf = new Map(dataset.regions.map((r) => [r.id, r.point]));
  const groups = new Map<string, string[]>();
  for (const e of dataset.enterprises) {
    const point = e.region === undefined ? undefined : pointOf.get(e.region);
    if (!point) continue;
    const key = `${point.lon},${point.lat}`;
    groups.set(key, [...(groups.get(key) ?? []), e.id]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

test.use({ viewport: LAPTOP });

test("map: clicking a county's name toggles it in the region filter", async ({ page, baseUrl }) => {
  await openMap(page, `${baseUrl}?view=map`);
  // Guangling's one factory sits on its seat; the name is set 4 px right of it, its baseline 4 px below.
  const seat = await onPage(page, "agmach-s-guangling");
  await page.mouse.click(seat.x + 16, seat.y - 2);
  await expect(page).toHaveURL(/[?&]region=guangling(&|$)/);
  await waitForGraphAtRest(page);
  const shown = await shownIds(page);
  expect(shown).toContain("agmach-s-guangling");
  expect(shown).not.toContain("agmach-s-hequ");
  expect(await marked(page, "selected"), "a click on a name selects nothing").toEqual([]);

  // Framed on Guangling now: its name is as far from its seat on screen as before.
  const again = await onPage(page, "agmach-s-guangling");
  await page.mouse.click(again.x + 16, again.y - 2);
  await expect(page).not.toHaveURL(/region=/);
});

test("map: a county seat under the pointer highlights the factories plotted there", async ({
  page,
  baseUrl,
}) => {
  await openMap(page, `${baseUrl}?view=map`);
  const ring = largestRing(readDataset());
  expect(ring.length, "a seat with several factories").toBeGreaterThan(2);
  const around = await Promise.all(ring.map((id) => onPage(page, id)));
  // The ring's centre is the seat: no node is drawn on it.
  const centre = {
    x: around.reduce((sum, p) => sum + p.x, 0) / around.length,
    y: around.reduce((sum, p) => sum + p.y, 0) / around.length,
  };
  await page.mouse.move(centre.x, centre.y);
  await expect.poll(() => marked(page, "highlighted")).toEqual([...ring].sort());
  await page.mouse.move(centre.x + 300, centre.y + 200);
  await expect.poll(() => marked(page, "highlighted")).not.toEqual([...ring].sort());
});

test("map: the outline walks the map by keyboard as it walks the stars", async ({ page, baseUrl }) => {
  await openMap(page, `${baseUrl}?view=map`);
  await page.getByRole("button", { name: "Outline", exact: true }).click();
  const first = page.locator('[role="tree"] [role="treeitem"][tabindex="0"]');
  await first.focus();
  await expect(first).toHaveAttribute("data-key", "network:agmach");
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => marked(page, "focused")).toEqual(["agmach-c1"]);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const factory = await page.evaluate(() => document.activeElement?.getAttribute("data-key") ?? "");
  expect(factory).not.toBe("agmach-c1");
  await expect.poll(() => marked(page, "focused")).toEqual([factory]);
  await page.keyboard.press("Enter");
  await expect.poll(() => marked(page, "selected")).toEqual([factory]);
  await waitForGraphAtRest(page);
  // Selected on the map: the factory is in view, at its seat, and the details say where it is plotted.
  const at = await onPage(page, factory);
  const box = await page.locator(GRAPH).boundingBox();
  expect(box && at.x > box.x && at.x < box.x + box.width && at.y > box.y && at.y < box.y + box.height).toBe(
    true,
  );
  await expect(page.getByRole("button", { name: "Map", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("map: a factory at a seat to check says it is plotted at the modern seat, and the legend says why", async ({
  page,
  baseUrl,
}) => {
  // Hequ's seat is marked `check` in the data.
  await openMap(page, `${baseUrl}?view=map&node=agmach-s-hequ`);
  const placement = page.getByTestId("map-placement");
  await expect(placement).toContainText("plotted at the modern seat of Hequ County");
  await expect(placement).toContainText("seat history not checked");
  await page.getByRole("button", { name: "Legend", exact: true }).click();
  const rows = page.getByTestId("legend-map");
  await expect(rows).toContainText("Hollow, dashed seat");
  await expect(rows).toContainText("Location not known");
  await expectAxeClean(page, "the map's details and legend");

  await openMap(page, `${baseUrl}?view=map&node=agmach-s-hequ&lang=zh`);
  await expect(page.getByTestId("map-placement")).toContainText("标在河曲县的今址");
  // The stars say nothing of the map.
  await openExplorer(page, `${baseUrl}?node=agmach-s-hequ`);
  await expect(page.getByTestId("details")).toBeVisible();
  await expect(page.getByTestId("map-placement")).toHaveCount(0);
});
