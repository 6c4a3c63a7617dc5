/**
 * The parts of cytoscape's canvas renderer the graph relies on that its typings leave out: callbacks run
 * at the start of each frame, the textureOnViewport setting it reads on every frame, and the drawing
 * calls cy.png() makes internally (unchanged across cytoscape 3.x). A headless instance (tests, exports)
 * has no renderer, and callers fall back to doing without.
 */
import type { Core } from "cytoscape";

export interface RendererInternals {
  beforeRender?(callback: (willDraw: boolean) => void, priority: number): void;
  beforeRenderPriorities?: { animations: number; eleCalcs: number };
  textureOnViewport?: boolean;
  drawElements?(context: CanvasRenderingContext2D, elements: unknown[]): void;
  getCachedZSortedEles?(forceRecalc?: boolean): unknown[];
}

export function rendererInternals(cy: Core): RendererInternals | null {
  return (cy as unknown as { renderer?: () => RendererInternals | null | undefined }).renderer?.() ?? null;
}
