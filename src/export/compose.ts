/**
 * A view composed as a figure, from pure inputs: layout (figure.ts), graph (graphScene.ts) and
 * words (figureText.ts). Runs in Node for the golden SVG tests and in the browser for exports.
 */
import type { Dataset } from "../data/schema";
import { createStylesheet, LIGHT_THEME } from "../graph/stylesheet";
import type { Lang } from "../i18n/lang";
import { arrangeElements, type GraphElements, withPlacements } from "../model/elements";
import type { Filters, Visibility } from "../model/filters";
import type { NetworkIndex } from "../model/networkIndex";
import { buildBasemap, type MapFigureInput } from "./basemap";
import {
  aspectOf,
  emptyMessage,
  type FigureLayout,
  type FigureParts,
  layoutFigure,
  type PrimitiveGroup,
} from "./figure";
import { buildFigureText, type FigureText, viewDescription } from "./figureText";
import { buildGraphScene } from "./graphScene";
import type { FigureSize } from "./presets";
import type { Box, FontMetrics, GraphScene } from "./sceneTypes";
import { createStyleResolver, type StyleRule } from "./styleResolver";
import { writeSvg } from "./svg";
import type { MeasureText } from "./text";
import type { TextOutliner } from "./textOutlines";

export interface ComposeInput {
  index: NetworkIndex;
  elements: GraphElements;
  filters: Filters;
  visibility: Visibility;
  lang: Lang;
  size: FigureSize;
  parts: FigureParts;
  /** The part of the model to show (the on-screen viewport), or null for everything shown. */
  extent: Box | null;
  /** ISO date printed on the figure. */
  date: string;
  /** The link that reopens the view. */
  url: string;
  measure: MeasureText;
  metrics?: FontMetrics;
  /** The map view: nodes at their seats over the base layer, and the map's credit line. */
  map?: MapFigureInput | null;
}

export interface ComposedFigure {
  layout: FigureLayout;
  scene: GraphScene;
  text: FigureText;
  overlays: PrimitiveGroup[];
  /** The map's base layer under the graph (the SVG's `basemap` layer); empty for the stars. */
  basemap: PrimitiveGroup[];
  /** For the SVG's <title> and <desc>. */
  title: string;
  description: string;
  dataset: Dataset;
  size: FigureSize;
}

/** Exports always use the light theme: a figure is printed or placed on a page, not shown in the app's chrome. */
export function exportStylesheet(): StyleRule[] {
  return createStylesheet(LIGHT_THEME) as unknown as StyleRule[];
}

/** The bounding box of the shown nodes' centres and cluster titles, before labels are sized. */
export function shownExtent(elements: GraphElements, visibility: Visibility): Box | null {
  let box: Box | null = null;
  const add = (x: number, y: number, r: number) => {
    box = box
      ? {
          x1: Math.min(box.x1, x - r),
          y1: Math.min(box.y1, y - r),
          x2: Math.max(box.x2, x + r),
          y2: Math.max(box.y2, y + r),
        }
      : { x1: x - r, y1: y - r, x2: x + r, y2: y + r };
  };
  const sectors = new Set<string>();
  for (const node of elements.nodes) {
    if (!visibility.matching.has(node.data.id) && !visibility.context.has(node.data.id)) continue;
    sectors.add(node.data.sector);
    add(node.position.x, node.position.y, node.data.size / 2);
  }
  for (const placeholder of elements.placeholders)
    if (visibility.placeholders.has(placeholder.data.id))
      add(placeholder.position.x, placeholder.position.y, placeholder.data.size / 2);
  for (const title of elements.titles)
    if (sectors.has(title.data.sector)) add(title.position.x, title.position.y, 30);
  return box;
}

/** A frame's first guess before the figure is laid out: its own shape, or a landscape one when its height follows the content. */
const PROVISIONAL_ASPECT = 1.6;

