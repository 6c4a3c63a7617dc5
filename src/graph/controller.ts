/**
 * The graph: one controller owns one cytoscape instance for its whole life. Data changes diff
 * elements by id, filter and highlight changes toggle state inside one batch, and nothing here ever
 * re-creates the instance or re-runs a layout on a filter change. The parts live beside this file:
 * elements.ts (what is drawn and shown), marks.ts (highlight, selection, focus ring), labels.ts,
 * gestures.ts (pointer input), camera.ts (fit, zoom, viewport) and probe.ts (what tests read).
 */
import cytoscape from "cytoscape";
import type { GraphElements, Placement } from "../model/elements";
import { ARRANGE_MS, createArranger } from "./arrange";
import { type Camera, type CameraState, createCamera, type Insets, MAX_ZOOM, MIN_ZOOM } from "./camera";
import { registerInstance } from "./cytoscapeOf";
import { createElementLayer, type ShownView } from "./elements";
import type { ExportDrawOptions } from "./exportRender";
import { attachGestures, type GestureCallbacks, type GestureMode } from "./gestures";
import { createLabelManager } from "./labels";
import { createMarks, type MarkedView } from "./marks";
import { createProbe, type GraphProbe } from "./probe";
import { createStylesheet, type GraphTheme, LIGHT_THEME } from "./stylesheet";
import { keepTextureKeysBounded } from "./textureKeys";

export type { CameraState } from "./camera";
export type { GestureMode } from "./gestures";
export type { GraphProbe } from "./probe";

export interface GraphView extends ShownView, MarkedView {}

export type GraphCallbacks = GestureCallbacks;

export interface GraphController {
  setElements(elements: GraphElements): void;
  sync(view: GraphView): void;
  fit: Camera["fit"];
  zoomBy: Camera["zoomBy"];
  reveal: Camera["reveal"];
  frameNeighbourhood: Camera["frameNeighbourhood"];
  /**
   * Moves nodes (whole networks, see model/packing.ts) to `positions` and frames what is shown there:
   * animated unless `instant` (a new dataset) or reduced motion; `frame: false` moves without framing.
   * `durationMs`: a longer move than a re-pack's (the morph between the stars and the map).
   */
  arrange(
    positions: ReadonlyMap<string, Placement>,
    options: { instant: boolean; frame: boolean; durationMs?: number },
  ): void;
  /** Calls `draw` after each frame cytoscape draws, with its camera: a layer under it follows in the same frame. */
  onFrame(draw: (pan: { x: number; y: number }, zoom: number) => void): () => void;
  setInsets(insets: Insets): void;
  /** Where the last arrangement put nodes and titles (empty before the first). */
  placements(): ReadonlyMap<string, Placement>;
  camera(): CameraState;
  setCamera: Camera["setCamera"];
  viewportExtent: Camera["viewportExtent"];
  resize(): void;
  /** Restyles the graph for a colour theme; the instance and its elements stay as they are. */
  setTheme(theme: GraphTheme): void;
  /** Turns viewport animations off (prefers-reduced-motion) or back on; a running animation jumps to its end. */
  setReducedMotion(reduced: boolean): void;
  setGestureMode(mode: GestureMode): void;
  /** Loads the export drawing code (kept off the first load); drawForExport needs it. */
  prepareExport(): Promise<void>;
  /** Draws the shown graph styled for an export into a 2D context (see exportRender.ts); the screen is untouched. */
  drawForExport(context: CanvasRenderingContext2D, options: ExportDrawOptions): void;
  /** What cytoscape shows right now, read from it (for tests and assistive views). */
  probe(): GraphProbe;
  /** Removes every listener and the canvas; calling it again does nothing. */
  destroy(): void;
}

/** What the page's toolbar and dialogs may ask of the mounted graph. */
export type GraphHandle = Pick<
  GraphController,
  "fit" | "zoomBy" | "camera" | "viewportExtent" | "prepareExport" | "drawForExport" | "placements"
