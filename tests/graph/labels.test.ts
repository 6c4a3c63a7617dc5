/**
 * The label manager decides whether a tier's labels are drawn from one node of the tier, unless a
 * state class is set (src/graph/labels.ts). That holds only while every node of a tier without those
 * classes gets the same font size and minimum size from the stylesheet; these tests fail when a rule
 * breaks it, in every theme.
 */
import type { NodeSingular } from "cytoscape";
import { describe, expect, it } from "vitest";
import { generateSyntheticDataset } from "../../scripts/generate-synthetic.mjs";
import { createGraphController } from "../../src/graph/controller";
import { cytoscapeOf } from "../../src/graph/cytoscapeOf";
import { STATE_CLASSES } from "../../src/graph/labels";
import { GRAPH_THEMES } from "../../src/graph/stylesheet";
import { buildElements, computeLayoutFor } from "../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS } from "../../src/model/filters";
import { createNetworkIndex } from "../../src/model/networkIndex";
import { loadDefaultDataset } from "../helpers/fixtures";

const noop = { onSelect: () => undefined, onHover: () => undefined };

describe("label size rules are shared by each tier", () => {
  for (const [name, dataset] of [
    ["default dataset", loadDefaultDataset()],
    ["synthetic dataset", generateSyntheticDataset(300)],
  ] as const) {
    for (const [scheme, theme] of Object.entries(GRAPH_THEMES)) {
      it(`${name}, ${scheme} theme, with a highlight, a selection and a filter`, () => {
        const index = createNetworkIndex(dataset);
        const controller = createGraphController(undefined, noop, { reducedMotion: true, theme });
        controller.setElements(buildElements(index, computeLayoutFor(index), "en"));
        const commander = dataset.enterprises.find((e) => e.tier === "commander")?.id ?? null;
        controller.sync({
          ...computeVisibility(index, { ...EMPTY_FILTERS, tiers: ["commander", "small"] }),
          selectedId: commander,
          highlighted: new Set(commander ? [commander] : []),
          focusedId: dataset.enterprises.at(-1)?.id ?? null,
        });
        for (const zoom of [0.05, 0.3, 1, 2.5]) {
          cytoscapeOf(controller).zoom(zoom);
          const rules = new Map<string, Set<string>>();
          cytoscapeOf(controller)
            .nodes("[tier]")
            .forEach((node: NodeSingular) => {
              if (STATE_CLASSES.some((c) => node.hasClass(c))) return;
              const key = `${node.numericStyle("font-size")}/${node.numericStyle("min-zoomed-font-size")}`;
              const tier = node.data("tier") as string;
              rules.set(tier, (rules.get(tier) ?? new Set()).add(key));
            });
          for (const [tier, keys] of rules) expect([...keys], `${tier} at zoom ${zoom}`).toHaveLength(1);
        }
        controller.destroy();
      }, 30_000); // every node's style read at several zooms: seconds on a loaded shared machine
    }
  }
});
