// The arranger moves whole networks; a selection or fit in the same task ends the move at once, and
// every node must then stand at its destination (not where it started).
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { createArranger } from "../../src/graph/arrange";
import type { Placement } from "../../src/model/elements";

function graph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: "a" }, position: { x: 0, y: 0 } },
      { data: { id: "b" }, position: { x: 100, y: 0 } },
    ],
  });
}

const destinations = new Map<string, Placement>([
  ["a", { x: 500, y: 300 }],
  ["b", { x: 650, y: 300 }],
]);

describe("arranger", () => {
  it("ends a move asked for in the same task with every node at its destination", () => {
    const cy = graph();
    const arranger = createArranger(cy, () => true);
    const end = arranger.arrange(destinations, true);
    expect(arranger.isMoving()).toBe(true);
    expect(cy.getElementById("a").position()).toEqual({ x: 0, y: 0 });
    arranger.finish();
    expect(arranger.isMoving()).toBe(false);
    expect(cy.getElementById("a").position()).toEqual({ x: 500, y: 300 });
    expect(cy.getElementById("b").position()).toEqual({ x: 650, y: 300 });
    expect(end).toMatchObject({ x1: expect.any(Number), w: expect.any(Number) });
    cy.destroy();
  });
});
