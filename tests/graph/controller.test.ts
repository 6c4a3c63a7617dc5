import { describe, expect, it } from "vitest";
import { syntheticDatasetText } from "../../scripts/generate-synthetic.mjs";
import { parseDatasetText } from "../../src/data/loadDataset";
import { createGraphController } from "../../src/graph/controller";
import { cytoscapeOf } from "../../src/graph/cytoscapeOf";
import { buildElements, computeLayoutFor } from "../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS, type Filters } from "../../src/model/filters";
import { createNetworkIndex } from "../../src/model/networkIndex";
import { loadDefaultDataset } from "../helpers/fixtures";

const index = createNetworkIndex(loadDefaultDataset());
const elements = buildElements(index, computeLayoutFor(index), "en");
const noop = { onSelect: () => undefined, onHover: () => undefined };

function setUp() {
  const controller = createGraphController(undefined, noop, { reducedMotion: true });
  controller.setElements(elements);
  return controller;
}

function view(filters: Partial<Filters>) {
  return {
    ...computeVisibility(index, { ...EMPTY_FILTERS, ...filters }),
    selectedId: null,
    highlighted: new Set<string>(),
  };
}

const shownNodeIds = (controller: ReturnType<typeof setUp>) =>
  cytoscapeOf(controller)
    .nodes("[tier]")
    .filter((n) => n.visible())
    .map((n) => n.id())
    .sort();

describe("graph controller (headless cytoscape)", () => {
  it("shows exactly the visible ids after each filter change", () => {
    const controller = setUp();
    for (const filters of [
      { sectors: ["coal"] },
      { regions: ["jinnan"] },
      {},
      { sectors: ["fert"], tiers: ["commander" as const] },
    ]) {
      const next = view(filters);
      controller.sync(next);
      expect(shownNodeIds(controller)).toEqual([...next.matching, ...next.context].sort());
      const shownEdges = cytoscapeOf(controller)
        .edges()
        .filter((e) => e.visible())
        .map((e) => e.id())
        .sort();
      expect(shownEdges).toEqual([...next.links].sort());
    }
    controller.destroy();
  }, 30_000); // visible() computes styles: seconds on a loaded shared machine

  it("marks commanders kept for context", () => {
    const controller = setUp();
    const next = view({ regions: ["jinnan"] });
    controller.sync(next);
    expect(next.context.size).toBeGreaterThan(0);
    for (const id of next.context)
      expect(cytoscapeOf(controller).getElementById(id).hasClass("context")).toBe(true);
    controller.destroy();
  });

  it("never moves a node when filters change", () => {
    const controller = setUp();
    const before = cytoscapeOf(controller)
      .nodes()
      .map((n) => [n.id(), { ...n.position() }]);
    controller.sync(view({ sectors: ["power"] }));
    controller.sync(view({ regions: ["yanbei"], query: "works" }));
    controller.sync(view({}));
    const after = cytoscapeOf(controller)
      .nodes()
      .map((n) => [n.id(), { ...n.position() }]);
    expect(after).toEqual(before);
    controller.destroy();
  });

  it("keeps the same instance and re-applies the view when labels change language", () => {
    const controller = setUp();
    const cy = cytoscapeOf(controller);
    const node = cy.getElementById("datong-mining");
    const next = view({ sectors: ["coal"] });
    controller.sync(next);
    controller.setElements(buildElements(index, computeLayoutFor(index), "zh"));
    expect(cy.destroyed()).toBe(false);
    expect(cy.getElementById("datong-mining")).toBe(node);
    expect(shownNodeIds(controller)).toEqual([...next.matching, ...next.context].sort());
    expect(cy.getElementById("datong-mining").data("label")).toMatch(/[\u4e00-\u9fff]/);
    controller.destroy();
  });

  it("leaves no mark of an earlier view on elements kept across new elements", () => {
    const controller = setUp();
    controller.sync({
      ...view({ sectors: ["coal"] }),
      selectedId: "datong-mining",
      highlighted: new Set(["datong-mining"]),
    });
    controller.setElements(buildElements(index, computeLayoutFor(index), "zh"));
    controller.sync(view({}));
    expect(shownNodeIds(controller)).toEqual([...index.enterprises.keys()].sort());
    expect(cytoscapeOf(controller).$(".dimmed, .highlighted, .selected, .context").length).toBe(0);
    controller.destroy();
  }, 30_000);

  it("shows a network's title only while some of its enterprises are shown", () => {
    const controller = setUp();
    controller.sync(view({ sectors: ["coal"] }));
    const titleShown = (sector: string) =>
      cytoscapeOf(controller).getElementById(`cluster-title:${sector}`).visible();
    expect(titleShown("coal")).toBe(true);
    expect(titleShown("agmach")).toBe(false);
    controller.destroy();
  });

  it("dims everything outside a highlighted neighbourhood", () => {
    const controller = setUp();
    controller.sync({ ...view({}), highlighted: new Set(["datong-mining"]) });
    expect(cytoscapeOf(controller).getElementById("datong-mining").hasClass("dimmed")).toBe(false);
    expect(cytoscapeOf(controller).getElementById("agmach-c1").hasClass("dimmed")).toBe(true);
    controller.sync(view({}));
    expect(cytoscapeOf(controller).$(".dimmed").length).toBe(0);
    controller.destroy();
  });

  it("lets a network far larger than the 1958 one zoom out until all of it fits", () => {
    const controller = setUp();
    expect(cytoscapeOf(controller).minZoom()).toBe(0.05);
    const loaded = parseDatasetText(syntheticDatasetText(5_000));
    if (!loaded.ok) throw new Error("the synthetic dataset does not load");
    const large = createNetworkIndex(loaded.dataset);
    controller.setElements(buildElements(large, computeLayoutFor(large), "en"));
    const box = cytoscapeOf(controller).nodes().boundingBox({ includeLabels: false });
    // At the floor, the whole network fits in 200 CSS pixels.
    expect(Math.max(box.w, box.h) * cytoscapeOf(controller).minZoom()).toBeLessThanOrEqual(200.001);
    expect(cytoscapeOf(controller).minZoom()).toBeLessThan(0.05);
    controller.destroy();
  }, 60_000);

  it("destroy() is idempotent", () => {
    const controller = setUp();
    controller.destroy();
    expect(cytoscapeOf(controller).destroyed()).toBe(true);
    expect(() => controller.destroy()).not.toThrow();
  });
});
