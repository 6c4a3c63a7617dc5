/**
 * The only module that talks to cytoscape. One controller owns one instance for its whole life:
 * data changes diff elements by id, filter and highlight changes toggle classes inside one batch,
 * and nothing here ever re-creates the instance or re-runs a layout on a filter change.
 */
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { GraphElements } from "../model/elements";
import { drawGraphForExport, type ExportDrawOptions } from "./exportRender";
import { CULLED_LABEL_CLASS, createLabelManager, isLabelDrawable } from "./labels";
import { createStylesheet } from "./stylesheet";

export interface GraphView {
  /** Enterprises drawn normally. */
  matching: ReadonlySet<string>;
  /** Commanders drawn faded because only their factories match. */
  context: ReadonlySet<string>;
  links: ReadonlySet<string>;
  selectedId: string | null;
  /** Enterprises to emphasise (a hovered node and its neighbours); empty for none. */
  highlighted: ReadonlySet<string>;
}

export interface GraphCallbacks {
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
}

export interface GraphController {
  readonly cy: Core;
  setElements(elements: GraphElements): void;
  sync(view: GraphView): void;
  /** Frames the given enterprises, or all shown ones; `instant` skips the animation (first draw). */
  fit(ids?: Iterable<string>, options?: { instant?: boolean }): void;
  zoomBy(factor: number): void;
  /** Brings a node into view without changing the zoom. */
  reveal(id: string): void;
  resize(): void;
  /** What the canvas shows right now, read from cytoscape itself (for tests and assistive views). */
  shownEnterpriseIds(): string[];
  /** A node's position in container pixels, or null when it is not shown. */
  renderedPositionOf(id: string): { x: number; y: number } | null;
  /** Rendered boxes of the labels drawn at the current zoom (labels below their minimum size are not drawn). */
  drawnLabelBoxes(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number }>;
  /** Draws the shown graph styled for an export into a 2D context (see exportRender.ts); the screen is untouched. */
  drawForExport(context: CanvasRenderingContext2D, options: ExportDrawOptions): void;
  /** The part of the model the screen shows now, in model coordinates. */
  viewportExtent(): { x1: number; y1: number; x2: number; y2: number };
  destroy(): void;
}

const FIT_PADDING = 40;

