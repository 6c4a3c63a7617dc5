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

/** cytoscape's own wheel step: zoom × 10^(−deltaY / 250) per event. */
const WHEEL_ZOOM_DIVISOR = 250;
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

  // Cooperative gestures. With user zooming off, cytoscape leaves the wheel alone (no preventDefault),
  // so the page scrolls; Ctrl or Cmd with the wheel (also a trackpad pinch) is zoomed here instead.
  const onWheel = (event: WheelEvent) => {
    if (mode !== "cooperative" || !container) return;
    if (!event.ctrlKey && !event.metaKey) {
      callbacks.onGestureHint?.("wheel");
      return;
    }
    event.preventDefault();
    const box = container.getBoundingClientRect();
    const level = cy.zoom() * 10 ** (-event.deltaY / WHEEL_ZOOM_DIVISOR);
    cy.zoom({ level, renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top } });
    callbacks.onUserViewport?.();
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
    container.addEventListener("wheel", onWheel, { passive: false });
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
      container.removeEventListener("wheel", onWheel);
      for (const type of TOUCH_EVENTS) container.removeEventListener(type, onTouch, { capture: true });
    },
  };
}
