/**
 * The legend and the provenance key of a figure: sections of entries, each with a sample drawn by
 * the graph's own stylesheet, measured and wrapped to a column width.
 */
import type { FigureText, LegendItem, LegendSection } from "./figureText";
import {
  blockHeight,
  drawBlock,
  INK,
  LINE_HEIGHT,
  type Primitive,
  type PrimitiveGroup,
  scaled,
  type TextBlock,
} from "./primitives";
import { fmt, nodeShapePath } from "./shapes";
import { num, px, str } from "./styleResolver";
import { type FontSpec, type MeasureText, wrapText } from "./text";

const HEADING: FontSpec = { size: 11.5, weight: "bold" };
const ITEM: FontSpec = { size: 11.5, weight: "normal" };
const SAMPLE = 16;
const SAMPLE_GAP = 7;
const ITEM_GAP = 3;
const MIN_COLUMN = 150;
const MAX_COLUMN = 250;

/** A legend sample, drawn with the graph's own styles at `unit` scale, centred on (cx, cy). */
function samplePrimitives(
  item: LegendItem,
  text: FigureText,
  cx: number,
  cy: number,
  unit: number,
): Primitive[] {
  const { sample } = item;
  if (sample.kind === "swatch") {
    const s = 12 * unit;
    return [
      {
        kind: "path",
        d: `M${fmt(cx - s / 2)} ${fmt(cy - s / 2)}h${fmt(s)}v${fmt(s)}h${fmt(-s)}Z`,
        fill: sample.colour,
        fillOpacity: 1,
        stroke: null,
        strokeWidth: 0,
        strokeOpacity: 1,
        dash: null,
        opacity: 1,
      },
    ];
  }
  if (sample.kind === "edge") {
    const style = text.style.resolve({ group: "edges", data: sample.data, classes: new Set() });
    const lineStyle = str(style["line-style"], "solid");
    const width = Math.max(px(style.width, 1.4), 1.4) * 1.4 * unit;
    const pattern = str(style["line-dash-pattern"], "6 3")
      .split(/\s+/)
      .map((n) => Number(n) * unit);
    return [
      {
        kind: "line",
        x1: cx - (SAMPLE / 2 + 4) * unit,
        y1: cy,
        x2: cx + (SAMPLE / 2 + 4) * unit,
        y2: cy,
        stroke: INK,
        width,
        dash: lineStyle === "dashed" ? pattern : lineStyle === "dotted" ? [width, width] : null,
        opacity: 1,
      },
    ];
  }
  const style = text.style.resolve({ group: "nodes", data: sample.data, classes: new Set(sample.classes) });
  const size = px(style.width, 12) * unit;
  const borderWidth = px(style["border-width"], 0) * unit;
  const borderStyle = str(style["border-style"], "solid");
  return [
    {
      kind: "path",
      d: nodeShapePath(str(style.shape, "ellipse"), cx, cy, size, size),
      fill: str(style["background-color"], "#999"),
      fillOpacity: num(style["background-opacity"], 1),
      // The graph's white borders separate touching nodes; on a legend they would only blur the sample.
      stroke:
        borderWidth > 0 && str(style["border-color"], "#fff").toLowerCase() !== "#ffffff"
          ? str(style["border-color"], INK)
          : null,
      strokeWidth: borderWidth,
      strokeOpacity: 1,
      dash: borderStyle === "dashed" ? [4 * unit, 2 * unit] : borderStyle === "dotted" ? [unit, unit] : null,
      opacity: 1,
    },
  ];
}

export interface SectionBox {
  section: LegendSection;
  width: number;
  height: number;
  draw(x: number, y: number): PrimitiveGroup;
}

export function measureSection(
  section: LegendSection,
  text: FigureText,
  columnWidth: number,
  unit: number,
  measure: MeasureText,
): SectionBox {
  const heading: TextBlock = {
    lines: wrapText(section.heading, columnWidth, scaled(HEADING, unit), measure, 2),
    font: scaled(HEADING, unit),
    fill: INK,
    id: `${section.id}-heading`,
  };
  const labelX = (SAMPLE + SAMPLE_GAP) * unit;
  const items = section.items.map((item) => {
    const label = item.note ? `${item.label} — ${item.note}` : item.label;
    const block: TextBlock = {
      lines: wrapText(label, columnWidth - labelX, scaled(ITEM, unit), measure, 3),
      font: scaled(ITEM, unit),
      fill: INK,
      id: item.id,
    };
    return { item, block, height: Math.max(SAMPLE * unit, blockHeight(block)) };
  });
  const headingHeight = blockHeight(heading) + 3 * unit;
  const height =
    headingHeight + items.reduce((sum, i) => sum + i.height + ITEM_GAP * unit, 0) - ITEM_GAP * unit;
  const widest = Math.max(
    ...heading.lines.map((l) => measure(l, heading.font)),
    ...items.map((i) => labelX + Math.max(...i.block.lines.map((l) => measure(l, i.block.font)))),
  );
  return {
    section,
    width: Math.min(columnWidth, widest),
    height,
    draw(x, y) {
      const primitives: Primitive[] = drawBlock(heading, x, y);
      let top = y + headingHeight;
      for (const { item, block, height: itemHeight } of items) {
        const firstLine = (block.font.size * LINE_HEIGHT) / 2;
        primitives.push(
          ...samplePrimitives(
            item,
            text,
            x + (SAMPLE * unit) / 2,
            top + Math.max(firstLine, (SAMPLE * unit) / 2),
            unit,
          ),
        );
        primitives.push(
          ...drawBlock(
            block,
            x + labelX,
            top + Math.max(0, (SAMPLE * unit - block.font.size * LINE_HEIGHT) / 2),
          ),
        );
        top += itemHeight + ITEM_GAP * unit;
      }
      return { id: section.id, primitives };
    },
  };
}

/** The natural width of a legend column: its widest entry, within bounds. */
export function columnWidthFor(sections: LegendSection[], unit: number, measure: MeasureText): number {
  let widest = 0;
  for (const section of sections) {
    widest = Math.max(widest, measure(section.heading, scaled(HEADING, unit)));
    for (const item of section.items) {
      const label = item.note ? `${item.label} — ${item.note}` : item.label;
      widest = Math.max(widest, (SAMPLE + SAMPLE_GAP) * unit + measure(label, scaled(ITEM, unit)));
    }
  }
  return Math.min(MAX_COLUMN * unit, Math.max(MIN_COLUMN * unit, widest + 2 * unit));
}
