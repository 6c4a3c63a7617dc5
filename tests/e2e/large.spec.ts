// A network a hundred times the size of the 1958 one, opened like any reader's file: all of it can be
// framed, its outline lists every network, and pan and zoom move a cached picture of it.

import { syntheticDatasetText } from "../../scripts/generate-synthetic.mjs";
import type { Dataset } from "../../src/data/schema";
import { expect, test } from "./support/fixtures";
import { GRAPH, GRAPH_READY, waitForGraphAtRest } from "./support/helpers";

const VIEWPORT = { width: 1280, height: 800 };
const ENTERPRISES = 5_000;

test("large network: 5,000 enterprises fit on screen, fill the outline and pan as a picture", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(240_000);
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  await page.goto(baseUrl);
  await page.locator(GRAPH_READY).waitFor();
  expect(
    await page.$eval(GRAPH, (element) => element.graphProbe.viewportTexture()),
    "the 1958 networks, small enough to redraw, pan as a picture",
  ).toBeFalsy();

  const text = syntheticDatasetText(ENTERPRISES);
  const { enterprises }: Dataset = JSON.parse(text);
  await page
    .getByTestId("open-data-input")
    .setInputFiles({ name: "synthetic.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await page.locator('[data-testid="import-dialog"][data-phase="opened"]').waitFor({ timeout: 90_000 });
  await page.getByTestId("import-dialog").getByRole("button", { name: "Show the network" }).click();
  await page.getByRole("button", { name: "Fit to screen" }).click();
  await waitForGraphAtRest(page);

  const seen = await page.$eval(
    GRAPH,
    (element, ids) => {
      const { width, height } = element.getBoundingClientRect();
      const positions = ids.map((id) => element.graphProbe.positionOf(id));
      return {
        shown: element.graphProbe.shownIds().length,
        outside: positions.filter((p) => !p || p.x < 0 || p.y < 0 || p.x > width || p.y > height).length,
        texture: element.graphProbe.viewportTexture(),
        camera: element.graphProbe.camera(),
      };
    },
    enterprises.map((e) => e.id),
  );
  await expect(page).toHaveScreenshot("large-network-fit.png");
  expect(seen.shown, `${seen.shown} of ${ENTERPRISES} shown`).toBe(ENTERPRISES);
  expect(
    seen.outside,
    `${seen.outside} enterprises are off screen after Fit (zoom ${seen.camera.zoom})`,
  ).toBe(0);
  expect(seen.texture, "a 5,000-enterprise network redraws every element on each pan frame").toBeTruthy();

  const networks = await page
    .locator('[data-testid="graph-outline"] [role="tree"] > [role="treeitem"]')
    .count();
  const sectors = new Set(enterprises.map((e) => e.sector)).size;
  expect(networks, `the outline lists ${networks} networks of ${sectors}`).toBe(sectors);
});
