// @vitest-environment jsdom
/**
 * The graph's lifecycle with a real container (jsdom, with a no-op 2D canvas so cytoscape's renderer
 * runs): every listener put on the page is taken off again, destroy() can be called twice, and the
 * container is left empty.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createGraphController } from "../../src/graph/controller";
import { buildElements, computeLayoutFor } from "../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS } from "../../src/model/filters";
import { createNetworkIndex } from "../../src/model/networkIndex";
import { loadValidFixture } from "../helpers/fixtures";
import { stubCanvasContext } from "../helpers/noOpCanvas";

type Listening = { target: EventTarget; type: string; listener: unknown; capture: boolean };
const captureOf = (options: unknown) =>
  typeof options === "boolean" ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);

/** Records the listeners added to and removed from the page's long-lived targets. */
function watchListeners(targets: EventTarget[]) {
  const live: Listening[] = [];
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const same = (a: Listening, b: Listening) =>
    a.target === b.target && a.type === b.type && a.listener === b.listener && a.capture === b.capture;
  vi.spyOn(EventTarget.prototype, "addEventListener").mockImplementation(function (
    this: EventTarget,
    type,
    listener,
    options,
  ) {
    const entry = { target: this, type, listener, capture: captureOf(options) };
    if (targets.includes(this) && !live.some((other) => same(other, entry))) live.push(entry);
    add.call(this, type, listener, options);
  });
  vi.spyOn(EventTarget.prototype, "removeEventListener").mockImplementation(function (
    this: EventTarget,
    type,
    listener,
    options,
  ) {
    const entry = { target: this, type, listener, capture: captureOf(options) };
    const at = live.findIndex((other) => same(other, entry));
    if (at >= 0) live.splice(at, 1);
    remove.call(this, type, listener, options);
  });
  return live;
}

const index = createNetworkIndex(loadValidFixture("minimal.valid.json"));
const elements = buildElements(index, computeLayoutFor(index), "en");

beforeEach(stubCanvasContext);
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function mount(callbacks: Partial<Parameters<typeof createGraphController>[1]> = {}) {
  const container = document.createElement("div");
  document.body.append(container);
  const live = watchListeners([window, document, document.body, container]);
  const controller = createGraphController(
    container,
    { onSelect: () => undefined, onHover: () => undefined, ...callbacks },
    { reducedMotion: false },
  );
  controller.setElements(elements);
  controller.sync({ ...computeVisibility(index, EMPTY_FILTERS), selectedId: null, highlighted: new Set() });
  return { container, controller, live };
}

describe("graph lifecycle", () => {
  it("takes off every listener it put on the page, and empties its container", () => {
    const { container, controller, live } = mount();
    expect(live.some((entry) => entry.target === container.parentElement && entry.type === "wheel")).toBe(
      true,
    );
    expect(container.childElementCount).toBeGreaterThan(0);
    controller.destroy();
    expect(live).toEqual([]);
    expect(container.childElementCount).toBe(0);
  });

  it("no longer answers gestures once destroyed", () => {
    const onGestureHint = vi.fn();
    const { container, controller } = mount({ onGestureHint });
    controller.setGestureMode("cooperative");
    container.dispatchEvent(new WheelEvent("wheel", { deltaY: 100 }));
    expect(onGestureHint).toHaveBeenCalledTimes(1);
    controller.destroy();
    container.dispatchEvent(new WheelEvent("wheel", { deltaY: 100 }));
    expect(onGestureHint).toHaveBeenCalledTimes(1);
  });

  it("can be destroyed twice, and drops a fit still waiting for its frame", () => {
    const { controller } = mount();
    controller.fit();
    expect(controller.probe().animating()).toBe(true);
    controller.destroy();
    expect(controller.probe().animating()).toBe(false);
    expect(() => controller.destroy()).not.toThrow();
  });
});
