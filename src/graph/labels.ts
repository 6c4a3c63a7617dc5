/**
 * Keeps labels legible at every zoom: commander labels keep a readable size on screen at the
 * overview, and labels that would be drawn over another label are culled, most important first
 * (selected and highlighted, then commanders, medium and small factories), so text never piles up.
 */
import type { Core, NodeCollection, NodeSingular } from "cytoscape";
import { rendererInternals } from "./rendererInternals";

/**
 * How large each kind of label is drawn on screen: `base` model units scaled by the zoom, but never
 * under `minPx` nor over `maxPx` CSS pixels. So at the overview every label that is drawn is readable
 * (culling then hides the ones that do not fit), and zooming in never blows them up past reading size.
 */
export interface LabelScale {
  base: number;
  minPx: number;
  maxPx: number;
}

export const LABEL_SCALES = {
  commander: { base: 34, minPx: 13, maxPx: 22 },
  medium: { base: 22, minPx: 11, maxPx: 18 },
  small: { base: 22, minPx: 11, maxPx: 17 },
  title: { base: 52, minPx: 15, maxPx: 30 },
} satisfies Record<string, LabelScale>;

/** The font size in model units that draws a label of `scale` at `zoom`. */
export function labelFontSize(scale: LabelScale, zoom: number): number {
  const rendered = Math.min(scale.maxPx, Math.max(scale.minPx, scale.base * zoom));
  return Math.round((rendered / zoom) * 10) / 10;
}

/**
 * Up to this many enterprises every factory label keeps a readable size at any zoom and culling
 * decides which fit; above it factories keep one size in model units and appear as the reader zooms in
 * (culling thousands of labels at every zoom would cost more than the frame).
 */
export const SCALED_FACTORY_LABELS_MAX = 1500;
/** Commander labels wrap at about this many rendered pixels. */
const COMMANDER_LABEL_WIDTH = 140;
/** Above this many drawable labels the minimum-size rule alone keeps the view legible; culling would cost too much. */
const MAX_CULLED_CANDIDATES = 3000;
export const TIER_PRIORITY: Record<string, number> = { commander: 0, medium: 1, small: 2 };
/** A placeholder's name (model/attested.ts) gives way to hubs' names only. */
export const PLACEHOLDER_PRIORITY = 0.5;

/** Quiet time after the last wheel or pinch step before labels are laid out again. */
const ZOOM_GESTURE_LABEL_DELAY_MS = 150;

export const CULLED_LABEL_CLASS = "label-culled";
/** Classes whose rules may change a label's size or minimum size (the stylesheet's state rules). */
export const STATE_CLASSES = ["highlighted", "selected", "focused", "hovered"];

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelManager {
  /**
   * Recomputes once, just before the next frame is drawn, however many changes come before it; at once
   * for a graph that draws no frames (headless).
   */
  schedule(): void;
  /** Recomputes now. */
  update(): void;
  /** Recomputes now if a recomputation is scheduled, so that what is read matches what will be drawn. */
  flush(): void;
  /**
   * Drops a scheduled recomputation and schedules one `ms` after the last call instead: while the reader
   * zooms, the labels keep their last layout and are laid out again once the gesture pauses.
   */
  settleAfter(ms: number): void;
  destroy(): void;
}

/**
 * Mirrors cytoscape's own test (eleTextBiggerThanMin): it compares the minimum size against the font
 * size scaled by the zoom rounded up to a power of two (its texture level), not by the zoom itself.
 */
export function isLabelDrawable(node: NodeSingular, zoom: number): boolean {
  return Boolean(node.data("label")) && isLabelSizeDrawn(node, zoom);
}

/** Whether the node's label size passes the minimum at this zoom, whatever its text. */
export function isLabelSizeDrawn(node: NodeSingular, zoom: number): boolean {
  const pixelRatio = typeof devicePixelRatio === "number" ? devicePixelRatio : 1;
  const scale = 2 ** Math.ceil(Math.log2(zoom * pixelRatio));
  // numericStyle reads the parsed value; style() would format it as a string to be parsed again.
  const fontSize = Number(node.numericStyle("font-size"));
  const minimum = Number(node.numericStyle("min-zoomed-font-size"));
  return fontSize * scale >= minimum;
}

