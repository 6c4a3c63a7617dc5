/**
 * A read-only view of what cytoscape really shows, for end-to-end tests and assistive checks. The
 * page publishes it on the graph element as `graphProbe`: a test interface whose names and shapes
 * stay (extend it, never rename).
 */
import type { Core, NodeSingular } from "cytoscape";
import type { CameraState } from "./camera";
import type { ElementLayer } from "./elements";
import { CULLED_LABEL_CLASS, isLabelDrawable, type LabelManager } from "./labels";
import type { Mark } from "./marks";

export interface GraphProbe {
  /** Enterprises the canvas shows right now. */
  shownIds(): string[];
  /** A node's position in container pixels, or null when it is not shown. */
  positionOf(id: string): { x: number; y: number } | null;
  /**
   * Rendered boxes of the labels drawn at the current zoom (labels below their minimum size are not
   * drawn), with the rendered font size of each.
   */
  labelBoxes(): LabelBox[];
  /** The same for the network titles drawn. */
  titleBoxes(): LabelBox[];
  /** Placeholders drawn for members a source attests without naming (model/attested.ts), with their labels. */
  placeholders(): Array<{ id: string; label: string }>;
  camera(): CameraState;
  /** Whether the viewport is being animated right now. */
  animating(): boolean;
  /** Shown enterprises drawn with a state class right now. */
  marked(mark: Mark): string[];
  /** Whether pan and zoom move a picture of the graph (large networks) rather than redraw it. */
  viewportTexture(): boolean;
  /** A link's line width as styled (model units), or null when there is no such link. */
  edgeWidth(id: string): number | null;
}

export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The label's font size on screen, in CSS pixels. */
  fontPx: number;
}

function renderedLabelBox(cy: Core, node: NodeSingular): LabelBox {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  return {
    id: node.id(),
    x1: box.x1 * zoom + pan.x,
    y1: box.y1 * zoom + pan.y,
    x2: box.x2 * zoom + pan.x,
    y2: box.y2 * zoom + pan.y,
    fontPx: Math.round(Number(node.numericStyle("font-size")) * zoom * 10) / 10,
  };
}

export function createProbe(
  cy: Core,
  parts: {
    elements: ElementLayer;
    labels: LabelManager;
    camera: { camera(): CameraState; isAnimating(): boolean; drawsViewportTexture(): boolean };
    marks: { markedIds(mark: Mark): string[] };
  },
): GraphProbe {
  const { elements, labels, camera, marks } = parts;
  return {
    shownIds: () => elements.shownEnterprises().map((node) => node.id()),
    positionOf(id) {
      const node = cy.getElementById(id);
      if (node.empty() || elements.isHidden(node)) return null;
      const { x, y } = node.renderedPosition();
      return { x, y };
    },
    labelBoxes() {
      labels.flush();
      const zoom = cy.zoom();
      const boxes: LabelBox[] = [];
      elements.shownEnterprises().forEach((node) => {
        if (!node.hasClass(CULLED_LABEL_CLASS) && isLabelDrawable(node, zoom))
          boxes.push(renderedLabelBox(cy, node));
      });
      return boxes;
    },
    titleBoxes() {
      labels.flush();
      const boxes: LabelBox[] = [];
      cy.nodes(".cluster-title").forEach((node) => {
        if (!elements.isHidden(node)) boxes.push(renderedLabelBox(cy, node));
      });
      return boxes;
    },
    placeholders() {
      return elements.shownPlaceholders().map((node) => ({ id: node.id(), label: node.data("label") }));
    },
    camera: () => camera.camera(),
    animating: () => camera.isAnimating(),
    marked: (mark) => marks.markedIds(mark),
    viewportTexture: () => camera.drawsViewportTexture(),
    edgeWidth(id) {
      const edge = cy.getElementById(id);
      return edge.nonempty() && edge.isEdge() ? edge.numericStyle("width") : null;
    },
  };
}
