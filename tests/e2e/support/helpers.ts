// Helpers shared by the e2e specs: the graph's selector and probe, the dataset, axe-core.

import fs from "node:fs";
import path from "node:path";
import type { Frame, Locator, Page } from "@playwright/test";
import type { Dataset } from "../../../src/data/schema";
import { DIST_DIR, expect, repoPath } from "./fixtures";

export const GRAPH = '[data-testid="graph"]';
/** The graph once cytoscape has drawn the first filtered view. */
export const GRAPH_READY = `${GRAPH}[data-ready="true"]`;
export const DESKTOP = { viewport: { width: 1440, height: 900 } };

/** Opens the app and waits until the graph is drawn. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(GRAPH_READY).waitFor();
}

/** What cytoscape draws right now, sorted. */
export const shownIds = (scope: Page | Frame): Promise<string[]> =>
  scope.$eval(GRAPH, (element) => element.graphProbe.shownIds().sort());

/** Waits until no camera or layout animation is running (instead of a fixed sleep). */
export async function waitForGraphAtRest(scope: Page | Frame): Promise<void> {
  await scope.waitForFunction((selector) => {
    const graph = document.querySelector(selector);
    return graph !== null && !graph.graphProbe.animating();
  }, GRAPH);
}

export const camera = (scope: Page | Frame) => scope.$eval(GRAPH, (element) => element.graphProbe.camera());

/** The default dataset as built into dist/. */
export const readDataset = (): Dataset =>
  JSON.parse(fs.readFileSync(path.join(DIST_DIR, "data", "shanxi-1958.json"), "utf8"));

/** Enterprises of these sectors (a sector's commanders are in it, so no context is added). */
export const idsOfSectors = (dataset: Dataset, sectors: string[]) =>
  dataset.enterprises.filter((e) => sectors.includes(e.sector)).map((e) => e.id);

/** The same ids in any order; the message names what was compared. */
export function expectSameIds(actual: readonly string[], expected: readonly string[], what: string): void {
  expect([...actual].sort(), what).toEqual([...expected].sort());
}

const AXE_PATH = repoPath("node_modules/axe-core/axe.min.js");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/**
 * axe-core (WCAG 2.2 AA) on a page or frame, or only `within` the first element a selector matches: its
 * violations as readable lines, empty when clean.
 */
export async function axeViolations(
  target: Page | Frame,
  { within, tags = AXE_TAGS }: { within?: string; tags?: string[] } = {},
): Promise<string[]> {
  if (!(await target.evaluate(() => "axe" in window))) await target.addScriptTag({ path: AXE_PATH });
  const violations = await target.evaluate(
    async ({ selector, values }) => {
      const context = selector ? document.querySelector(selector) : document;
      if (!context) throw new Error(`axe: nothing matches ${selector}`);
      const options = { runOnly: { type: "tag", values }, resultTypes: ["violations"] };
      return (await window.axe.run(context, options)).violations;
    },
    { selector: within ?? null, values: tags },
  );
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => {
      const why = n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, " ").slice(0, 160)}]` : "";
      return `${n.target.join(" ")}${why}`;
    });
    return `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${nodes.join("; ")}`;
  });
}

/** Fails with every axe violation on the page or frame. */
export async function expectAxeClean(target: Page | Frame, what: string): Promise<void> {
  expect(await axeViolations(target), `axe, ${what}`).toEqual([]);
}

/** A locator's box on the page; fails when it is not shown. */
export async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not shown`);
  return box;
}

/** Waits for the page or frame to draw two more frames (what a change started has then been painted). */
export const nextFrames = (scope: Page | Frame) =>
  scope.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Opens the explorer's filter panel when it is folded away behind its button (the full page folds it
 * below 1600 px; an embed shows its filters outright, so there is nothing to open).
 */
export async function openFilters(page: Page): Promise<void> {
  await openPanel(page, "filters");
}

/** Opens one of the explorer's folded panels (an embed shows its columns and has no panel buttons). */
export async function openPanel(page: Page, panel: "filters" | "outline" | "legend"): Promise<void> {
  const button = page.locator(`.panel-bar button[data-panel="${panel}"]`);
  if ((await button.count()) === 0) return;
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await page.locator(`#${panel}-panel:not(.panel--folded)`).waitFor();
  // The filter panel's content loads when it first opens.
  if (panel === "filters") await page.locator("#filters-panel input[type=checkbox]").first().waitFor();
}
