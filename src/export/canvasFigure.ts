/**
 * The PNG path: a canvas of exactly the figure's pixel size (never multiplied by the device pixel
 * ratio), the graph drawn by cytoscape through the figure's transform, and the legend and caption
 * painted from the same primitives the SVG writer writes.
 */
import type { GraphHandle } from "../graph/controller";
import { canvasFont } from "./canvasText";
import { type ComposedFigure, exportStylesheet } from "./compose";
import { ExportError } from "./errors";
import type { Primitive, PrimitiveGroup } from "./primitives";

function paintPrimitive(context: CanvasRenderingContext2D, p: Primitive): void {
  context.save();
  switch (p.kind) {
    case "text":
      context.font = canvasFont(p.font);
      context.fillStyle = p.fill;
      context.textAlign = p.anchor === "middle" ? "center" : p.anchor === "end" ? "right" : "left";
      context.textBaseline = "alphabetic";
      context.fillText(p.text, p.x, p.y);
      break;
    case "path": {
      const path = new Path2D(p.d);
      if (p.fill) {
        context.globalAlpha = p.fillOpacity * p.opacity;
        context.fillStyle = p.fill;
        context.fill(path);
      }
      if (p.stroke && p.strokeWidth > 0) {
        context.globalAlpha = p.strokeOpacity * p.opacity;
        context.strokeStyle = p.stroke;
        context.lineWidth = p.strokeWidth;
        context.setLineDash(p.dash ?? []);
        context.stroke(path);
      }
      break;
    }
    case "line":
      context.globalAlpha = p.opacity;
      context.strokeStyle = p.stroke;
      context.lineWidth = p.width;
      context.lineCap = "butt";
      context.setLineDash(p.dash ?? []);
      context.beginPath();
      context.moveTo(p.x1, p.y1);
      context.lineTo(p.x2, p.y2);
      context.stroke();
      break;
  }
  context.restore();
}

export function paintGroups(context: CanvasRenderingContext2D, groups: readonly PrimitiveGroup[]): void {
  for (const group of groups) for (const p of group.primitives) paintPrimitive(context, p);
}

/**
 * Browsers differ in how large a canvas they allow (iOS Safari far less than desktop browsers),
 * and past the limit they fail silently with an empty image. Writing one pixel in the far corner
 * and reading it back tells, before anything is drawn, whether this canvas really works.
 */
export function probeCanvas(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  const context = canvas.getContext("2d");
  if (!context || canvas.width === 0 || canvas.height === 0) return null;
  try {
    context.fillStyle = "rgb(12, 34, 56)";
    context.fillRect(canvas.width - 1, canvas.height - 1, 1, 1);
    const [r, g, b, a] = context.getImageData(canvas.width - 1, canvas.height - 1, 1, 1).data;
    context.clearRect(canvas.width - 1, canvas.height - 1, 1, 1);
    return r === 12 && g === 34 && b === 56 && a === 255 ? context : null;
  } catch {
    return null;
  }
}

export interface PaintOptions {
  background: "white" | "transparent";
  graph: GraphHandle;
}

/** Paints a composed figure into a context whose transform maps figure pixels to the canvas. */
export function paintFigure(
  context: CanvasRenderingContext2D,
  figure: ComposedFigure,
  options: PaintOptions,
): void {
  const { layout, scene } = figure;
  if (options.background === "white") {
    context.save();
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, layout.width, layout.height);
    context.restore();
  }
  if (figure.basemap.length > 0) {
    context.save();
    const { x, y, width, height } = layout.graphRect;
    context.beginPath();
    context.rect(x, y, width, height);
    context.clip();
    paintGroups(context, figure.basemap);
    context.restore();
  }
  options.graph.drawForExport(context, {
    scale: scene.scale,
    offset: scene.offset,
    clip: layout.graphRect,
    stylesheet: exportStylesheet(),
    labelled: scene.labelled,
    tierLabels: scene.tierLabels,
    placements: scene.placements,
    titles: scene.titles,
  });
  paintGroups(context, [...layout.legend, ...layout.caption, ...figure.overlays]);
}

/** A canvas of exactly the figure's size with the figure painted on it. */
export function renderFigureCanvas(figure: ComposedFigure, options: PaintOptions): HTMLCanvasElement {
  const { width, height } = figure.layout;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = probeCanvas(canvas);
  if (!context) throw new ExportError({ code: "refused-by-browser", width, height });
  paintFigure(context, figure, options);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      // A null or empty blob is the browser's silent failure for oversized canvases: never hand it on.
      if (blob && blob.size > 0) resolve(blob);
      else
        reject(new ExportError({ code: "refused-by-browser", width: canvas.width, height: canvas.height }));
    }, "image/png");
  });
}
