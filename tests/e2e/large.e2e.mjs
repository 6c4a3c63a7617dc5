// A network a hundred times the size of the 1958 one, opened like any reader's file: all of it can be
// framed, its outline lists every network, and pan and zoom move a cached picture of it.

import { syntheticDatasetText } from "../../scripts/generate-synthetic.mjs";

const GRAPH = '[data-testid="graph"]';
const VIEWPORT = { width: 1280, height: 800 };
const ENTERPRISES = 5_000;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export default [
  {
    name: "large network: 5,000 enterprises fit on screen, fill the outline and pan as a picture",
    timeout: 120_000,
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
      await page.goto(baseUrl);
      await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
      assert(
        !(await page.$eval(GRAPH, (element) => element.graphProbe.viewportTexture())),
        "the 1958 networks, small enough to redraw, pan as a picture",
      );

      const text = syntheticDatasetText(ENTERPRISES);
      const { enterprises } = JSON.parse(text);
      await page
        .getByTestId("open-data-input")
        .setInputFiles({ name: "synthetic.json", mimeType: "application/json", buffer: Buffer.from(text) });
      await page.locator('[data-testid="import-dialog"][data-phase="opened"]').waitFor({ timeout: 90_000 });
      await page.getByTestId("import-dialog").getByRole("button", { name: "Show the network" }).click();
      await page.getByRole("button", { name: "Fit to screen" }).click();
      await page.waitForFunction(
        (selector) => !document.querySelector(selector).graphProbe.animating(),
        GRAPH,
      );

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
      await screenshot(page, "large-network-fit");
      assert(seen.shown === ENTERPRISES, `${seen.shown} of ${ENTERPRISES} shown`);
      assert(
        seen.outside === 0,
        `${seen.outside} enterprises are off screen after Fit (zoom ${seen.camera.zoom})`,
      );
      assert(seen.texture, "a 5,000-enterprise network redraws every element on each pan frame");

      const networks = await page
        .locator('[data-testid="graph-outline"] [role="tree"] > [role="treeitem"]')
        .count();
      const sectors = new Set(enterprises.map((e) => e.sector)).size;
      assert(networks === sectors, `the outline lists ${networks} networks of ${sectors}`);
    },
  },
];
