/**
 * The only module that talks to cytoscape. One controller owns one instance for its whole life:
 * data changes diff elements by id, filter and highlight changes toggle classes inside one batch,
 * and nothing here ever re-creates the instance or re-runs a layout on a filter change.
 */
import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type ElementDefinition,
  type SingularElementArgument,
} from "cytoscape";
import type { GraphElements } from "../model/elements";
import { drawGraphForExport, type ExportDrawOptions } from "./exportRender";
import { CULLED_LABEL_CLASS, createLabelManager, isLabelDrawable } from "./labels";
import { rendererInternals } from "./rendererInternals";
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
  /** Whether pan and zoom move a picture of the graph (large networks) rather than redraw it. */
  drawsViewportTexture(): boolean;
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
/**
 * Framing never zooms in past this: a network of three nodes would otherwise fill the screen with a
 * giant star and title. The reader can still zoom further by hand.
 */
export const MAX_FIT_ZOOM = 1;
/** The default zoom-out floor, enough for the 1958 networks and a few thousand enterprises. */
const MIN_ZOOM = 0.05;
/** A larger network may zoom out until all of it fits in a square this wide (CSS pixels), so Fit shows it all. */
const WHOLE_NETWORK_MIN_PX = 200;
/**
 * From this many enterprises on, pan and zoom move a picture of the graph taken when the gesture starts
 * (cytoscape's textureOnViewport) instead of redrawing every element each frame: at 5,000 enterprises
 * on this project's machines, about 5 frames a second become about 45.
 */
export const VIEWPORT_TEXTURE_FROM = 3000;
/** cytoscape's own wheel step: zoom × 10^(−deltaY / 250) per event. */
const WHEEL_ZOOM_DIVISOR = 250;
/** How far inside the frame (in screen pixels) a revealed node must be. */
const REVEAL_MARGIN = 48;
/** Quiet time after the last wheel or pinch step before labels are laid out again. */
const ZOOM_GESTURE_LABEL_DELAY_MS = 150;
/** The focused node's ring and label keep at least these sizes on screen, at any zoom (CSS pixels). */
const FOCUS_RING_PX = 3;
const FOCUS_LABEL_PX = 13;
const FOCUS_LABEL_MAX = 64;

const requestFrame = (callback: () => void): number =>
  typeof requestAnimationFrame === "function"
    ? requestAnimationFrame(callback)
    : (setTimeout(callback, 0) as unknown as number);

const cancelFrame = (handle: number) => {
  if (typeof cancelAnimationFrame === "function") cancelAnimationFrame(handle);
  else clearTimeout(handle);
};

type ElementGroup<E> = { forEach(each: (element: E) => void): unknown };

