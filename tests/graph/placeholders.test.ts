import { describe, expect, it } from "vitest";
import { createGraphController } from "../../src/graph/controller";
import { cytoscapeOf } from "../../src/graph/cytoscapeOf";
import { buildElements, computeLayoutFor } from "../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS, type Filters } from "../../src/model/filters";
import { createNetworkIndex } from "../../src/model/networkIndex";
import { loadDefaultDataset } from "../helpers/fixtures";

const index = createNetworkIndex(loadDefaultDataset());
const elements = buildElements(index, computeLayoutFor(index), "en");
const noop = { onSelect: () => undefined, onHover: () => undefined };
const view = (filters: Partial<Filters>) => ({
  ...computeVisibility(index, { ...EMPTY_FILTERS, ...filters }),
  selectedId: null,
  highlighted: new Set<string>(),
});

describe("placeholders in the graph (headless cytoscape)", () => {
  it("are drawn hollow and dashed when illustrative records are hidden, and only then", () => {
    const controller = createGraphController(undefined, noop, { reducedMotion: true });
    controller.setElements(elements);
    controller.sync(view({ provenance: ["attested", "documented", "inferred"] }));
    expect(controller.probe().placeholders()).toEqual([
      { id: "unnamed:agmach:medium:q-agmach", label: "20 medium factories, not named in the article" },
      {
        id: "unnamed:agmach:small:q-agmach",
        label: "The small factories of every county, not named in the article",
      },
    ]);
    const node = cytoscapeOf(controller).getElementById("unnamed:agmach:medium:q-agmach");
    expect(node.style("border-style")).toBe("dashed");
    expect(Number(node.style("background-opacity"))).toBe(0);
    // Not an enterprise: the pointer passes through, and it is not among the shown enterprises.
    expect(node.style("events")).toBe("no");
    expect(controller.probe().shownIds()).not.toContain(node.id());

    controller.sync(view({}));
    expect(controller.probe().placeholders()).toEqual([]);
    controller.sync({ ...view({ provenance: ["attested"] }), onMap: true });
    expect(controller.probe().placeholders()).toEqual([]);
    controller.destroy();
  }, 30_000);
});
