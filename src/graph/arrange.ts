/**
 * Moves whole networks when the filters change which ones are shown (model/packing.ts says where).
 * The move is animated for at most ARRANGE_MS, not at all under reduced motion or for large networks,
 * and a new arrangement or a fit first brings a running move to its end.
 */
import type { Core, NodeSingular } from "cytoscape";
import type { Placement } from "../model/elements";

export const ARRANGE_MS = 350;
/** Animating more nodes than this costs more frames than the move is worth; they jump instead. */
const MAX_ANIMATED_NODES = 2000;

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface Arranger {
  /**
   * Puts the nodes of `positions` there, animated when `animated`. Returns the box the shown nodes
   * will fill once the move ends (measured with their labels), so the camera can frame the end state
   * while the nodes are still on their way; null when nothing is shown.
   */
  arrange(positions: ReadonlyMap<string, Placement>, animated: boolean, durationMs?: number): Box | null;
  /** Whether nodes are moving right now. */
  isMoving(): boolean;
  /** Ends a running move at once, every node at its destination. */
  finish(): void;
}

interface Move {
  node: NodeSingular;
  to: { x: number; y: number };
}

export function createArranger(cy: Core, isShown: (node: NodeSingular) => boolean): Arranger {
  let moving: Move[] = [];
  let running = 0;

  // Each node is put at its destination rather than told to jump there: an animation asked for in
  // this same task is still queued, and stop(…, jumpToEnd) would drop it with the node left behind.
  const finish = () => {
    if (moving.length === 0) return;
    cy.batch(() => {
      for (const { node, to } of moving) {
        node.stop(true, false);
        node.position(to);
      }
    });
    moving = [];
    running = 0;
  };

  return {
    arrange(positions, animated, durationMs = ARRANGE_MS) {
      finish();
      const movers: Array<Move & { from: { x: number; y: number } }> = [];
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const placement = positions.get(node.id());
          if (!placement) return;
          const labelWidth = placement.labelWidth === undefined ? undefined : `${placement.labelWidth}px`;
          if (labelWidth !== undefined && node.data("labelWidth") !== labelWidth)
            node.data("labelWidth", labelWidth);
          const to = { x: placement.x, y: placement.y };
          const from = node.position();
          if (from.x !== to.x || from.y !== to.y) movers.push({ node, from: { ...from }, to });
        });
        // The end state is measured in place, then the movers are put back to travel there.
        for (const { node, to } of movers) node.position(to);
      });
      // Nodes only: label sizes follow the zoom the camera is about to take, so the camera leaves room for them.
      const shown = cy.nodes().filter(isShown);
      const end = shown.nonempty()
        ? shown.boundingBox({ includeLabels: false, includeOverlays: false })
        : null;
      const animate = animated && movers.length > 0 && movers.length <= MAX_ANIMATED_NODES;
      if (animate) {
        cy.batch(() => {
          for (const { node, from } of movers) node.position(from);
        });
        moving = movers.map(({ node, to }) => ({ node, to }));
        running = movers.length;
        for (const { node, to } of movers) {
          node.animate(
            { position: to },
            {
              duration: durationMs,
              easing: "ease-in-out-cubic",
              complete: () => {
                running -= 1;
                if (running <= 0) moving = [];
              },
            },
          );
        }
      }
      return end ? { x1: end.x1, y1: end.y1, w: end.w, h: end.h } : null;
    },
    isMoving: () => moving.length > 0,
    finish,
  };
}