export function composeFigure(input: ComposeInput): ComposedFigure {
  const style = createStyleResolver(exportStylesheet());
  const { map } = input;
  const text = buildFigureText({ ...input, style });
  // The rivers' credit (their licence asks for it) goes with the source, in every export that draws them.
  if (map) text.notes = [map.text.key, ...(map.text.credit ? [map.text.credit] : [])];
  // The whole view is packed for the figure's graph rectangle, as the screen packs for its frame; a
  // viewport export keeps the screen's placement (its elements come so placed).
  const sectorOrder = input.index.dataset.sectors.map((sector) => sector.id);
  const { matching, context, placeholders } = input.visibility;
  const shown = (id: string) => matching.has(id) || context.has(id) || placeholders.has(id);
  const packedFor = (frameAspect: number) =>
    input.extent
      ? input.elements
      : map
        ? withPlacements(input.elements, map.layout.positions)
        : withPlacements(input.elements, arrangeElements(input.elements, shown, sectorOrder, frameAspect));
  let elements = packedFor(input.size.height ? input.size.width / input.size.height : PROVISIONAL_ASPECT);
  const aspect = aspectOf(input.extent ?? shownExtent(elements, input.visibility));
  const layoutInput = {
    size: input.size,
    parts: input.parts,
    text,
    measure: input.measure,
    graphAspect: aspect,
  };
  let layout = layoutFigure(layoutInput);
  if (!input.extent) elements = packedFor(layout.graphRect.width / Math.max(1, layout.graphRect.height));
  const sceneInput = {
    elements,
    visibility: input.visibility,
    style,
    measure: input.measure,
    metrics: input.metrics,
    onMap: Boolean(map),
  };
  let scene = buildGraphScene(sceneInput, {
    rect: layout.graphRect,
    unit: layout.unit,
    extent: input.extent,
  });
  // Under a wide graph on a tall page, move the legend up to the graph and leave the air at the bottom.
  const needed = Math.ceil((scene.content.y2 - scene.content.y1) * scene.scale + 12 * layout.unit);
  if (layout.legendBelow && input.extent === null && needed < layout.graphRect.height - layout.unit) {
    layout = layoutFigure({ ...layoutInput, graphHeightNeeded: needed });
    scene = buildGraphScene(sceneInput, { rect: layout.graphRect, unit: layout.unit, extent: input.extent });
  }
  const basemap = map
    ? buildBasemap(
        map,
        scene,
        layout.graphRect,
        layout.unit,
        input.measure,
        (map.layout.strip?.ids ?? []).some((id) => shown(id)),
      )
    : [];
  const overlays =
    input.visibility.matching.size === 0 ? [emptyMessage(text, layout.graphRect, layout.unit)] : [];
  return {
    layout,
    scene,
    text,
    overlays,
    basemap,
    title: `${text.title} — ${viewDescription(input.index, input.filters, input.visibility, input.lang)}`,
    description: `${text.source}. ${text.date}. ${text.link}`,
    dataset: input.index.dataset,
    size: input.size,
  };
}

export function figureSvg(
  figure: ComposedFigure,
  options: { background: "white" | "transparent"; fontFaceCss?: string; outliner?: TextOutliner },
): string {
  return writeSvg({
    layout: figure.layout,
    scene: figure.scene,
    background: options.background,
    title: figure.title,
    description: figure.description,
    datasetId: figure.dataset.id,
    fontFaceCss: options.fontFaceCss ?? "",
    paperMm: figure.size.paperMm,
    overlays: figure.overlays,
    basemap: figure.basemap,
    ...(options.outliner ? { outliner: options.outliner } : {}),
  });
}

/** Every character each weight of the font must draw, to subset the embedded font. */
export function textByWeight(figure: ComposedFigure): { normal: string; bold: string } {
  const sets = { normal: new Set<string>(), bold: new Set<string>() };
  const add = (text: string, weight: string) => {
    for (const char of text) sets[weight === "bold" ? "bold" : "normal"].add(char);
  };
  for (const label of figure.scene.labels) for (const line of label.lines) add(line.text, label.font.weight);
  for (const group of [
    ...figure.layout.caption,
    ...figure.layout.legend,
    ...figure.overlays,
    ...figure.basemap,
  ])
    for (const p of group.primitives) if (p.kind === "text") add(p.text, p.font.weight);
  const join = (set: Set<string>) => [...set].sort().join("");
  return { normal: join(sets.normal), bold: join(sets.bold) };
}
