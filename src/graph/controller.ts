/**
 * The only module that talks to cytoscape. One controller owns one instance for its whole life:
 * data changes diff elements by id, filter and highlight changes toggle classes inside one batch,
 * and nothing here ever re-creates the instance or re-runs a layout on a filter change.
 */
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { GraphElements } from "../model/elements";
import { drawGraphForExport, type ExportDrawOptions } from "./exportRender";
import { CULLED_LABEL_CLASS, createLabelManager, isLabelDrawable } from "./labels";
import { createStylesheet, type GraphTheme, LIGHT_THEME } from "./stylesheet";

export interface GraphView {
  /** Enterprises drawn normally. */
  matching: ReadonlySet<string>;
  /** Commanders drawn faded because only their factories match. */
  context: ReadonlySet<string>;
  links: ReadonlySet<string>;
  selectedId: string | null;
  /** Enterprises to emphasise (a hovered node and its neighbours); empty for none. */
  highlighted: ReadonlySet<string>;
  /** The enterprise focused in the keyboard outline, drawn with a focus ring. */
  focusedId?: string | null;
}

export interface GraphCallbacks {
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  /** The reader panned or zoomed (not a fit or reveal the app asked for). */
  onUserViewport?(): void;
  /** A gesture was left to the page in cooperative mode: tell the reader how to zoom or pan. */
  onGestureHint?(kind: "wheel" | "touch"): void;
}

/**
 * How the graph takes pointer gestures. `free`: drag pans, wheel and pinch zoom. `cooperative` (in an
 * embed, where the host page must keep scrolling): wheel zooms only with Ctrl or Cmd, one finger
 * scrolls the page and two fingers pan and zoom; mouse drag still pans. `none`: no pan, zoom,
 * selection or hover at all.
 */
export type GestureMode = "free" | "cooperative" | "none";

export interface CameraState {
  /** The model point at the centre of the container. */
  x: number;
  y: number;
  zoom: number;
}

export interface GraphController {
  readonly cy: Core;
  setElements(elements: GraphElements): void;
  sync(view: GraphView): void;
  /** Frames the given enterprises, or all shown ones; `instant` skips the animation (first draw). */
  fit(ids?: Iterable<string>, options?: { instant?: boolean }): void;
  /** Zooms about the centre; the reader asked for it, so it is reported as onUserViewport. */
  zoomBy(factor: number): void;
  /** Brings a node into view (with a margin) without changing the zoom. */
  reveal(id: string): void;
  resize(): void;
  /** Restyles the graph for a colour theme; the instance and its elements stay as they are. */
  setTheme(theme: GraphTheme): void;
  /** Turns viewport animations off (prefers-reduced-motion) or back on; a running animation jumps to its end. */
  setReducedMotion(reduced: boolean): void;
  /** Whether the viewport is being animated right now (read-only signal for tests). */
  isAnimating(): boolean;
  /** Enterprises drawn with a state class right now, read from cytoscape (for tests and assistive views). */
  markedIds(mark: "focused" | "highlighted" | "selected"): string[];
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
  camera(): CameraState;
  /** Puts the camera there at once, stopping any animation. */
  setCamera(camera: CameraState): void;
  setGestureMode(mode: GestureMode): void;
  destroy(): void;
}

const FIT_PADDING = 40;
/** cytoscape's own wheel step: zoom × 10^(−deltaY / 250) per event. */
const WHEEL_ZOOM_DIVISOR = 250;
/** How far inside the frame (in screen pixels) a revealed node must be. */
const REVEAL_MARGIN = 48;
/** The focused node's ring and label keep at least these sizes on screen, at any zoom (CSS pixels). */
const FOCUS_RING_PX = 3;
const FOCUS_LABEL_PX = 13;
const FOCUS_LABEL_MAX = 64;

