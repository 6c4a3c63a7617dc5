import { describe, expect, it } from "vitest";
import { urlHeld } from "../../../src/store/urlSync";
import { createViewStore } from "../../../src/store/viewStore";
import { loadDefaultDataset } from "../../helpers/fixtures";

const dataset = loadDefaultDataset();

describe("hovering after a view switch", () => {
  it("ignores what a switch puts under the pointer until the pointer moves", () => {
    const store = createViewStore({ dataset, mode: "table" });
    store.getState().select("datong-mining");
    store.getState().setMode("graph");
    store.getState().hover("fenxi-mining");
    expect(store.getState().hoveredId).toBeNull();
    store.getState().releaseHover();
    store.getState().hover("fenxi-mining");
    expect(store.getState().hoveredId).toBe("fenxi-mining");
  });

  it("drops the hover of the view left, and clearing a hover always applies", () => {
    const store = createViewStore({ dataset });
    store.getState().hover("datong-mining");
    store.getState().setMode("map");
    expect(store.getState().hoveredId).toBeNull();
    store.getState().hover(null);
    expect(store.getState().hoveredId).toBeNull();
  });

  it("holds hovering when a link or a host switches the view, not when the view stays", () => {
    const store = createViewStore({ dataset });
    store.getState().applyUrlState({ ...urlHeld(store.getState()), selectedId: "datong-mining" });
    store.getState().hover("fenxi-mining");
    expect(store.getState().hoveredId).toBe("fenxi-mining");
    store.getState().setMode("graph");
    expect(store.getState().hoverHeld).toBe(false);
    store.getState().applyUrlState({ ...urlHeld(store.getState()), mode: "table" });
    expect(store.getState().hoverHeld).toBe(true);
  });
});
