/**
 * The camera: framing what is shown, zooming, bringing a node into view, reading and setting the
 * viewport, and how far out a network may zoom. Animated unless reduced motion is asked for.
 */
import type { Core, NodeSingular } from "cytoscape";
import { afterNextPaint } from "../lib/frames";
import { rendererInternals } from "./rendererInternals";

export interface CameraState {
  /** The model point at the centre of the container. */
  x: number;
  y: number;
  zoom: number;
}

export interface Camera {
  /** Frames the given enterprises, or all shown ones; `instant` skips the animation (first draw). */
  fit(ids?: Iterable<string>, options?: { instant?: boolean }): void;
  /** Zooms about the centre; the reader asked for it, so it is reported as a user viewport change. */
  zoomBy(factor: number): void;
  /** Brings a node into view (with a margin) without changing the zoom. */
  reveal(id: string): void;
  /**
   * Brings a selection's neighbourhood to a readable size: when framing `ids` would zoom in noticeably,
   * the camera eases there; otherwise the selected node is only revealed. Fit goes back.
   */
  frameNeighbourhood(selectedId: string, ids: Iterable<string>): void;
  /** Frames a box of the model (the end state of a move), animated over `durationMs` unless `instant`. */
  frameBox(box: Box, options: { instant: boolean; durationMs: number }): void;
  /** How much of the frame floating controls cover on each side (CSS pixels): framing keeps clear of it. */
  setInsets(insets: Insets): void;
  camera(): CameraState;
  /** Puts the camera there at once, stopping any animation. */
  setCamera(camera: CameraState): void;
  /** The part of the model the screen shows now, in model coordinates. */
  viewportExtent(): { x1: number; y1: number; x2: number; y2: number };
  setReducedMotion(reduced: boolean): void;
  /** Whether the viewport is being animated, or a fit waits for its frame. */
  isAnimating(): boolean;
  /** Sets the zoom floor and the viewport texture for the elements now in the graph. */
  adaptToElements(enterpriseCount: number): void;
  /** Whether pan and zoom move a picture of the graph (large networks) rather than redraw it. */
  drawsViewportTexture(): boolean;
  destroy(): void;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

const FIT_PADDING = 40;
const EVEN_INSETS: Insets = { top: FIT_PADDING, right: FIT_PADDING, bottom: FIT_PADDING, left: FIT_PADDING };
/**
 * Room (CSS pixels) kept around a box of bare nodes for their labels, whose size follows the zoom
 * being chosen: titles above, commander names below hubs, county names beside factories.
 */
const LABEL_ROOM: Insets = { top: 52, right: 72, bottom: 36, left: 72 };
/** Framing a neighbourhood moves the camera only when it zooms in at least this much. */
const NEIGHBOURHOOD_ZOOM_GAIN = 1.15;
/**
 * Framing never zooms in past this: a network of three nodes would otherwise fill the screen with a
 * giant star and title. The reader can still zoom further by hand.
 */
const MAX_FIT_ZOOM = 1;
/** The default zoom-out floor, enough for the 1958 networks and a few thousand enterprises. */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 6;
/** A larger network may zoom out until all of it fits in a square this wide (CSS pixels), so Fit shows it all. */
const WHOLE_NETWORK_MIN_PX = 200;
/**
 * From this many enterprises on, pan and zoom move a picture of the graph taken when the gesture starts
 * (cytoscape's textureOnViewport) instead of redrawing every element each frame: at 5,000 enterprises
 * on this project's machines, about 5 frames a second become about 45.
 */
const VIEWPORT_TEXTURE_FROM = 3000;
/** How far inside the frame (in screen pixels) a revealed node must be. */
const REVEAL_MARGIN = 48;

export function createCamera(
  cy: Core,
  isHidden: (node: NodeSingular) => boolean,
  options: { reducedMotion: boolean; onUserViewport?: () => void },
): Camera {
  let animate = !options.reducedMotion;
  let destroyed = false;
  let insets = EVEN_INSETS;
  // A renderer setting that cytoscape reads on every frame but only takes as an option at creation.
  const renderer = rendererInternals(cy);

  /** An animated fit waiting for the frame after the one that shows the change. */
  let pendingFit: { run: (animated: boolean) => void; cancel: () => void } | null = null;
  const cancelPendingFit = () => {
    pendingFit?.cancel();
    pendingFit = null;
  };
  const startPendingFit = (animated: boolean) => {
    const pending = pendingFit;
    cancelPendingFit();
    if (pending && !destroyed) pending.run(animated);
  };

  /** The zoom and pan that fit `box` in the frame with the padding, as cy.fit would, but capped at MAX_FIT_ZOOM. */
  const framing = (box: Box, room: Insets = { top: 0, right: 0, bottom: 0, left: 0 }) => {
    const left = insets.left + room.left;
    const top = insets.top + room.top;
    const width = Math.max(1, cy.width() - left - insets.right - room.right);
    const height = Math.max(1, cy.height() - top - insets.bottom - room.bottom);
    const fits = [width / box.w, height / box.h].filter((zoom) => Number.isFinite(zoom) && zoom > 0);
    const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), MAX_FIT_ZOOM, ...fits));
    return {
      zoom,
      pan: {
        x: left + width / 2 - zoom * (box.x1 + box.w / 2),
        y: top + height / 2 - zoom * (box.y1 + box.h / 2),
      },
    };
  };

  const camera: Camera = {
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
      // The frame that shows what changed (a filter, say) is drawn first; the camera starts moving
      // after it, since framing measures every shown label and would hold that first frame back.
      cy.stop(true, false);
      pendingFit = { run, cancel: afterNextPaint(() => startPendingFit(true)) };
    },
    zoomBy(factor) {
      // A fit waiting for its frame starts now, so the zoom follows it as before.
      if (pendingFit) startPendingFit(animate);
      const level = cy.zoom() * factor;
      const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
      const reported = () => options.onUserViewport?.();
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
    frameNeighbourhood(selectedId, ids) {
      const wanted = new Set(ids);
      const nodes = cy.nodes().filter((node) => !isHidden(node) && wanted.has(node.id()));
      if (nodes.empty()) return;
      const viewport = framing(nodes.boundingBox({ includeLabels: true, includeOverlays: false }));
      if (viewport.zoom < cy.zoom() * NEIGHBOURHOOD_ZOOM_GAIN) {
        camera.reveal(selectedId);
        return;
      }
      cancelPendingFit();
      cy.stop(true, false);
      if (animate) cy.animate({ ...viewport, duration: 300, easing: "ease-in-out-cubic" });
      else cy.viewport(viewport);
    },
    frameBox(box, frameOptions) {
      cancelPendingFit();
      cy.stop(true, false);
      const viewport = framing(box, LABEL_ROOM);
      if (animate && !frameOptions.instant)
        cy.animate({ ...viewport, duration: frameOptions.durationMs, easing: "ease-in-out-cubic" });
      else cy.viewport(viewport);
    },
    setInsets(next) {
      insets = next;
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
    viewportExtent() {
      const { x1, y1, x2, y2 } = cy.extent();
      return { x1, y1, x2, y2 };
    },
    setReducedMotion(reduced) {
      animate = !reduced;
      if (reduced) {
        cy.stop(true, true);
        if (pendingFit) startPendingFit(false);
      }
    },
    isAnimating() {
      return pendingFit !== null || cy.animated();
    },
    adaptToElements(enterpriseCount) {
      if (renderer && "textureOnViewport" in renderer)
        renderer.textureOnViewport = enterpriseCount >= VIEWPORT_TEXTURE_FROM;
      const extent = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
      const span = Math.max(extent.w, extent.h);
      cy.minZoom(span > 0 ? Math.min(MIN_ZOOM, WHOLE_NETWORK_MIN_PX / span) : MIN_ZOOM);
    },
    drawsViewportTexture() {
      return renderer?.textureOnViewport === true;
    },
    destroy() {
      destroyed = true;
      cancelPendingFit();
    },
  };
  return camera;
}
