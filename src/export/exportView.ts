/**
 * Exports of the current view: PNG, SVG and PDF figures, CSV tables, the JSON dataset subset, GEXF and
 * GraphML graph files.
 * This module and everything it imports beyond the main bundle load only when an export is first
 * asked for (`import("../export/exportView")`).
 *
 * Programmatic use (the embed's message API calls this to return the file to the host page):
 *
 *   const { exportView } = await import("../export/exportView");
 *   const { blob } = await exportView({ format: "png", preset: "a4-landscape" }, { store, graph });
 *
 * `store` is the view store; `graph` the mounted graph controller (useGraphHandle().current), or
 * null, in which case an off-screen graph is drawn for the export. A refused request (too large
 * for the browser's canvas, nothing shown) rejects with an ExportError whose `problem` says why and
 * whose message is in English and Chinese; it never resolves with an empty file.
 */
import { loadedRivers, riversApply } from "../data/rivers";
import { createGraphController, type GraphHandle } from "../graph/controller";
import { loadCatalogue } from "../i18n/translate";
import { arrangeElements, buildElements, type GraphElements, withPlacements } from "../model/elements";
import type { PresetId } from "../model/figureLimits";
import { computeVisibility } from "../model/filters";
import { getLayout, getNetworkIndex } from "../store/derived";
import type { ViewStoreApi } from "../store/viewStore";
import { type MapFigureInput, mapFigureInput } from "./basemap";
import { canvasToPng, paintFigure, renderFigureCanvas } from "./canvasFigure";
import { createCanvasMeasure, loadFigureFonts, measureFontMetrics } from "./canvasText";
import { type ComposedFigure, composeFigure, figureSvg, textByWeight } from "./compose";
import { enterprisesCsv, linksCsv } from "./csv";
import { datasetJson, datasetSubset } from "./datasetSubset";
import { ExportError } from "./errors";
import { ALL_PARTS, type FigureParts } from "./figure";
import { viewDescription } from "./figureText";
import { type ExportFormat, exportFileName, isoDate } from "./fileName";
import { deflate, embedFontSubset } from "./fontEmbed";
import { gexfText, graphFileOf, graphmlText } from "./graphFile";
import { checkCanvasSize, presetSize } from "./presets";

export { downloadBlob } from "./download";
export { ExportError } from "./errors";

export interface ExportOptions {
  format: ExportFormat;
  /** Image size; default "screen-1x". */
  preset?: PresetId;
  /** Output width in pixels when `preset` is "custom"; the height follows from the content. */
  customWidth?: number;
  background?: "white" | "transparent";
  /** Parts of the figure to draw; all by default. */
  parts?: Partial<FigureParts>;
  /** "all" frames everything the filters show; "viewport" is what the screen shows now. */
  area?: "all" | "viewport";
  /** SVG only: every text as glyph outlines, for viewers and editors that ignore embedded fonts. */
  textAsOutlines?: boolean;
  /** Which table a CSV holds. */
  table?: "enterprises" | "links";
  /** The link printed on the figure and stored in the JSON; default the page's address. */
  url?: string;
  date?: Date;
}

export interface ExportEnvironment {
  store: ViewStoreApi;
  graph?: GraphHandle | null;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  mimeType: string;
  width?: number;
  height?: number;
  durationMs: number;
}

const MIME: Record<ExportFormat, string> = {
  png: "image/png",
  svg: "image/svg+xml",
  pdf: "application/pdf",
  csv: "text/csv;charset=utf-8",
  json: "application/json",
  gexf: "application/gexf+xml",
  graphml: "application/graphml+xml",
};

/** The frame a graph file's networks are packed for when no graph is on screen: a wide screen's. */
const GRAPH_FILE_ASPECT = 16 / 9;

interface View {
  index: ReturnType<typeof getNetworkIndex>;
  elements: GraphElements;
  state: ReturnType<ViewStoreApi["getState"]>;
  visibility: ReturnType<typeof computeVisibility>;
  /** In the map view (of a dataset with points): the map, its rivers added by withRivers. */
  map: MapFigureInput | null;
}

function currentView(store: ViewStoreApi): View {
  const state = store.getState();
  if (!state.dataset) throw new Error("no dataset is loaded");
  const index = getNetworkIndex(state.dataset);
  const elements = buildElements(index, getLayout(index), state.lang);
  return {
    index,
    elements,
    state,
    visibility: computeVisibility(index, state.filters),
    map: state.mode === "map" ? mapFigureInput(index, elements, state.lang) : null,
  };
}

