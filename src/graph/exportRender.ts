/**
 * Draws the live graph into any 2D canvas context for image exports, at an exact transform.
 *
 * cy.png() cannot give an exact pixel size: its `scale` is multiplied by the device pixel ratio
 * and its `full` frame is cytoscape's own bounding box. So the figure code chooses the transform
 * and the label decisions (export/graphScene.ts, shared with the SVG writer) and we ask the canvas
 * renderer to draw its elements through that transform, the way cy.png() does internally
 * (renderer.drawElements over the z-sorted elements; unchanged across cytoscape 3.x).
 *
 * For the length of one synchronous call the instance is restyled for print: the export stylesheet,
 * no hover or selection state, the export's commander label size and label choices. Everything is
 * restored before returning; cytoscape redraws on the next animation frame, so the screen never
 * shows the print styling.
 */
import type { Core, StylesheetJson } from "cytoscape";
import type { TierLabelData } from "./labels";
import { type RendererInternals, rendererInternals } from "./rendererInternals";

export interface ExportDrawOptions {
  /** Figure pixels = model × scale + offset, applied on top of the context's current transform. */
  scale: number;
  offset: { x: number; y: number };
  /** The graph's rectangle in figure pixels; nothing is drawn outside it. */
  clip: { x: number; y: number; width: number; height: number };
  /** The stylesheet exports use (the SVG writer reads the same one). */
  stylesheet: unknown[];
  /** Enterprises whose label is drawn; every other enterprise label is hidden. */
  labelled: ReadonlySet<string>;
  /** Label sizes per tier at the figure's scale. */
  tierLabels: TierLabelData;
  /** Where the figure puts each shown node and title; the screen may have packed them for another frame. */
  placements: ReadonlyMap<string, { x: number; y: number; labelWidth?: string }>;
  /** Network titles drawn, at this font size (model pixels); the others are hidden. */
  titles: { shown: ReadonlySet<string>; fontSize: number };
}

type CanvasRenderer = Required<Pick<RendererInternals, "drawElements" | "getCachedZSortedEles">>;

const EXPORT_LABEL = "export-label";
const EXPORT_NO_LABEL = "export-no-label";
const TRANSIENT_CLASSES = ["dimmed", "highlighted", "selected", "focused"];

const EXPORT_RULES = [
  { selector: `node.${EXPORT_LABEL}`, style: { "text-opacity": 1, "min-zoomed-font-size": 0 } },
  { selector: `node.${EXPORT_NO_LABEL}`, style: { "text-opacity": 0 } },
];

function canvasRenderer(cy: Core): CanvasRenderer {
  const renderer = rendererInternals(cy);
  const drawElements = renderer?.drawElements?.bind(renderer);
  const getCachedZSortedEles = renderer?.getCachedZSortedEles?.bind(renderer);
  if (!drawElements || !getCachedZSortedEles) {
    throw new Error("this graph cannot be drawn into an image (no canvas renderer)");
  }
  return { drawElements, getCachedZSortedEles };
}

export function drawGraphForExport(
  cy: Core,
  context: CanvasRenderingContext2D,
  options: ExportDrawOptions,
): void {
  const renderer = canvasRenderer(cy);
  const previousStyle = (cy.style() as unknown as { json(): StylesheetJson }).json();
  const transient = TRANSIENT_CLASSES.map((name) => ({ name, elements: cy.elements(`.${name}`) }));
  // Placeholders are labelled as the scene decides, at a hub's label size, like enterprises.
  const enterprises = cy.nodes("[tier], .placeholder");
  const titles = cy.nodes(".cluster-title");
  const saved = cy.nodes("[tier], .placeholder, .cluster-title").map((node) => ({
    node,
    position: { ...node.position() },
    fontSize: node.data("fontSize"),
    labelWidth: node.data("labelWidth"),
  }));
  try {
    cy.style([...options.stylesheet, ...EXPORT_RULES] as StylesheetJson);
    cy.batch(() => {
      for (const { name, elements } of transient) elements.removeClass(name);
      enterprises.forEach((node) => {
        const tier = node.data("tier") ?? "commander";
        node.data({ fontSize: undefined, labelWidth: undefined, ...options.tierLabels[tier] });
        node.addClass(options.labelled.has(node.id()) ? EXPORT_LABEL : EXPORT_NO_LABEL);
      });
      for (const [id, placement] of options.placements) {
        const node = cy.getElementById(id);
        if (node.empty()) continue;
        node.position({ x: placement.x, y: placement.y });
        if (placement.labelWidth !== undefined) node.data("labelWidth", placement.labelWidth);
      }
      titles.forEach((node) => {
        if (options.titles.shown.has(node.id())) node.style("font-size", options.titles.fontSize);
        else node.addClass(EXPORT_NO_LABEL);
      });
    });
    // Label sizes and positions are otherwise recomputed only when the next frame is drawn.
    const collection = cy.elements() as unknown as {
      recalculateRenderedStyle?: (useCache?: boolean) => void;
    };
    if (typeof collection.recalculateRenderedStyle === "function") collection.recalculateRenderedStyle(false);
    else cy.elements().boundingBox({});

    context.save();
    context.beginPath();
    context.rect(options.clip.x, options.clip.y, options.clip.width, options.clip.height);
    context.clip();
    context.transform(options.scale, 0, 0, options.scale, options.offset.x, options.offset.y);
    renderer.drawElements(context, renderer.getCachedZSortedEles(true));
    context.restore();
  } finally {
    cy.batch(() => {
      enterprises.removeClass(`${EXPORT_LABEL} ${EXPORT_NO_LABEL}`);
      titles.removeClass(EXPORT_NO_LABEL).removeStyle("font-size");
      for (const { node, position, fontSize, labelWidth } of saved) {
        node.position(position);
        node.data({ fontSize, labelWidth });
      }
      for (const { name, elements } of transient) elements.addClass(name);
    });
    cy.style(previousStyle);
    renderer.getCachedZSortedEles(true);
  }
}