function priority(node: NodeSingular): number {
  if (node.hasClass("hovered")) return -4;
  if (node.hasClass("focused")) return -3;
  if (node.hasClass("selected")) return -2;
  if (node.hasClass("highlighted")) return -1;
  if (node.hasClass("placeholder")) return PLACEHOLDER_PRIORITY;
  return TIER_PRIORITY[node.data("tier")] ?? 3;
}

/**
 * How much larger than its base size a hub's name is drawn at `zoom` (1 at the base size or above):
 * the packing gives hub names that much more room when the whole view draws small.
 */
export function hubNameGrowth(zoom: number): number {
  const { base, minPx } = LABEL_SCALES.commander;
  return zoom > 0 ? Math.max(1, minPx / (base * zoom)) : 1;
}

/** Commander label size and wrap width at a zoom (model to CSS pixels); exports call it with their own scale. */
export function commanderLabelStyle(zoom: number): { fontSize: number; labelWidth: string } {
  const fontSize = labelFontSize(LABEL_SCALES.commander, zoom);
  // About nine characters a line: wider as the type grows, so a name keeps to two or three lines.
  const renderedWidth = Math.max(COMMANDER_LABEL_WIDTH, 9 * fontSize * zoom);
  return { fontSize, labelWidth: `${Math.round(renderedWidth / zoom)}px` };
}

export type TierLabelData = Record<string, { fontSize: number; labelWidth?: string }>;

/**
 * Each tier's label size at a zoom, as the label manager sets it on screen; exports call it with their
 * own scale and, for print, a lower floor for factories (a county name stays legible at 7 pt).
 */
export function tierLabelData(zoom: number, factoryMinPx = LABEL_SCALES.small.minPx): TierLabelData {
  return {
    commander: commanderLabelStyle(zoom),
    medium: { fontSize: labelFontSize({ ...LABEL_SCALES.medium, minPx: factoryMinPx }, zoom) },
    small: { fontSize: labelFontSize({ ...LABEL_SCALES.small, minPx: factoryMinPx }, zoom) },
  };
}

