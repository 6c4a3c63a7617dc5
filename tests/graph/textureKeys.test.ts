// @vitest-environment jsdom
/**
 * cytoscape's texture caches keep, for every style key they have seen, a set of the elements drawn
 * with it, and never drop a set once it is empty; a label's key follows its font size, which follows
 * the zoom. The graph sweeps the empty sets (src/graph/textureKeys.ts). These tests run cytoscape's
 * own renderer (jsdom, a no-op canvas) and its own key bookkeeping: a label re-keyed at a thousand
 * zooms, as a kiosk's camera moves for hours, must leave the index about as large as the graph.
 */
import type { NodeSingular } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createGraphController } from "../../src/graph/controller";
import { cytoscapeOf } from "../../src/graph/cytoscapeOf";
import { pruneTextureKeyIndex, type TextureKeyIndex, textureKeyIndexes } from "../../src/graph/textureKeys";
import { buildElements, computeLayoutFor } from "../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS } from "../../src/model/filters";
import { createNetworkIndex } from "../../src/model/networkIndex";
import { loadValidFixture } from "../helpers/fixtures";
import { stubCanvasContext } from "../helpers/noOpCanvas";

/** The part of cytoscape's ElementTextureCacheLookup the renderer calls when it caches a picture. */
interface CytoscapeKeyIndex extends TextureKeyIndex {
  getKey(node: NodeSingular): unknown;
  updateKeyMappingFor(node: NodeSingular): void;
}
interface Renderer {
  beforeRenderCallbacks: { fn(willDraw: boolean, time: number): void }[];
  data: { lblTxrCache: { lookup: CytoscapeKeyIndex } };
}

beforeEach(stubCanvasContext);
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("texture cache keys", () => {
  it("stay about as many as the graph's elements however often labels change size", () => {
    const index = createNetworkIndex(loadValidFixture("minimal.valid.json"));
    const container = document.createElement("div");
    document.body.append(container);
    const controller = createGraphController(container, {
      onSelect: () => undefined,
      onHover: () => undefined,
    });
    controller.setElements(buildElements(index, computeLayoutFor(index), "en"));
    controller.sync({ ...computeVisibility(index, EMPTY_FILTERS), selectedId: null, highlighted: new Set() });
    const cy = cytoscapeOf(controller);
    const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
    const labels = renderer.data.lblTxrCache.lookup;
    expect(textureKeyIndexes(cy)).toContain(labels);
    const node = cy.nodes('[tier = "commander"]').first();
    const keys = new Set<unknown>();
    for (let step = 0; step < 1000; step++) {
      // A frame: the label manager sets the size for a new zoom, the renderer brings styles up to
      // date (dropping the label's old texture) and sweeps, then draws the label's new texture.
      node.data("fontSize", 10 + step / 10);
      for (const callback of renderer.beforeRenderCallbacks) callback.fn(true, step * 16);
      keys.add(labels.getKey(node));
      labels.updateKeyMappingFor(node);
    }
    expect(keys.size).toBeGreaterThan(900);
    expect(labels.keyForId.get(node.id())).toBe(labels.getKey(node));
    expect(labels.idsByKey.get(labels.getKey(node))?.has(node.id())).toBe(true);
    expect(labels.idsByKey.size).toBeLessThan(cy.elements().length + 300);
    controller.destroy();
  });

  it("sweeps only the empty sets, and only once they outnumber the live keys by the slack", () => {
    const live = new Map<unknown, Set<string>>([["a", new Set(["n1"])]]);
    const index: TextureKeyIndex = { idsByKey: live, keyForId: new Map([["n1", "a"]]) };
    for (let key = 0; key < 256; key++) live.set(key, new Set());
    expect(pruneTextureKeyIndex(index)).toBe(0);
    live.set("one more", new Set());
    expect(pruneTextureKeyIndex(index)).toBe(257);
    expect([...live.keys()]).toEqual(["a"]);
  });
});