/** The view with the rivers the map shows (fetched once per page), where they apply. */
async function withRivers(view: View): Promise<View> {
  if (!view.map || !riversApply(view.index.dataset.regions)) return view;
  const rivers = await loadedRivers(typeof document === "undefined" ? "" : document.baseURI);
  return { ...view, map: { ...view.map, rivers } };
}

function pageUrl(): string {
  return typeof location === "undefined" ? "" : location.href;
}

function compose(view: View, options: ExportOptions, env: ExportEnvironment): ComposedFigure {
  const size = presetSize(options.preset ?? "screen-1x", options.customWidth);
  const viewport = options.area === "viewport" && env.graph ? env.graph : null;
  return composeFigure({
    index: view.index,
    // What the screen shows is where the screen packed it; the whole view is packed for the figure.
    elements: viewport ? withPlacements(view.elements, viewport.placements()) : view.elements,
    filters: view.state.filters,
    visibility: view.visibility,
    lang: view.state.lang,
    size,
    parts: { ...ALL_PARTS, ...options.parts },
    extent: viewport ? viewport.viewportExtent() : null,
    date: isoDate(options.date ?? new Date()),
    url: options.url ?? pageUrl(),
    measure: createCanvasMeasure(),
    metrics: measureFontMetrics(),
    map: view.map,
  });
}

/** Composes the figure with the fonts of all its text loaded, so measurements are the final ones. */
async function composeWithFonts(
  view: View,
  options: ExportOptions,
  env: ExportEnvironment,
): Promise<ComposedFigure> {
  const draft = compose(view, options, env);
  await loadFigureFonts(textByWeight(draft)).catch(() => undefined);
  return compose(view, options, env);
}

function checkSize(figure: ComposedFigure): void {
  const problem = checkCanvasSize(figure.layout.width, figure.layout.height);
  if (problem) throw new ExportError(problem);
}

/** The pixel size an image export would have, or why it would be refused; nothing is drawn. */
export function planImage(
  options: ExportOptions,
  env: ExportEnvironment,
): { width: number; height: number; problem: ExportError | null } {
  const size = presetSize(options.preset ?? "screen-1x", options.customWidth);
  const early = checkCanvasSize(size.width, size.height ?? size.width);
  if (early && early.code !== "area-too-large")
    return { width: size.width, height: size.height ?? 0, problem: new ExportError(early) };
  const figure = compose(currentView(env.store), options, env);
  const problem = checkCanvasSize(figure.layout.width, figure.layout.height);
  return {
    width: figure.layout.width,
    height: figure.layout.height,
    problem: problem ? new ExportError(problem) : null,
  };
}

/**
 * Runs `draw` with a graph controller: the mounted one, or, when the graph is not on screen (the
 * table view, or an embed asked for an image), a hidden one made for this export and destroyed after.
 */
async function withGraph<T>(view: View, env: ExportEnvironment, draw: (graph: GraphHandle) => T): Promise<T> {
  if (env.graph) {
    await env.graph.prepareExport();
    return draw(env.graph);
  }
  const container = document.createElement("div");
  container.setAttribute("aria-hidden", "true");
  container.style.cssText =
    "position:fixed;left:-10000px;top:0;width:1200px;height:800px;pointer-events:none;";
  document.body.append(container);
  const graph = createGraphController(
    container,
    { onSelect: () => undefined, onHover: () => undefined },
    { reducedMotion: true },
  );
  try {
    graph.setElements(view.elements);
    graph.sync({ ...view.visibility, selectedId: null, highlighted: new Set(), onMap: view.map !== null });
    await graph.prepareExport();
    return draw(graph);
  } finally {
    graph.destroy();
    container.remove();
  }
}

function fileName(view: View, format: ExportFormat, options: ExportOptions): string {
  return exportFileName({
    datasetId: view.index.dataset.id,
    filters: view.state.filters,
    focusSector: view.state.focusSector,
    format,
    ...(format === "csv" ? { table: options.table ?? "enterprises" } : {}),
    date: options.date ?? new Date(),
  });
}