function intersects(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** `shownNodes`: the enterprises and placeholders shown, whose labels may be culled. */
export function createLabelManager(cy: Core, shownNodes: () => NodeCollection): LabelManager {
  let culled = new Set<string>();

  // What the last scaling was done for: a hover or a filter change at the same zoom has nothing to rescale.
  let scaledFor: { zoom: number; nodes: number } | null = null;
  const scaleLabels = (zoom: number) => {
    const nodes = cy.nodes().length;
    if (scaledFor && scaledFor.zoom === zoom && scaledFor.nodes === nodes) return;
    scaledFor = { zoom, nodes };
    cy.nodes('[tier = "commander"], .placeholder').data(commanderLabelStyle(zoom));
    cy.nodes(".cluster-title").data({ fontSize: labelFontSize(LABEL_SCALES.title, zoom) });
    const factories = cy.nodes('[tier = "medium"], [tier = "small"]');
    if (factories.length > SCALED_FACTORY_LABELS_MAX) return;
    factories.filter('[tier = "medium"]').data({ fontSize: labelFontSize(LABEL_SCALES.medium, zoom) });
    factories.filter('[tier = "small"]').data({ fontSize: labelFontSize(LABEL_SCALES.small, zoom) });
  };

  const cullOverlaps = (zoom: number) => {
    const candidates: NodeSingular[] = [];
    let tooMany = false;
    const shown = shownNodes();
    // Nodes of one tier share their label's size rules unless a state class changes them, so one node
    // answers for the tier: reading every node's style would restyle the whole graph here, before the
    // renderer does it anyway (tests/graph/labels.test.ts checks the assumption against the stylesheet).
    const tierDrawable = new Map<unknown, boolean>();
    const drawable = (node: NodeSingular) => {
      if (STATE_CLASSES.some((name) => node.hasClass(name))) return isLabelDrawable(node, zoom);
      const tier = node.data("tier");
      let answer = tierDrawable.get(tier);
      if (answer === undefined) {
        answer = isLabelSizeDrawn(node, zoom);
        tierDrawable.set(tier, answer);
      }
      // The candidate's own style is read too: that also brings its style up to date before its label box
      // is measured below (a box measured on a stale style keeps the stale label size, drawn garbled).
      return answer && isLabelDrawable(node, zoom);
    };
    for (let i = 0; i < shown.length; i++) {
      const node = shown[i] as NodeSingular;
      if (!drawable(node)) continue;
      candidates.push(node);
      // Stop reading styles as soon as the answer is known.
      if (candidates.length > MAX_CULLED_CANDIDATES) {
        tooMany = true;
        break;
      }
    }
    if (tooMany) {
      for (const id of culled) cy.getElementById(id).removeClass(CULLED_LABEL_CLASS);
      culled = new Set();
      return;
    }
    candidates.sort(
      (a, b) => priority(a) - priority(b) || b.data("size") - a.data("size") || (a.id() < b.id() ? -1 : 1),
    );
    // A uniform grid keeps the overlap search near-linear.
    const cell = 120 / zoom;
    const grid = new Map<string, Box[]>();
    const cellsOf = (box: Box) => {
      const keys: string[] = [];
      for (let gx = Math.floor(box.x1 / cell); gx <= Math.floor(box.x2 / cell); gx++) {
        for (let gy = Math.floor(box.y1 / cell); gy <= Math.floor(box.y2 / cell); gy++)
          keys.push(`${gx}:${gy}`);
      }
      return keys;
    };
    const margin = 1 / zoom;
    const next = new Set<string>();
    // Network titles are never culled: an enterprise label that would cross one gives way.
    cy.nodes(".cluster-title").forEach((title) => {
      if (title.style("display") === "none") return;
      const b = title.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const box = { x1: b.x1 - margin, y1: b.y1 - margin, x2: b.x2 + margin, y2: b.y2 + margin };
      for (const key of cellsOf(box)) {
        const list = grid.get(key) ?? [];
        list.push(box);
        grid.set(key, list);
      }
    });
    for (const node of candidates) {
      const b = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const box = { x1: b.x1 - margin, y1: b.y1 - margin, x2: b.x2 + margin, y2: b.y2 + margin };
      const keys = cellsOf(box);
      if (keys.some((key) => grid.get(key)?.some((other) => intersects(box, other)))) {
        next.add(node.id());
        continue;
      }
      for (const key of keys) {
        const list = grid.get(key) ?? [];
        list.push(box);
        grid.set(key, list);
      }
    }
    for (const id of culled) if (!next.has(id)) cy.getElementById(id).removeClass(CULLED_LABEL_CLASS);
    for (const id of next) if (!culled.has(id)) cy.getElementById(id).addClass(CULLED_LABEL_CLASS);
    culled = next;
  };

  const renderer = rendererInternals(cy);
  const priorities = renderer?.beforeRender ? renderer.beforeRenderPriorities : undefined;
  let scheduled = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const manager: LabelManager = {
    schedule() {
      if (priorities) scheduled = true;
      else manager.update();
    },
    update() {
      scheduled = false;
      if (cy.destroyed()) return;
      const zoom = cy.zoom();
      cy.batch(() => scaleLabels(zoom));
      cy.batch(() => cullOverlaps(zoom));
    },
    flush() {
      if (scheduled) manager.update();
    },
    settleAfter(ms) {
      scheduled = false;
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => manager.schedule(), ms);
    },
    destroy() {
      scheduled = false;
      clearTimeout(settleTimer);
    },
  };
  // Each frame, after cytoscape steps its animations (so at the zoom about to be drawn) and before it
  // brings styles and bounds up to date for drawing (so the culling is drawn in this very frame).
  if (priorities) renderer?.beforeRender?.(manager.flush, (priorities.animations + priorities.eleCalcs) / 2);
  cy.on("zoom", () => manager.schedule());
  // Culling and resizing labels at every step of a wheel or pinch zoom restyles and redraws every label
  // in every frame of the gesture; they are laid out again once it pauses.
  cy.on("scrollzoom pinchzoom", () => manager.settleAfter(ZOOM_GESTURE_LABEL_DELAY_MS));
  return manager;
}
