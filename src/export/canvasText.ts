/**
 * Browser text measurement for figures: a canvas set to the graph's font, as cytoscape measures
 * its labels, so wrapped and shortened labels in the SVG break where the canvas breaks them.
 */
import { GRAPH_FONT_FAMILY } from "../graph/stylesheet";
import { DEFAULT_FONT_METRICS } from "./sceneLabels";
import type { FontMetrics } from "./sceneTypes";
import type { FontSpec, MeasureText } from "./text";

export function canvasFont(font: FontSpec): string {
  return `normal ${font.weight} ${font.size}px ${GRAPH_FONT_FAMILY}`;
}

export function createCanvasMeasure(): MeasureText {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) throw new Error("no 2D canvas to measure text");
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font.weight}|${font.size}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = canvasFont(font);
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

/**
 * Where the canvas's "bottom" baseline (cytoscape's) lies below the alphabetic one (the SVG's),
 * measured on the loaded font; the default is Noto Sans SC's value in Chromium.
 */
export function measureFontMetrics(): FontMetrics {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return DEFAULT_FONT_METRICS;
  const size = 100;
  context.font = canvasFont({ size, weight: "normal" });
  context.textBaseline = "bottom";
  const metrics = context.measureText("国") as TextMetrics & { alphabeticBaseline?: number };
  const offset = metrics.alphabeticBaseline;
  if (typeof offset !== "number" || !Number.isFinite(offset) || Math.abs(offset) > size)
    return DEFAULT_FONT_METRICS;
  return { baselineAboveBottom: Math.abs(offset) / size };
}

/**
 * Waits until the glyphs of `text` are loaded in both weights: the page loads its font chunks by
 * unicode-range only when text needs them, and a canvas silently falls back to another font.
 */
export async function loadFigureFonts(text: { normal: string; bold: string }): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return;
  await Promise.all([
    text.normal ? document.fonts.load(canvasFont({ size: 16, weight: "normal" }), text.normal) : null,
    text.bold ? document.fonts.load(canvasFont({ size: 16, weight: "bold" }), text.bold) : null,
  ]);
}
