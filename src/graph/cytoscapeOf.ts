/**
 * The cytoscape instance behind a graph controller, for the graph tests (tests/graph), which check
 * what cytoscape itself holds. Nothing in src/ outside src/graph/ imports it: the rest of the app
 * reaches the graph only through the controller.
 */
import type { Core } from "cytoscape";

const instances = new WeakMap<object, Core>();

export function registerInstance(controller: object, cy: Core): void {
  instances.set(controller, cy);
}

export function cytoscapeOf(controller: object): Core {
  const cy = instances.get(controller);
  if (!cy) throw new Error("not a graph controller");
  return cy;
}