export async function exportView(options: ExportOptions, env: ExportEnvironment): Promise<ExportResult> {
  const started = performance.now();
  // A JSON export describes the view in both languages, and an export error speaks both.
  await loadCatalogue("zh");
  const view = currentView(env.store);
  const name = fileName(view, options.format, options);
  const done = (blob: Blob, size?: { width: number; height: number }): ExportResult => ({
    blob,
    fileName: name,
    mimeType: MIME[options.format],
    ...size,
    durationMs: Math.round(performance.now() - started),
  });

  if (options.format === "csv") {
    const { index, visibility, state } = view;
    if (visibility.matching.size === 0) throw new ExportError({ code: "nothing-to-export" });
    const text =
      options.table === "links"
        ? linksCsv(index, visibility, state.lang)
        : enterprisesCsv(index, visibility, state.lang);
    return done(new Blob([text], { type: MIME.csv }));
  }
  if (options.format === "json") {
    const date = isoDate(options.date ?? new Date());
    const subset = datasetSubset(view.index, view.visibility, {
      view: {
        zh: viewDescription(view.index, view.state.filters, view.visibility, "zh"),
        en: viewDescription(view.index, view.state.filters, view.visibility, "en"),
      },
      url: options.url ?? pageUrl(),
      date,
    });
    if (!subset) throw new ExportError({ code: "nothing-to-export" });
    return done(new Blob([datasetJson(subset)], { type: MIME.json }));
  }

  if (options.format === "gexf" || options.format === "graphml") {
    const { index, visibility, state, elements } = view;
    if (visibility.matching.size === 0) throw new ExportError({ code: "nothing-to-export" });
    // Where the screen shows each node; without a graph on screen, packed as the figure would be.
    const shown = (id: string) => visibility.matching.has(id) || visibility.context.has(id);
    const sectorOrder = index.dataset.sectors.map((s) => s.id);
    const positions = env.graph?.placements().size
      ? env.graph.placements()
      : arrangeElements(elements, shown, sectorOrder, GRAPH_FILE_ASPECT);
    const graph = graphFileOf(index, visibility, elements, positions, state.lang);
    const text =
      options.format === "gexf" ? gexfText(graph, isoDate(options.date ?? new Date())) : graphmlText(graph);
    return done(new Blob([text], { type: MIME[options.format] }));
  }

  const figure = await composeWithFonts(await withRivers(view), options, env);
  checkSize(figure);
  const size = { width: figure.layout.width, height: figure.layout.height };
  const background = options.background ?? "white";
  if (options.format === "pdf" || (options.format === "svg" && options.textAsOutlines)) {
    // Loaded on first use: outlines and the PDF writer are not needed by the other formats.
    const [{ loadOutliner }, { figurePdf }] = await Promise.all([
      import("./textOutlines"),
      import("./pdfFigure"),
    ]);
    const outliner = await loadOutliner(textByWeight(figure));
    if (options.format === "svg")
      return done(new Blob([figureSvg(figure, { background, outliner })], { type: MIME.svg }), size);
    const pdf = await figurePdf(figure, {
      background,
      outliner,
      deflate,
      lang: view.state.lang === "zh" ? "zh-Hans" : "en",
      date: isoDate(options.date ?? new Date()),
    });
    return done(new Blob([pdf as BlobPart], { type: MIME.pdf }), size);
  }
  if (options.format === "svg") {
    let fontFaceCss = "";
    try {
      fontFaceCss = (await embedFontSubset(textByWeight(figure))).css;
    } catch (error) {
      // Still a correct drawing: viewers fall back to an installed font.
      console.warn("[export] the font could not be embedded in the SVG", error);
    }
    return done(new Blob([figureSvg(figure, { background, fontFaceCss })], { type: MIME.svg }), size);
  }
  const canvas = await withGraph(view, env, (graph) => renderFigureCanvas(figure, { background, graph }));
  const blob = await canvasToPng(canvas);
  // Release the pixels at once rather than when the collector gets to them.
  canvas.width = 0;
  canvas.height = 0;
  return done(blob, size);
}

/**
 * Draws the figure scaled down into `canvas` (the dialog's preview), by the same code as the PNG.
 * Returns the full-size figure's pixel size.
 */
export async function drawPreview(
  canvas: HTMLCanvasElement,
  options: ExportOptions,
  env: ExportEnvironment,
  box: { width: number; height: number },
): Promise<{ width: number; height: number }> {
  const view = await withRivers(currentView(env.store));
  const figure = await composeWithFonts(view, options, env);
  const { width, height } = figure.layout;
  const factor = Math.min(box.width / width, box.height / height);
  const ratio = typeof devicePixelRatio === "number" ? devicePixelRatio : 1;
  canvas.width = Math.max(1, Math.round(width * factor * ratio));
  canvas.height = Math.max(1, Math.round(height * factor * ratio));
  canvas.style.width = `${Math.round(width * factor)}px`;
  canvas.style.height = `${Math.round(height * factor)}px`;
  const context = canvas.getContext("2d");
  if (!context) return { width, height };
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.save();
  context.scale(factor * ratio, factor * ratio);
  await withGraph(view, env, (graph) =>
    paintFigure(context, figure, { background: options.background ?? "white", graph }),
  );
  context.restore();
  return { width, height };
}