export function createGraphController(
  container: HTMLElement | undefined,
  callbacks: GraphCallbacks,
  options: { reducedMotion?: boolean } = {},
): GraphController {
  const cy = cytoscape({
    container,
    headless: container === undefined,
    style: createStylesheet(),
    layout: { name: "preset" },
    minZoom: 0.05,
    maxZoom: 6,
    boxSelectionEnabled: false,
    autoungrabify: true,
    selectionType: "single",
  });
  const animate = !options.reducedMotion;
  let destroyed = false;
  type Applied = {
    hidden: Set<string>;
    context: Set<string>;
    dimmed: Set<string>;
    highlighted: Set<string>;
    selected: string | null;
  };
  const nothingApplied = (): Applied => ({
    hidden: new Set(),
    context: new Set(),
    dimmed: new Set(),
    highlighted: new Set(),
    selected: null,
  });
  let applied = nothingApplied();
  let lastView: GraphView | null = null;

  const enterpriseNodes = () => cy.nodes("[tier]");

  const labels = createLabelManager(cy, () => enterpriseNodes().not(".hidden"));
  cy.on("zoom", () => labels.schedule());

  cy.on("tap", "node[tier]", (event) => callbacks.onSelect(event.target.id()));
  cy.on("tap", (event) => {
    if (event.target === cy) callbacks.onSelect(null);
  });
  cy.on("mouseover", "node[tier]", (event) => callbacks.onHover(event.target.id()));
  cy.on("mouseout", "node[tier]", () => callbacks.onHover(null));

  /** Applies the class `name` to exactly the ids in `next`, touching only elements that change. */
  const toggleClass = (name: string, before: ReadonlySet<string>, next: ReadonlySet<string>) => {
    for (const id of before) if (!next.has(id)) cy.getElementById(id).removeClass(name);
    for (const id of next) if (!before.has(id)) cy.getElementById(id).addClass(name);
  };

  const controller: GraphController = {
    cy,
    setElements(elements) {
      const nextIds = new Set<string>();
      const additions: ElementDefinition[] = [];
      cy.batch(() => {
        const upsertNode = (
          node: { data: { id: string }; position: { x: number; y: number } },
          classes?: string,
        ) => {
          nextIds.add(node.data.id);
          const existing = cy.getElementById(node.data.id);
          if (existing.nonempty()) {
            existing.data(node.data);
            existing.position(node.position);
          } else {
            additions.push({
              group: "nodes",
              data: { ...node.data },
              position: { ...node.position },
              classes,
            });
          }
        };
        for (const node of elements.nodes) upsertNode(node);
        for (const title of elements.titles) upsertNode(title, "cluster-title");
        for (const edge of elements.edges) {
          nextIds.add(edge.data.id);
          const existing = cy.getElementById(edge.data.id);
          if (
            existing.nonempty() &&
            existing.data("source") === edge.data.source &&
            existing.data("target") === edge.data.target
          ) {
            existing.data(edge.data);
          } else {
            existing.remove();
            additions.push({ group: "edges", data: { ...edge.data } });
          }
        }
        cy.elements()
          .filter((element) => !nextIds.has(element.id()))
          .remove();
        cy.add(additions);
      });
      // New elements carry no classes: clear the record of what was applied and apply the last view again.
      cy.elements().removeClass("hidden context dimmed highlighted selected");
      applied = nothingApplied();
      if (lastView) controller.sync(lastView);
      else labels.update();
    },
    sync(view) {
      lastView = view;
      const hidden = new Set<string>();
      const sectorsShown = new Set<string>();
      enterpriseNodes().forEach((node) => {
        const id = node.id();
        if (!view.matching.has(id) && !view.context.has(id)) hidden.add(id);
        else sectorsShown.add(node.data("sector"));
      });
      cy.nodes(".cluster-title").forEach((title) => {
        if (!sectorsShown.has(title.data("sector"))) hidden.add(title.id());
      });
      cy.edges().forEach((edge) => {
        if (!view.links.has(edge.id())) hidden.add(edge.id());
      });
      const highlighted = new Set<string>();
      const dimmed = new Set<string>();
      if (view.highlighted.size > 0) {
        for (const id of view.highlighted) highlighted.add(id);
        cy.edges().forEach((edge) => {
          if (view.highlighted.has(edge.data("source")) && view.highlighted.has(edge.data("target")))
            highlighted.add(edge.id());
        });
        cy.elements()
          .not(".cluster-title")
          .forEach((element) => {
            if (!highlighted.has(element.id())) dimmed.add(element.id());
          });
      }
      const context = new Set(view.context);
      cy.batch(() => {
        toggleClass("hidden", applied.hidden, hidden);
        toggleClass("context", applied.context, context);
        toggleClass("highlighted", applied.highlighted, highlighted);
        toggleClass("dimmed", applied.dimmed, dimmed);
        if (applied.selected !== view.selectedId) {
          if (applied.selected) cy.getElementById(applied.selected).removeClass("selected");
          if (view.selectedId) cy.getElementById(view.selectedId).addClass("selected");
        }
      });
      applied = { hidden, context, dimmed, highlighted, selected: view.selectedId };
      labels.update();
    },
    fit(ids, fitOptions = {}) {
      const wanted = ids ? new Set(ids) : undefined;
      const target = cy
        .nodes()
        .filter((node) => !node.hasClass("hidden") && (!wanted || wanted.has(node.id())));
      if (target.empty()) return;
      cy.stop(true, false);
      if (animate && !fitOptions.instant)
        cy.animate({ fit: { eles: target, padding: FIT_PADDING }, duration: 250 });
      else cy.fit(target, FIT_PADDING);
    },
    zoomBy(factor) {
      const level = cy.zoom() * factor;
      const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
      if (animate) cy.animate({ zoom: { level, renderedPosition }, duration: 150 });
      else cy.zoom({ level, renderedPosition });
    },
    reveal(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return;
      const extent = cy.extent();
      const { x, y } = node.position();
      if (x > extent.x1 && x < extent.x2 && y > extent.y1 && y < extent.y2) return;
      if (animate) cy.animate({ center: { eles: node }, duration: 250 });
      else cy.center(node);
    },
    resize() {
      cy.resize();
    },
    shownEnterpriseIds() {
      return enterpriseNodes()
        .filter((node) => !node.hasClass("hidden"))
        .map((node) => node.id());
    },
    drawnLabelBoxes() {
      const zoom = cy.zoom();
      const pan = cy.pan();
      return enterpriseNodes()
        .filter(
          (node) =>
            !node.hasClass("hidden") && !node.hasClass(CULLED_LABEL_CLASS) && isLabelDrawable(node, zoom),
        )
        .map((node) => {
          const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          return {
            id: node.id(),
            x1: box.x1 * zoom + pan.x,
            y1: box.y1 * zoom + pan.y,
            x2: box.x2 * zoom + pan.x,
            y2: box.y2 * zoom + pan.y,
          };
        });
    },
    renderedPositionOf(id) {
      const node = cy.getElementById(id);
      if (node.empty() || node.hasClass("hidden")) return null;
      const { x, y } = node.renderedPosition();
      return { x, y };
    },
    viewportExtent() {
      const { x1, y1, x2, y2 } = cy.extent();
      return { x1, y1, x2, y2 };
    },
    drawForExport(context, exportOptions) {
      try {
        drawGraphForExport(cy, context, exportOptions);
      } finally {
        labels.update();
      }
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      labels.destroy();
      cy.destroy();
    },
  };
  return controller;
}
