/**
 * Pointer input: taps select, hovering highlights, and how wheel, touch and drag move the camera in
 * each gesture mode.
 */
import type { Core } from "cytoscape";

/**
 * How the graph takes pointer gestures. `free`: drag pans, wheel and pinch zoom. `cooperative` (in an
 * embed, where the host page must keep scrolling): wheel zooms only with Ctrl or Cmd, one finger
 * scrolls the page and two fingers pan and zoom; mouse drag still pans. `none`: no pan, zoom,
 * selection or hover at all.
 */
export type GestureMode = "free" | "cooperative" | "none";

export interface GestureCallbacks {
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  /** The reader panned or zoomed (not a fit or reveal the app asked for). */
  onUserViewport?(): void;
  /** A gesture was left to the page in cooperative mode: tell the reader how to zoom or pan. */
  onGestureHint?(kind: "wheel" | "touch"): void;
}

export interface Gestures {
  setMode(mode: GestureMode): void;
  /** Removes the listeners put on the container (cytoscape's own go with the instance). */
  detach(): void;
}

/** A mouse wheel notch (100 px) zooms by 12 %; a trackpad's small deltas zoom in proportion. */
const WHEEL_NOTCH_PX = 100;
const WHEEL_NOTCH_ZOOM = 1.12;
/** Ctrl or Cmd with the wheel, also a trackpad pinch (small deltas, many events): zoom × 10^(−deltaY / 250). */
const PINCH_ZOOM_DIVISOR = 250;
/** Wheel deltas in lines or pages, as Firefox gives them, in pixels. */
const LINE_PX = 33;
const PAGE_PX = 800;
/** One event never zooms by more than three notches, however fast the wheel spins. */
const MAX_WHEEL_PX = 3 * WHEEL_NOTCH_PX;

/** The factor one wheel event multiplies the zoom by. */
export function wheelZoomFactor(
  event: Pick<WheelEvent, "deltaY" | "deltaMode" | "ctrlKey" | "metaKey">,
): number {
  const unit = event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? PAGE_PX : 1;
  const pixels = Math.max(-MAX_WHEEL_PX, Math.min(MAX_WHEEL_PX, event.deltaY * unit));
  if (event.ctrlKey || event.metaKey) return 10 ** (-pixels / PINCH_ZOOM_DIVISOR);
  return WHEEL_NOTCH_ZOOM ** (-pixels / WHEEL_NOTCH_PX);
}
const DOUBLE_TAP_ZOOM = 2;
const TOUCH_EVENTS = ["touchstart", "touchmove", "touchend", "touchcancel"] as const;

export function attachGestures(
  cy: Core,
  container: HTMLElement | undefined,
  callbacks: GestureCallbacks,
): Gestures {
  let mode: GestureMode = "free";
  const interactive = () => mode !== "none";
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
  // Double-click or double-tap zooms in at that point, as on a map.
  cy.on("dbltap", (event) => {
    if (mode !== "free") return;
    cy.stop(true, false);
    cy.animate({
      zoom: { level: cy.zoom() * DOUBLE_TAP_ZOOM, renderedPosition: event.renderedPosition },
      duration: 200,
      complete: () => callbacks.onUserViewport?.(),
    });
  });

  // The wheel is zoomed here, not by cytoscape, whose step is about 3 % a mouse notch (15 notches to
  // zoom 1.6×). The listener sits on the container's parent, capturing, so it runs before cytoscape's
  // own (a capturing listener on the container) and keeps the event from it. In cooperative mode a
  // wheel without Ctrl or Cmd is left to the page, which scrolls.
  const wheelTarget = container?.parentElement ?? container;
  const onWheel = (event: WheelEvent) => {
    if (mode === "none" || !container || !container.contains(event.target as Node)) return;
    const zoomKey = event.ctrlKey || event.metaKey;
    if (mode === "cooperative" && !zoomKey) {
      callbacks.onGestureHint?.("wheel");
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    const box = container.getBoundingClientRect();
    cy.zoom({
      level: cy.zoom() * wheelZoomFactor(event),
      renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top },
    });
    // As cytoscape's own wheel zoom: reported as the reader's camera, labels kept until the gesture pauses.
    cy.emit("scrollzoom");
  };
  // One finger belongs to the page: its touch events are kept from cytoscape (which would cancel the
  // scroll whenever the finger lands on a node or edge); a tap still selects through the mouse events
  // the browser derives from an uncancelled touch. A second finger hands the gesture to cytoscape's pinch.
  let pageOwnsTouch = false;
  const onTouch = (event: TouchEvent) => {
    if (mode !== "cooperative") return;
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
  if (container) {
    wheelTarget?.addEventListener("wheel", onWheel, { capture: true, passive: false });
    for (const type of TOUCH_EVENTS)
      container.addEventListener(type, onTouch, { capture: true, passive: true });
  }

  return {
    setMode(next) {
      mode = next;
      cy.userPanningEnabled(next !== "none");
      cy.userZoomingEnabled(next === "free");
      cy.autounselectify(next === "none");
      if (next === "none") callbacks.onHover(null);
    },
    detach() {
      if (!container) return;
      wheelTarget?.removeEventListener("wheel", onWheel, { capture: true });
      for (const type of TOUCH_EVENTS) container.removeEventListener(type, onTouch, { capture: true });
    },
  };
}
