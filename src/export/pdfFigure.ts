/**
 * A composed figure as a one-page vector PDF: the same layers (the map's base layer, edges, nodes,
 * labels, legend, caption), in the same order and with the same paint as the SVG writer's, every
 * text set as glyph outlines (textOutlines.ts). The page is the print preset's paper, or the screen
 * preset at 96 pixels to the inch.
 */
import type { ComposedFigure } from "./compose";
import { parsePathData, type Segment } from "./pathData";
import { type Deflate, PdfContent, writePdf } from "./pdf";
import type { Primitive, PrimitiveGroup } from "./primitives";
import type { LabelItem, NodeItem } from "./sceneTypes";
import type { FontSpec } from "./text";
import type { TextOutliner } from "./textOutlines";

const POINTS_PER_MM = 72 / 25.4;
const POINTS_PER_CSS_PX = 72 / 96;

export interface PdfFigureOptions {
  background: "white" | "transparent";
  outliner: TextOutliner;
  deflate: Deflate;
  lang: string;
  /** ISO date of the figure. */
  date: string;
}

/** The page size in points: the paper of a print preset, else the pixels at 96 to the inch. */
export function pageSize(figure: ComposedFigure): { width: number; height: number } {
  const paper = figure.size.paperMm;
  if (paper) return { width: paper.width * POINTS_PER_MM, height: paper.height * POINTS_PER_MM };
  return {
    width: figure.layout.width * POINTS_PER_CSS_PX,
    height: figure.layout.height * POINTS_PER_CSS_PX,
  };
}

function line(x1: number, y1: number, x2: number, y2: number): Segment[] {
  return [
    ["M", x1, y1],
    ["L", x2, y2],
  ];
}

function drawText(
  page: PdfContent,
  outliner: TextOutliner,
  run: {
    lines: ReadonlyArray<{ text: string; x: number; y: number }>;
    font: FontSpec;
    anchor: "start" | "middle" | "end";
  },
  paint: { fill: string; alpha: number; halo: LabelItem["outline"] },
): void {
  const segments = run.lines.flatMap((l) => outliner(l.text, l.x, l.y, run.font, run.anchor).segments);
  page.text(run.lines.map((l) => l.text).join(" "), () => {
    // The halo under the letters, as paint-order="stroke" draws it in the SVG.
    if (paint.halo)
      page.stroke(segments, {
        colour: paint.halo.colour,
        width: paint.halo.width,
        alpha: paint.alpha,
        round: true,
      });
    page.fill(segments, paint.fill, paint.alpha);
  });
}

/** A node or legend mark: SVG path data, filled, then stroked. */
function drawShape(
  page: PdfContent,
  shape: Pick<
    NodeItem,
    "d" | "fillOpacity" | "stroke" | "strokeWidth" | "strokeOpacity" | "dash" | "opacity"
  > & {
    fill: string | null;
  },
): void {
  const segments = parsePathData(shape.d);
  if (shape.fill) page.fill(segments, shape.fill, shape.fillOpacity * shape.opacity);
  if (shape.stroke)
    page.stroke(segments, {
      colour: shape.stroke,
      width: shape.strokeWidth,
      alpha: shape.strokeOpacity * shape.opacity,
      dash: shape.dash,
    });
}

function drawPrimitive(page: PdfContent, outliner: TextOutliner, p: Primitive): void {
  switch (p.kind) {
    case "text":
      drawText(
        page,
        outliner,
        { lines: [p], font: p.font, anchor: p.anchor },
        { fill: p.fill, alpha: 1, halo: null },
      );
      break;
    case "path":
      drawShape(page, p);
      break;
    case "line":
      page.stroke(line(p.x1, p.y1, p.x2, p.y2), {
        colour: p.stroke,
        width: p.width,
        alpha: p.opacity,
        dash: p.dash,
      });
      break;
  }
}

export async function figurePdf(figure: ComposedFigure, options: PdfFigureOptions): Promise<Uint8Array> {
  const { layout, scene } = figure;
  const { outliner } = options;
  const size = pageSize(figure);
  const page = new PdfContent();
  // Figure pixels, y down, onto the page's points, y up.
  const unit = size.width / layout.width;
  page.transform([unit, 0, 0, -unit, 0, size.height]);
  if (options.background === "white")
    page.fill(parsePathData(`M0 0H${layout.width}V${layout.height}H0Z`), "#ffffff", 1);

  const clippedToGraph = (draw: () => void, inModelCoordinates: boolean) => {
    page.save();
    const r = layout.graphRect;
    page.clipRect(r.x, r.y, r.width, r.height);
    if (inModelCoordinates) page.transform([scene.scale, 0, 0, scene.scale, scene.offset.x, scene.offset.y]);
    draw();
    page.restore();
  };
  const graphLayer = (draw: () => void) => clippedToGraph(draw, true);
  // The map view's rivers, seats and names: figure pixels, under the graph.
  if (figure.basemap.length > 0)
    clippedToGraph(() => {
      for (const group of figure.basemap) for (const p of group.primitives) drawPrimitive(page, outliner, p);
    }, false);
  graphLayer(() => {
    for (const e of scene.edges)
      page.stroke(line(e.x1, e.y1, e.x2, e.y2), {
        colour: e.stroke,
        width: e.width,
        alpha: e.opacity,
        dash: e.dash,
      });
  });
  graphLayer(() => {
    for (const node of scene.nodes) drawShape(page, node);
  });
  graphLayer(() => {
    for (const label of scene.labels)
      drawText(page, outliner, label, { fill: label.fill, alpha: label.opacity, halo: label.outline });
  });
  const groups: PrimitiveGroup[] = [...layout.legend, ...layout.caption, ...figure.overlays];
  for (const group of groups) for (const p of group.primitives) drawPrimitive(page, outliner, p);

  return writePdf(
    {
      ...size,
      content: page,
      title: figure.title,
      subject: figure.description,
      lang: options.lang,
      date: `D:${options.date.replace(/-/g, "")}`,
    },
    options.deflate,
  );
}
