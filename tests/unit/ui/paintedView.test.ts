import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createViewStore } from "../../../src/store/viewStore";
import { followAfterPaint, type PaintedView } from "../../../src/ui/paintedView";
import { loadDefaultDataset } from "../../helpers/fixtures";

const dataset = loadDefaultDataset();

/** A page that draws frames only when the test says so. */
function stubFrames() {
  let queued: Array<() => void> = [];
  vi.stubGlobal("document", { visibilityState: "visible" });
  vi.stubGlobal("requestAnimationFrame", (callback: () => void) => queued.push(callback));
  vi.stubGlobal("cancelAnimationFrame", (handle: number) => {
    queued[handle - 1] = () => {};
  });
  return {
    drawFrame() {
      const callbacks = queued;
      queued = [];
      for (const callback of callbacks) callback();
    },
  };
}

describe("the panels' view follows the store after the next painted frame", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("hands on a change only in the task after the next frame, several changes together", () => {
    const frames = stubFrames();
    const store = createViewStore({ dataset });
    const published: PaintedView[] = [];
    followAfterPaint(store, (view) => published.push(view));
    store.getState().toggleFacetValue("sectors", "coal");
    store.getState().select("agmach-c1");
    vi.runAllTimers();
    expect(published).toEqual([]);
    frames.drawFrame();
    expect(published).toEqual([]);
    vi.runAllTimers();
    expect(published).toHaveLength(1);
    expect(published[0]?.filters.sectors).toEqual(["coal"]);
    expect(published[0]?.selectedId).toBe("agmach-c1");
  });

  it("ignores what the panels do not show (hover, outline focus, camera)", () => {
    const frames = stubFrames();
    const store = createViewStore({ dataset });
    const published: PaintedView[] = [];
    followAfterPaint(store, (view) => published.push(view));
    store.getState().hover("agmach-c1");
    store.getState().focusItem("agmach-c2");
    store.getState().setViewport({ x: 1, y: 2, zoom: 0.5 });
    frames.drawFrame();
    vi.runAllTimers();
    expect(published).toEqual([]);
  });

  it("publishes nothing once unsubscribed, even for a change already waiting for its frame", () => {
    const frames = stubFrames();
    const store = createViewStore({ dataset });
    const published: PaintedView[] = [];
    const unfollow = followAfterPaint(store, (view) => published.push(view));
    store.getState().toggleFacetValue("sectors", "coal");
    unfollow();
    frames.drawFrame();
    vi.runAllTimers();
    store.getState().toggleFacetValue("sectors", "power");
    frames.drawFrame();
    vi.runAllTimers();
    expect(published).toEqual([]);
  });

  it("falls back to the next task on a page that draws no frames", () => {
    vi.stubGlobal("document", { visibilityState: "hidden" });
    const store = createViewStore({ dataset });
    const published: PaintedView[] = [];
    followAfterPaint(store, (view) => published.push(view));
    store.getState().toggleFacetValue("sectors", "coal");
    vi.runAllTimers();
    expect(published).toHaveLength(1);
  });
});
