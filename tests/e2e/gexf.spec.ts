// GEXF and GraphML (issue 18 item 5), end to end on the production build: graph files open through the
// picker, a broken one is reported while the network on screen stays, and the view exports as GEXF that
// a browser's own XML parser reads back with every shown node at its place on screen.

import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, repoPath, test } from "./support/fixtures";
import { GRAPH, GRAPH_READY, openExplorer, shownIds } from "./support/helpers";

const FIXTURES = repoPath("fixtures/import");
const VIEWPORT = { width: 1366, height: 768 };

async function pick(page: Page, file: string, phase: "opened" | "rejected") {
  await page.getByTestId("open-data-input").setInputFiles(path.join(FIXTURES, file));
  const dialog = page.locator(`[data-testid="import-dialog"][data-phase="${phase}"]`);
  await dialog.waitFor();
  return dialog;
}

const positionOf = (page: Page, id: string) =>
  page.$eval(GRAPH, (element, nodeId) => element.graphProbe.positionOf(nodeId), id);

test("gexf: a GEXF and a GraphML file open through the picker; a malformed one changes nothing", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  await page.goto(baseUrl);
  await page.locator(GRAPH_READY).waitFor();

  const gexf = await pick(page, "depots.valid.gexf", "opened");
  await expect(gexf).toContainText("4 nodes, 3 links, 2 networks");
  await expect(gexf.getByTestId("attribute-sector")).toHaveValue("network");
  await expect(gexf.getByTestId("attribute-region")).toHaveValue("county");
  await gexf.getByRole("button", { name: "Show the network" }).click();
  await expect.poll(() => shownIds(page)).toEqual(["d1", "s1", "s2", "s3"]);
  await expect(page.locator("h1, .header-title").first()).toContainText("Grain depots");
  // The file's own positions: s1 right of and above the depot, s3 below it (GEXF counts y upwards).
  const [d1, s1, s3] = await Promise.all(["d1", "s1", "s3"].map((id) => positionOf(page, id)));
  expect(s1?.x).toBeGreaterThan(d1?.x ?? Number.POSITIVE_INFINITY);
  expect(s1?.y).toBeLessThan(d1?.y ?? Number.NEGATIVE_INFINITY);
  expect(s3?.y).toBeGreaterThan(d1?.y ?? Number.POSITIVE_INFINITY);

  const graphml = await pick(page, "relay.valid.graphml", "opened");
  await expect(graphml).toContainText("3 nodes, 2 links, 2 networks");
  await graphml.getByRole("button", { name: "Show the network" }).click();
  await expect.poll(() => shownIds(page)).toEqual(["a", "b", "c"]);

  const broken = await pick(page, "malformed.invalid.gexf", "rejected");
  await expect(broken).toContainText("malformed.invalid.gexf, line 5: the file is not well-formed XML");
  await broken.getByRole("button", { name: "Close" }).click();
  expect(await shownIds(page)).toEqual(["a", "b", "c"]);
});

test("gexf: the view exported as GEXF parses in the page, with the screen's positions", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  await openExplorer(page, `${baseUrl}?sector=coal`);
  const shown = await shownIds(page);
  await page.getByRole("button", { name: /^Export$/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("radio", { name: "GEXF (Gephi)" }).check();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download" }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/_coal_\d{4}-\d{2}-\d{2}\.gexf$/);
  const text = fs.readFileSync((await file.path()) ?? "", "utf8");
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const viz = "http://gexf.net/1.3/viz";
    return {
      error: doc.getElementsByTagName("parsererror").length,
      namespace: doc.documentElement.namespaceURI,
      nodes: [...doc.getElementsByTagName("node")].map((node) => {
        const at = node.getElementsByTagNameNS(viz, "position")[0];
        const colour = node.getElementsByTagNameNS(viz, "color")[0];
        return {
          id: node.getAttribute("id") ?? "",
          x: Number(at?.getAttribute("x")),
          y: Number(at?.getAttribute("y")),
          colour: colour?.getAttribute("r") !== null,
          size: Number(node.getElementsByTagNameNS(viz, "size")[0]?.getAttribute("value")),
        };
      }),
      edges: doc.getElementsByTagName("edge").length,
    };
  }, text);
  expect(parsed.error).toBe(0);
  expect(parsed.namespace).toBe("http://gexf.net/1.3");
  expect(parsed.nodes.map((n) => n.id).sort()).toEqual(shown);
  expect(parsed.edges).toBeGreaterThan(0);
  // The probe gives positions on screen: differences between nodes are the file's times the zoom.
  const { zoom } = await page.$eval(GRAPH, (element) => element.graphProbe.camera());
  const [first, ...others] = parsed.nodes;
  if (!first) throw new Error("no node");
  const origin = await positionOf(page, first.id);
  for (const node of others.slice(0, 8)) {
    const at = await positionOf(page, node.id);
    expect((node.x - first.x) * zoom).toBeCloseTo((at?.x ?? Number.NaN) - (origin?.x ?? 0), 0);
    expect((first.y - node.y) * zoom).toBeCloseTo((at?.y ?? Number.NaN) - (origin?.y ?? 0), 0);
    expect(node.colour).toBe(true);
    expect(node.size).toBeGreaterThan(0);
  }
});