>;

export type { Insets } from "./camera";

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
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: false,
    autoungrabify: true,
    selectionType: "single",
  });
  keepTextureKeysBounded(cy);
  const elements = createElementLayer(cy);
  const labels = createLabelManager(cy, () =>
    elements.shownEnterprises().union(elements.shownPlaceholders()),
  );
  const marks = createMarks(cy, elements);
  const gestures = attachGestures(cy, container, callbacks);
  const camera = createCamera(cy, elements.isHidden, {
    reducedMotion: options.reducedMotion ?? false,
    onUserViewport: () => callbacks.onUserViewport?.(),
  });
  const arranger = createArranger(cy, (node) => !elements.isHidden(node));
  const probe = createProbe(cy, {
    elements,
    labels,
    camera: { ...camera, isAnimating: () => camera.isAnimating() || arranger.isMoving() },
    marks,
  });
  let reducedMotion = options.reducedMotion ?? false;
  let placements: ReadonlyMap<string, Placement> = new Map();
  let lastView: GraphView | null = null;
  let destroyed = false;
  let exportRenderer: typeof import("./exportRender") | null = null;

  const controller: GraphController = {
    setElements(next) {
      elements.setElements(next);
      camera.adaptToElements(elements.enterprises().length);
      // Kept elements still carry the classes of the last view, new ones none. Applying the last view
      // afresh gives the new elements the same marks and leaves the kept ones as they are.
      // (Clearing every element first restyled the whole graph: more than the first frame's drawing.)
      marks.reset();
      if (lastView) controller.sync(lastView);
      else labels.schedule();
    },
    sync(view) {
      lastView = view;
      const shownChanged = elements.changed(view);
      const marksChanged = marks.changed(view);
      if (!shownChanged && !marksChanged) return;
      cy.batch(() => {
        if (shownChanged) elements.apply(view);
        if (marksChanged) marks.apply(view);
      });
      marks.scaleFocusRing();
      labels.schedule();
    },
    fit(ids, fitOptions) {
      arranger.finish();
      camera.fit(ids, fitOptions);
    },
    zoomBy: camera.zoomBy,
    reveal: camera.reveal,
    frameNeighbourhood(selectedId, ids) {
      arranger.finish();
      camera.frameNeighbourhood(selectedId, ids);
    },
    arrange(positions, arrangeOptions) {
      placements = positions;
      const animated = !arrangeOptions.instant && !reducedMotion;
      const durationMs = arrangeOptions.durationMs ?? ARRANGE_MS;
      const end = arranger.arrange(positions, animated, durationMs);
      if (arrangeOptions.frame && end) camera.frameBox(end, { instant: !animated, durationMs });
      labels.schedule();
    },
    onFrame(draw) {
      const listener = () => draw(cy.pan(), cy.zoom());
      cy.on("render", listener);
      listener();
      return () => {
        if (!destroyed) cy.off("render", listener);
      };
    },
    setInsets: camera.setInsets,
    placements: () => placements,
    camera: camera.camera,
    setCamera: camera.setCamera,
    viewportExtent: camera.viewportExtent,
    resize() {
      cy.resize();
    },
    setTheme(theme) {
      cy.style(createStylesheet(theme));
      labels.schedule();
    },
    setReducedMotion(reduced) {
      reducedMotion = reduced;
      if (reduced) arranger.finish();
      camera.setReducedMotion(reduced);
    },
    setGestureMode: gestures.setMode,
    async prepareExport() {
      exportRenderer ??= await import("./exportRender");
    },
    drawForExport(context, exportOptions) {
      if (!exportRenderer) throw new Error("drawForExport before prepareExport");
      try {
        exportRenderer.drawGraphForExport(cy, context, exportOptions);
      } finally {
        labels.update();
      }
    },
    probe: () => probe,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      camera.destroy();
      gestures.detach();
      labels.destroy();
      cy.destroy();
    },
  };
  registerInstance(controller, cy);
  return controller;
}
