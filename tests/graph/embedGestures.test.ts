import { describe, expect, it } from "vitest";
import { createGraphController } from "../../src/graph/controller";
import { cytoscapeOf } from "../../src/graph/cytoscapeOf";
import { buildElements, computeLayoutFor } from "../../src/model/elements";
import { createNetworkIndex } from "../../src/model/networkIndex";
import { loadValidFixture } from "../helpers/fixtures";

const index = createNetworkIndex(loadValidFixture("minimal.valid.json"));
const elements = buildElements(index, computeLayoutFor(index), "en");

function setUp() {
  const calls: Array<string | null> = [];
  const controller = createGraphController(
    undefined,
    { onSelect: (id) => calls.push(id), onHover: () => undefined },
    { reducedMotion: true },
  );
  controller.setElements(elements);
  return { controller, calls };
}

describe("graph controller: camera and gesture modes", () => {
  it("puts the camera where asked and reads it back", () => {
    const { controller } = setUp();
    controller.setCamera({ x: 120.5, y: -40, zoom: 1.75 });
    const camera = controller.camera();
    expect(camera.x).toBeCloseTo(120.5, 6);
    expect(camera.y).toBeCloseTo(-40, 6);
    expect(camera.zoom).toBe(1.75);
    controller.setCamera({ x: 0, y: 0, zoom: 99 });
    expect(controller.camera().zoom).toBe(cytoscapeOf(controller).maxZoom());
  });

  it("cooperative mode leaves wheel and pinch zoom off until asked, and keeps drag panning", () => {
    const { controller } = setUp();
    controller.setGestureMode("cooperative");
    expect(cytoscapeOf(controller).userZoomingEnabled()).toBe(false);
    expect(cytoscapeOf(controller).userPanningEnabled()).toBe(true);
    controller.setGestureMode("free");
    expect(cytoscapeOf(controller).userZoomingEnabled()).toBe(true);
  });

  it("static mode takes no pan, zoom, selection or hover", () => {
    const { controller, calls } = setUp();
    const node = cytoscapeOf(controller).getElementById("coal-s1");
    node.emit("tap");
    expect(calls).toEqual(["coal-s1"]);
    controller.setGestureMode("none");
    node.emit("tap");
    cytoscapeOf(controller).emit("tap");
    expect(calls).toEqual(["coal-s1"]);
    expect(cytoscapeOf(controller).userPanningEnabled()).toBe(false);
    expect(cytoscapeOf(controller).userZoomingEnabled()).toBe(false);
    expect(cytoscapeOf(controller).autounselectify()).toBe(true);
  });
});