export function createGraphController(
  container: HTMLElement | undefined,
  callbacks: GraphCallbacks,
  options: { reducedMotion?: boolean; theme?: GraphTheme } = {},
): GraphController {
  const cy = cytoscape({
    container,
    headless: container === undefined,
    // Headless instances (tests, exports) still compute styles, so they see what the screen would draw.
    styleEnabled: true,
    style: createStylesheet(options.theme ?? LIGHT_THEME),
    layout: { name: "preset" },
    minZoom: 0.05,
    maxZoom: 6,
    boxSelectionEnabled: false,
    autoungrabify: true,
    selectionType: "single",
  });
  let animate = !options.reducedMotion;
  let destroyed = false;
  type Applied = {
    hidden: Set<string>;
    context: Set<string>;
    dimmed: Set<string>;
    highlighted: Set<string>;
    selected: string | null;
    focused: string | null;
  };
  const nothingApplied = (): Applied => ({
    hidden: new Set(),
    context: new Set(),
    dimmed: new Set(),
    highlighted: new Set(),
    selected: null,
    focused: null,
  });
  let applied = nothingApplied();
  let lastView: GraphView | null = null;

  const enterpriseNodes = () => cy.nodes("[tier]");

  const labels = createLabelManager(cy, () => enterpriseNodes().not(".hidden"));
  cy.on("zoom", () => labels.schedule());

  // The focus ring and label of the outline's focused node stay visible when zoomed out, like the page's own ring.
  const scaleFocusRing = () => {
    if (!applied.focused) return;
    const zoom = cy.zoom();
    cy.getElementById(applied.focused).data({
      focusRing: Math.max(FOCUS_RING_PX, FOCUS_RING_PX / zoom),
      focusFont: Math.min(FOCUS_LABEL_MAX, Math.max(11, FOCUS_LABEL_PX / zoom)),
      focusLabelWidth: `${Math.round(Math.max(220, 320 / zoom))}px`,
    });
  };
  cy.on("zoom", scaleFocusRing);

  let gestureMode: GestureMode = "free";
  const interactive = () => gestureMode !== "none";
  cy.on("tap", "node[tier]", (event) => {
    if (interactive()) callbacks.onSelect(event.target.id());
  });
  cy.on("tap", (event) => {
    if (event.target === cy && interactive()) callbacks.onSelect(null);
  });
  cy.on("mouseover", "node[tier]", (event) => {
    if (interactive()) callbacks.onHover(event.target.id());
  });
  cy.on("mouseout", "node[tier]", () => {
    if (interactive()) callbacks.onHover(null);
  });
  cy.on("dragpan scrollzoom pinchzoom", () => callbacks.onUserViewport?.());

  // Cooperative gestures. With user zooming off, cytoscape leaves the wheel alone (no preventDefault),
  // so the page scrolls; Ctrl or Cmd with the wheel (also a trackpad pinch) is zoomed here instead.
  const onWheel = (event: WheelEvent) => {
    if (gestureMode !== "cooperative") return;
    if (!event.ctrlKey && !event.metaKey) {
      callbacks.onGestureHint?.("wheel");
      return;
    }
    event.preventDefault();
    const box = (container as HTMLElement).getBoundingClientRect();
    const level = cy.zoom() * 10 ** (-event.deltaY / WHEEL_ZOOM_DIVISOR);
    cy.zoom({ level, renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top } });
    callbacks.onUserViewport?.();
  };
  // One finger belongs to the page: its touch events are kept from cytoscape (which would cancel the
  // scroll whenever the finger lands on a node or edge); a tap still selects through the mouse events
  // the browser derives from an uncancelled touch. A second finger hands the gesture to cytoscape's pinch.
  let pageOwnsTouch = false;
  const onTouch = (event: TouchEvent) => {
    if (gestureMode !== "cooperative") return;
    if (event.type === "touchstart") {
      pageOwnsTouch = event.touches.length === 1;
      cy.userZoomingEnabled(!pageOwnsTouch);
    }
    if (pageOwnsTouch) {
      event.stopPropagation();
      if (event.type === "touchmove") callbacks.onGestureHint?.("touch");
    }
    if (event.touches.length === 0) {
      pageOwnsTouch = false;
      cy.userZoomingEnabled(false);
    }
  };
  const touchEvents = ["touchstart", "touchmove", "touchend", "touchcancel"] as const;
  if (container) {
    container.addEventListener("wheel", onWheel, { passive: false });
    for (const type of touchEvents)
      container.addEventListener(type, onTouch, { capture: true, passive: true });
  }

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
      cy.elements().removeClass("hidden context dimmed highlighted selected focused");
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
        const focused = view.focusedId ?? null;
        if (applied.focused !== focused) {
          if (applied.focused) cy.getElementById(applied.focused).removeClass("focused");
          if (focused) cy.getElementById(focused).addClass("focused");
        }
      });
      applied = {
        hidden,
        context,
        dimmed,
        highlighted,
        selected: view.selectedId,
        focused: view.focusedId ?? null,
      };
      scaleFocusRing();
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
      const reported = () => callbacks.onUserViewport?.();
      if (animate) cy.animate({ zoom: { level, renderedPosition }, duration: 150, complete: reported });
      else {
        cy.zoom({ level, renderedPosition });
        reported();
      }
    },
    reveal(id) {
      const node = cy.getElementById(id);
      if (node.empty() || node.hasClass("hidden")) return;
      const extent = cy.extent();
      // The node and its label, a margin inside the frame; a node at the very edge counts as out of view.
      const margin = Math.min(REVEAL_MARGIN / cy.zoom(), extent.w / 4, extent.h / 4);
      const inside = (b: { x1: number; y1: number; x2: number; y2: number }) =>
        b.x1 > extent.x1 + margin &&
        b.x2 < extent.x2 - margin &&
        b.y1 > extent.y1 + margin &&
        b.y2 < extent.y2 - margin;
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      const { x, y } = node.position();
      const labelFits = box.w < extent.w - 2 * margin && box.h < extent.h - 2 * margin;
      if (labelFits ? inside(box) : inside({ x1: x, y1: y, x2: x, y2: y })) return;
      cy.stop(true, false);
      if (animate) cy.animate({ center: { eles: node }, duration: 250 });
      else cy.center(node);
    },
    resize() {
      cy.resize();
    },
    setTheme(theme) {
      cy.style(createStylesheet(theme));
      labels.update();
    },
    setReducedMotion(reduced) {
      animate = !reduced;
      if (reduced) cy.stop(true, true);
    },
    isAnimating() {
      return cy.animated();
    },
    markedIds(mark) {
      return enterpriseNodes()
        .filter((node) => node.hasClass(mark) && !node.hasClass("hidden"))
        .map((node) => node.id());
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
    camera() {
      const extent = cy.extent();
      return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2, zoom: cy.zoom() };
    },
    setCamera({ x, y, zoom }) {
      cy.stop(true, false);
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
      cy.viewport({ zoom: level, pan: { x: cy.width() / 2 - x * level, y: cy.height() / 2 - y * level } });
    },
    setGestureMode(mode) {
      gestureMode = mode;
      cy.userPanningEnabled(mode !== "none");
      cy.userZoomingEnabled(mode === "free");
      cy.autounselectify(mode === "none");
      if (mode === "none") callbacks.onHover(null);
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
      if (container) {
        container.removeEventListener("wheel", onWheel);
        for (const type of touchEvents) container.removeEventListener(type, onTouch, { capture: true });
      }
      labels.destroy();
      cy.destroy();
    },
  };
  return controller;
}