/** The elements of `group` that should gain a mark (wanted, lacking it) and those that should lose it. */
function changesIn<E>(group: ElementGroup<E>, wanted: (element: E) => boolean, has: (element: E) => boolean) {
  const gain: E[] = [];
  const lose: E[] = [];
  group.forEach((element) => {
    const want = wanted(element);
    if (want !== has(element)) (want ? gain : lose).push(element);
  });
  return [gain, lose] as const;
}

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
    minZoom: MIN_ZOOM,
    maxZoom: 6,
    boxSelectionEnabled: false,
    autoungrabify: true,
    selectionType: "single",
  });
  let animate = !options.reducedMotion;
  let destroyed = false;
  /**
   * What the last sync applied. The view's sets are snapshots (a new set for each filter or highlight
   * change), so an unchanged set is recognised by identity and its O(n) work skipped: hovering never
   * re-derives the filters, filtering never re-derives the highlight.
   */
  type Applied = {
    visibility: Pick<GraphView, "matching" | "context" | "links"> | null;
    highlight: ReadonlySet<string> | null;
    highlighted: CollectionReturnValue;
    dimmed: CollectionReturnValue;
    selected: string | null;
    focused: string | null;
  };
  const nothingApplied = (): Applied => ({
    visibility: null,
    highlight: null,
    highlighted: cy.collection(),
    dimmed: cy.collection(),
    selected: null,
    focused: null,
  });
  let applied = nothingApplied();
  let lastView: GraphView | null = null;

  /**
   * Filtered-out elements get a `display: none` bypass, not a class: a class change restyles the
   * element against the whole stylesheet, a bypass sets one property (about twice as fast a frame at
   * thousands of elements). The ids are kept here, since no class marks them.
   */
  let hiddenIds = new Set<string>();
  const isHidden = (element: SingularElementArgument) => hiddenIds.has(element.id());
  const setHidden = <E extends SingularElementArgument>(
    group: ElementGroup<E>,
    wanted: (element: E) => boolean,
  ) => {
    const [hide, show] = changesIn(group, wanted, isHidden);
    for (const element of hide) hiddenIds.add(element.id());
    for (const element of show) hiddenIds.delete(element.id());
    if (hide.length > 0) cy.collection(hide as never).style("display", "none");
    if (show.length > 0) cy.collection(show as never).removeStyle("display");
  };

  /** An animated fit waiting for the frame after the current one. */
  let pendingFit: { run: (animated: boolean) => void; frame: number } | null = null;
  const cancelPendingFit = () => {
    if (pendingFit) cancelFrame(pendingFit.frame);
    pendingFit = null;
  };
  const startPendingFit = (animated: boolean) => {
    const pending = pendingFit;
    cancelPendingFit();
    if (pending && !destroyed) pending.run(animated);
  };

  // A renderer setting that cytoscape reads on every frame but only takes as an option at creation.
  const renderer = rendererInternals(cy);
  const setViewportTexture = (on: boolean) => {
    if (renderer && "textureOnViewport" in renderer) renderer.textureOnViewport = on;
  };

  // The element groups, looked up once per dataset rather than by selector on every sync.
  let enterprises = cy.nodes("[tier]");
  let titles = cy.nodes(".cluster-title");
  let links = cy.edges();
  const enterpriseNodes = () => enterprises;

  const labels = createLabelManager(cy, () => enterpriseNodes().filter((node) => !isHidden(node)));
  cy.on("zoom", () => labels.schedule());
  // Culling and resizing labels at every step of a wheel or pinch zoom restyles and redraws every label
  // in every frame of the gesture; they are laid out again once it pauses.
  cy.on("scrollzoom pinchzoom", () => labels.settleAfter(ZOOM_GESTURE_LABEL_DELAY_MS));

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

  /** Gives the class `name` to exactly the elements of `group` that `wanted` picks, in two collection calls. */
  const setClass = <E extends SingularElementArgument>(
    name: string,
    group: ElementGroup<E>,
    wanted: (element: E) => boolean,
  ) => {
    const [add, remove] = changesIn(group, wanted, (element) => element.hasClass(name));
    if (add.length > 0) cy.collection(add as never).addClass(name);
    if (remove.length > 0) cy.collection(remove as never).removeClass(name);
  };

  /** A neighbourhood drawn on top and everything else (but network titles) pushed back; or neither. */
  const applyHighlight = (ids: ReadonlySet<string>) => {
    let highlighted = cy.collection();
    let dimmed = cy.collection();
    if (ids.size > 0) {
      const nodes = cy.collection(
        [...ids].map((id) => cy.getElementById(id)).filter((node) => node.nonempty()) as never,
      );
      const edges = nodes
        .connectedEdges()
        .filter((edge) => ids.has(edge.data("source")) && ids.has(edge.data("target")));
      highlighted = nodes.union(edges);
      // Moving from one neighbourhood to the next only touches the two neighbourhoods.
      dimmed = applied.dimmed.nonempty()
        ? applied.dimmed.union(applied.highlighted).difference(highlighted)
        : enterprises.union(links).difference(highlighted);
    }
    applied.highlighted.difference(highlighted).removeClass("highlighted");
    highlighted.difference(applied.highlighted).addClass("highlighted");
    if (dimmed.empty()) applied.dimmed.removeClass("dimmed");
    else if (applied.dimmed.empty()) dimmed.addClass("dimmed");
    else {
      applied.highlighted.difference(highlighted).addClass("dimmed");
      highlighted.intersection(applied.dimmed).removeClass("dimmed");
    }
    applied.highlighted = highlighted;
    applied.dimmed = dimmed;
  };

  /** The zoom and pan that fit `box` in the frame with the padding, as cy.fit would, but capped at MAX_FIT_ZOOM. */
  const framing = (box: { x1: number; y1: number; w: number; h: number }) => {
    const width = cy.width();
    const height = cy.height();
    const fits = [(width - 2 * FIT_PADDING) / box.w, (height - 2 * FIT_PADDING) / box.h].filter(
      (zoom) => Number.isFinite(zoom) && zoom > 0,
    );
    const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), MAX_FIT_ZOOM, ...fits));
    return {
      zoom,
      pan: { x: width / 2 - zoom * (box.x1 + box.w / 2), y: height / 2 - zoom * (box.y1 + box.h / 2) },
    };
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
      enterprises = cy.nodes("[tier]");
      titles = cy.nodes(".cluster-title");
      links = cy.edges();
      setViewportTexture(enterprises.length >= VIEWPORT_TEXTURE_FROM);
      const extent = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
      const span = Math.max(extent.w, extent.h);
      cy.minZoom(span > 0 ? Math.min(MIN_ZOOM, WHOLE_NETWORK_MIN_PX / span) : MIN_ZOOM);
      // Kept elements still carry the classes and bypasses of the last view, new ones none. Applying the
      // last view afresh gives the new elements the same marks and leaves the kept ones as they are.
      // (Clearing every element first restyled the whole graph: more than the first frame's drawing.)
      hiddenIds = new Set();
      applied = nothingApplied();
      if (lastView) controller.sync(lastView);
      else labels.schedule();
    },
    sync(view) {
      lastView = view;
      const visibility = applied.visibility;
      const visibilityChanged =
        visibility === null ||
        visibility.matching !== view.matching ||
        visibility.context !== view.context ||
        visibility.links !== view.links;
      const highlightChanged = applied.highlight !== view.highlighted;
      const focused = view.focusedId ?? null;
      const marksChanged = applied.selected !== view.selectedId || applied.focused !== focused;
      if (!visibilityChanged && !highlightChanged && !marksChanged) return;
      cy.batch(() => {
        if (visibilityChanged) {
          const shown = (id: string) => view.matching.has(id) || view.context.has(id);
          const sectorsShown = new Set<string>();
          enterprises.forEach((node) => {
            if (shown(node.id())) sectorsShown.add(node.data("sector"));
          });
          setHidden(enterprises, (node) => !shown(node.id()));
          setHidden(titles, (title) => !sectorsShown.has(title.data("sector")));
          setHidden(links, (edge) => !view.links.has(edge.id()));
          setClass("context", enterprises, (node) => view.context.has(node.id()));
        }
        if (highlightChanged) applyHighlight(view.highlighted);
        if (applied.selected !== view.selectedId) {
          if (applied.selected) cy.getElementById(applied.selected).removeClass("selected");
          if (view.selectedId) cy.getElementById(view.selectedId).addClass("selected");
        }
        if (applied.focused !== focused) {
          if (applied.focused) cy.getElementById(applied.focused).removeClass("focused");
          if (focused) cy.getElementById(focused).addClass("focused");
        }
      });
      applied.visibility = { matching: view.matching, context: view.context, links: view.links };
      applied.highlight = view.highlighted;
      applied.selected = view.selectedId;
      applied.focused = focused;
      scaleFocusRing();
      labels.schedule();
    },
    fit(ids, fitOptions = {}) {
      const wanted = ids ? new Set(ids) : undefined;
      const run = (animated: boolean) => {
        const target = cy.nodes().filter((node) => !isHidden(node) && (!wanted || wanted.has(node.id())));
        if (target.empty()) return;
        cy.stop(true, false);
        const viewport = framing(target.boundingBox());
        if (animated) cy.animate({ ...viewport, duration: 250 });
        else cy.viewport(viewport);
      };
      cancelPendingFit();
      if (!animate || fitOptions.instant) {
        run(false);
        return;
      }
      // The frame that shows what changed (a filter, say) is drawn first; the camera starts moving in the
      // frame after it, since framing measures every shown label and would hold that first frame back.
      cy.stop(true, false);
      pendingFit = {
        run,
        frame: requestFrame(() => {
          if (pendingFit) pendingFit.frame = requestFrame(() => startPendingFit(true));
        }),
      };
    },
    zoomBy(factor) {
      // A fit waiting for its frame starts now, so the zoom follows it as before.
      if (pendingFit) startPendingFit(animate);
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
      if (node.empty() || isHidden(node)) return;
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
      // As a running fit would be stopped, a fit still waiting for its frame gives way.
      cancelPendingFit();
      cy.stop(true, false);
      if (animate) cy.animate({ center: { eles: node }, duration: 250 });
      else cy.center(node);
    },
    resize() {
      cy.resize();
    },
    setTheme(theme) {
      cy.style(createStylesheet(theme));
      labels.schedule();
    },
    setReducedMotion(reduced) {
      animate = !reduced;
      if (reduced) {
        cy.stop(true, true);
        if (pendingFit) startPendingFit(false);
      }
    },
    drawsViewportTexture() {
      return renderer?.textureOnViewport === true;
    },
    isAnimating() {
      return pendingFit !== null || cy.animated();
    },
    markedIds(mark) {
      return enterpriseNodes()
        .filter((node) => node.hasClass(mark) && !isHidden(node))
        .map((node) => node.id());
    },
    shownEnterpriseIds() {
      return enterpriseNodes()
        .filter((node) => !isHidden(node))
        .map((node) => node.id());
    },
    drawnLabelBoxes() {
      labels.flush();
      const zoom = cy.zoom();
      const pan = cy.pan();
      return enterpriseNodes()
        .filter(
          (node) => !isHidden(node) && !node.hasClass(CULLED_LABEL_CLASS) && isLabelDrawable(node, zoom),
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
      if (node.empty() || isHidden(node)) return null;
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
      cancelPendingFit();
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
