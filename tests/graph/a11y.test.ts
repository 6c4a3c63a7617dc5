import { describe, expect, it } from "vitest";
import { createGraphController } from "../../src/graph/controller";
import { cytoscapeOf } from "../../src/graph/cytoscapeOf";
import { DARK_THEME, HIGH_CONTRAST_THEME, LIGHT_THEME } from "../../src/graph/stylesheet";
import { buildElements, computeLayoutFor } from "../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS } from "../../src/model/filters";
import { createNetworkIndex } from "../../src/model/networkIndex";
import { SECTOR_PALETTES } from "../../src/model/scales";
import { loadDefaultDataset } from "../helpers/fixtures";

const index = createNetworkIndex(loadDefaultDataset());
const elements = buildElements(index, computeLayoutFor(index), "en");
const noop = { onSelect: () => undefined, onHover: () => undefined };
const allShown = {
  ...computeVisibility(index, EMPTY_FILTERS),
  selectedId: null,
  highlighted: new Set<string>(),
};

const hexToRgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
/** The parsed style value cytoscape draws with (headless instances compute styles too). */
const styleOf = (element: unknown, name: string) =>
  (element as { pstyle(name: string): { value: unknown } }).pstyle(name).value;

function setUp(options: Parameters<typeof createGraphController>[2] = { reducedMotion: true }) {
  const controller = createGraphController(undefined, noop, options);
  controller.setElements(elements);
  controller.sync(allShown);
  return controller;
}

describe("graph themes", () => {
  it("restyles for dark and high contrast without re-creating the instance or moving nodes", () => {
    const controller = setUp();
    const cy = cytoscapeOf(controller);
    const node = cy.getElementById("datong-mining");
    const before = { ...node.position() };
    const count = cy.elements().length;
    const coalIndex = index.dataset.sectors.findIndex((s) => s.id === "coal");
    expect(styleOf(node, "background-color")).toEqual(hexToRgb(SECTOR_PALETTES.light[coalIndex] as string));
    controller.setTheme(DARK_THEME);
    expect(cy.destroyed()).toBe(false);
    expect(cy.getElementById("datong-mining")).toBe(node);
    expect(styleOf(node, "background-color")).toEqual(hexToRgb(SECTOR_PALETTES.dark[coalIndex] as string));
    expect(styleOf(node, "color")).toEqual(hexToRgb(DARK_THEME.label));
    controller.setTheme(HIGH_CONTRAST_THEME);
    expect(styleOf(node, "background-color")).toEqual(
      hexToRgb(SECTOR_PALETTES.contrast[coalIndex] as string),
    );
    controller.setTheme(LIGHT_THEME);
    expect(styleOf(node, "background-color")).toEqual(hexToRgb(SECTOR_PALETTES.light[coalIndex] as string));
    expect(node.position()).toEqual(before);
    expect(cy.elements().length).toBe(count);
    controller.destroy();
  }, 30_000); // four restyles of every element: over 5 s on a loaded shared machine

  it("can be created in a theme", () => {
    const controller = setUp({ reducedMotion: true, theme: DARK_THEME });
    expect(styleOf(cytoscapeOf(controller).getElementById("fenjiu"), "color")).toEqual(
      hexToRgb(DARK_THEME.label),
    );
    controller.destroy();
  });
});

describe("keyboard focus on the canvas", () => {
  it("rings exactly the focused enterprise and moves the ring with focus", () => {
    const controller = setUp();
    const focusedIds = () =>
      cytoscapeOf(controller)
        .nodes(".focused")
        .map((n) => n.id());
    controller.sync({ ...allShown, focusedId: "datong-mining" });
    expect(focusedIds()).toEqual(["datong-mining"]);
    controller.sync({ ...allShown, focusedId: "fenjiu" });
    expect(focusedIds()).toEqual(["fenjiu"]);
    expect(styleOf(cytoscapeOf(controller).getElementById("fenjiu"), "outline-width")).toBeGreaterThanOrEqual(
      2,
    );
    controller.sync({ ...allShown, focusedId: null });
    expect(focusedIds()).toEqual([]);
    controller.destroy();
  });
});

describe("reduced motion", () => {
  it("animates fit and zoom normally, and not at all once reduced motion is on", async () => {
    const controller = setUp({ reducedMotion: false });
    controller.fit(["datong-mining"]);
    expect(controller.probe().animating()).toBe(true);
    controller.setReducedMotion(true);
    // A running animation jumps to its end on the next frame.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(controller.probe().animating()).toBe(false);
    const zoom = cytoscapeOf(controller).zoom();
    controller.zoomBy(2);
    expect(controller.probe().animating()).toBe(false);
    expect(cytoscapeOf(controller).zoom()).toBeCloseTo(zoom * 2, 5);
    controller.fit();
    expect(controller.probe().animating()).toBe(false);
    controller.setReducedMotion(false);
    controller.zoomBy(0.5);
    expect(controller.probe().animating()).toBe(true);
    controller.destroy();
  });
});
