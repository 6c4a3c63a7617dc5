// Sizes that mislead (issue #19, item 6): counts say how many records the article attests, and hiding
// illustrative records keeps a dashed placeholder for the members the article attests without naming.

import { expect, test } from "./support/fixtures";
import { GRAPH, openExplorer, openFilters, openPanel, waitForGraphAtRest } from "./support/helpers";

const LAPTOP = { viewport: { width: 1366, height: 768 } };
const HIDE_ILLUSTRATIVE = "?prov=attested,documented,inferred";
const MEDIUM = "unnamed:agmach:medium:q-agmach";
const SMALL = "unnamed:agmach:small:q-agmach";

test("counts split by provenance; hidden illustrative records leave the article's unnamed members", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: LAPTOP });
  await openExplorer(page, baseUrl);
  await openFilters(page);
  const agmach = page.getByRole("checkbox", {
    name: "Agricultural machinery, 120 enterprises, 25 of them attested in the article",
  });
  await expect(agmach).toBeVisible();
  await expect(page.locator("label", { has: agmach }).locator(".facet-count")).toHaveText(
    "120 · 25 attested",
  );
  expect(await page.$eval(GRAPH, (graph) => graph.graphProbe.placeholders())).toEqual([]);

  await openExplorer(page, baseUrl + HIDE_ILLUSTRATIVE);
  await waitForGraphAtRest(page);
  const probe = await page.$eval(
    GRAPH,
    (graph, ids) => ({
      placeholders: graph.graphProbe.placeholders(),
      positions: ids.map((id) => graph.graphProbe.positionOf(id)),
      hubs: graph.graphProbe.shownIds().filter((id) => id.startsWith("agmach-")),
      box: graph.getBoundingClientRect().toJSON() as DOMRect,
    }),
    [MEDIUM, SMALL],
  );
  expect(probe.placeholders).toEqual([
    { id: MEDIUM, label: "20 medium factories, not named in the article" },
    { id: SMALL, label: "The small factories of every county, not named in the article" },
  ]);
  expect(probe.hubs.sort()).toEqual(["agmach-c1", "agmach-c2", "agmach-c3", "agmach-c4", "agmach-c5"]);
  for (const at of probe.positions) {
    expect(at, "each placeholder is drawn inside the graph").not.toBeNull();
    expect(at?.x).toBeGreaterThan(0);
    expect(at?.x).toBeLessThan(probe.box.width);
    expect(at?.y).toBeGreaterThan(0);
    expect(at?.y).toBeLessThan(probe.box.height);
  }

  await openPanel(page, "outline");
  const row = page.locator(`[role="treeitem"][data-key="${MEDIUM}"]`);
  await expect(row).toHaveAttribute(
    "aria-label",
    /^20 medium factories, not named in the article\. The article says/,
  );
  await expect(page.locator('[data-key="network:agmach"] > .outline-row .outline-count')).toHaveText(
    "5 · 5 attested",
  );
  await expect(page).toHaveScreenshot("provenance-counts-1366.png");

  await openPanel(page, "legend");
  await expect(page.getByTestId("legend-unnamed")).toContainText(
    "Members the article attests but does not name",
  );
});

test("the placeholder speaks Chinese", async ({ newPage, baseUrl }) => {
  const page = await newPage({ contextOptions: LAPTOP });
  await openExplorer(page, `${baseUrl + HIDE_ILLUSTRATIVE}&lang=zh`);
  await expect
    .poll(() => page.$eval(GRAPH, (graph) => graph.graphProbe.placeholders().map((p) => p.label)))
    .toEqual(["20家中型工厂，文章未列名", "每个县的小型工厂，文章未列名"]);
  await openPanel(page, "outline");
  await expect(page.locator(`[role="treeitem"][data-key="${MEDIUM}"]`)).toHaveAttribute(
    "aria-label",
    /^20家中型工厂，文章未列名。原文：“农业机械修配网的五个大型国营厂/,
  );
});
