/**
 * Figure composition: where the title, the filters, the graph, the legend, the provenance key and
 * the caption go in an image of a given pixel size, as drawing primitives in output pixels. The SVG
 * writer and the PNG painter both draw these, so the two formats share one layout.
 *
 * Sizes below are CSS pixels of the design, multiplied by the preset's `unit`. Landscape figures
 * put the legend in a column on the right; portrait ones put it in rows under the graph.
 */
import type { FigureText } from "./figureText";
import { columnWidthFor, measureSection, type SectionBox } from "./legendLayout";
import type { FigureSize } from "./presets";
import {
  blockHeight,
  drawBlock,
  INK,
  MUTED,
  type PrimitiveGroup,
  scaled,
  type TextBlock,
} from "./primitives";
import type { Box, Rect } from "./sceneTypes";
import { type FontSpec, type MeasureText, wrapText } from "./text";

export type { Primitive, PrimitiveGroup } from "./primitives";

export interface FigureParts {
  title: boolean;
  filters: boolean;
  legend: boolean;
  provenance: boolean;
  source: boolean;
  date: boolean;
  link: boolean;
}

export const ALL_PARTS: FigureParts = {
  title: true,
  filters: true,
  legend: true,
  provenance: true,
  source: true,
  date: true,
  link: true,
};

export interface FigureLayout {
  width: number;
  height: number;
  unit: number;
  /** Portrait figures put the legend under the graph, landscape ones beside it. */
  legendBelow: boolean;
  graphRect: Rect;
  /** Title, filters, source, date and link: the SVG's `caption` layer. */
  caption: PrimitiveGroup[];
  /** Legend sections and the provenance key: the SVG's `legend` layer. */
  legend: PrimitiveGroup[];
}

const TITLE: FontSpec = { size: 22, weight: "bold" };
const FILTERS: FontSpec = { size: 13, weight: "normal" };
const CAPTION: FontSpec = { size: 11.5, weight: "normal" };
const SECTION_GAP = 14;
const HEADER_GAP = 14;
const FOOTER_GAP = 12;
const GUTTER = 24;

export interface LayoutInput {
  size: FigureSize;
  parts: FigureParts;
  text: FigureText;
  measure: MeasureText;
  /** Width over height of what the graph shows; sets the height of a custom-width figure. */
  graphAspect: number;
  /**
   * The most height the graph needs (output pixels), once known: a wide graph on a portrait page
   * then keeps the legend right under it instead of leaving a gap between them.
   */
  graphHeightNeeded?: number;
}

export function layoutFigure(input: LayoutInput): FigureLayout {
  const { size, parts, text, measure } = input;
  const unit = size.unit;
  const margin = size.margin * unit;
  const width = size.width;
  const innerWidth = width - 2 * margin;

  const header: TextBlock[] = [];
  if (parts.title)
    header.push({
      id: "caption-title",
      lines: wrapText(text.title, innerWidth, scaled(TITLE, unit), measure, 2),
      font: scaled(TITLE, unit),
      fill: INK,
    });
  if (parts.filters)
    header.push({
      id: "caption-filters",
      lines: wrapText(text.filters, innerWidth, scaled(FILTERS, unit), measure, 3),
      font: scaled(FILTERS, unit),
      fill: MUTED,
    });
  const footer: TextBlock[] = [];
  if (text.notes && text.notes.length > 0)
    footer.push({
      id: "caption-notes",
      lines: text.notes.flatMap((note) => wrapText(note, innerWidth, scaled(CAPTION, unit), measure, 2)),
      font: scaled(CAPTION, unit),
      fill: MUTED,
    });
  if (parts.source)
    footer.push({
      id: "caption-source",
      lines: wrapText(text.source, innerWidth, scaled(CAPTION, unit), measure, 2),
      font: scaled(CAPTION, unit),
      fill: MUTED,
    });
  const dated = [parts.date ? text.date : null, parts.link ? text.link : null].filter(
    (s): s is string => s !== null,
  );
  if (dated.length > 0)
    footer.push({
      id: parts.link ? "caption-link" : "caption-date",
      lines: wrapText(dated.join(" · "), innerWidth, scaled(CAPTION, unit), measure, 4),
      font: scaled(CAPTION, unit),
      fill: MUTED,
    });

  const headerHeight =
    header.reduce((sum, b) => sum + blockHeight(b), 0) + (header.length > 0 ? HEADER_GAP * unit : 0);
  const footerHeight =
    footer.reduce((sum, b) => sum + blockHeight(b), 0) + (footer.length > 0 ? FOOTER_GAP * unit : 0);

  const sections = [
    ...(parts.legend ? text.legend : []),
    ...(parts.provenance && text.provenance ? [text.provenance] : []),
  ];
  const columnWidth = columnWidthFor(sections, unit, measure);
  const boxes = sections.map((s) => measureSection(s, text, columnWidth, unit, measure));

  const side = size.height === null ? true : width / size.height >= 1.15;
  let height = size.height ?? 0;
  let legendWidth = 0;
  let legendHeight = 0;
  // Positions relative to the legend's top-left corner.
  const placed: Array<{ box: SectionBox; x: number; y: number }> = [];

  const stackInColumns = (maxHeight: number) => {
    placed.length = 0;
    let x = 0;
    let y = 0;
    let columnHeight = 0;
    for (const box of boxes) {
      if (y > 0 && y + box.height > maxHeight) {
        x += columnWidth + GUTTER * unit;
        y = 0;
      }
      placed.push({ box, x, y });
      y += box.height + SECTION_GAP * unit;
      columnHeight = Math.max(columnHeight, y - SECTION_GAP * unit);
    }
    legendWidth = boxes.length > 0 ? x + columnWidth : 0;
    legendHeight = boxes.length > 0 ? Math.max(columnHeight, ...placed.map((p) => p.y + p.box.height)) : 0;
  };
  const flowInRows = () => {
    placed.length = 0;
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    for (const box of boxes) {
      if (x > 0 && x + box.width > innerWidth) {
        x = 0;
        y += rowHeight + SECTION_GAP * unit;
        rowHeight = 0;
      }
      placed.push({ box, x, y });
      x += box.width + GUTTER * 1.5 * unit;
      rowHeight = Math.max(rowHeight, box.height);
    }
    legendWidth = innerWidth;
    legendHeight = boxes.length > 0 ? y + rowHeight : 0;
  };

  if (side) {
    if (size.height === null) {
      stackInColumns(Number.POSITIVE_INFINITY);
      const graphWidth = innerWidth - (legendWidth > 0 ? legendWidth + GUTTER * unit : 0);
      const aspect = Math.min(4, Math.max(0.5, input.graphAspect || 1));
      const body = Math.max(graphWidth / aspect, legendHeight);
      height = Math.round(2 * margin + headerHeight + body + footerHeight);
    } else {
      stackInColumns(height - 2 * margin - headerHeight - footerHeight);
    }
  } else {
    flowInRows();
  }

  const bodyTop = margin + headerHeight;
  const bodyHeight = height - 2 * margin - headerHeight - footerHeight;
  const graphRect: Rect = side
    ? {
        x: margin,
        y: bodyTop,
        width: innerWidth - (legendWidth > 0 ? legendWidth + GUTTER * unit : 0),
        height: bodyHeight,
      }
    : {
        x: margin,
        y: bodyTop,
        width: innerWidth,
        height: Math.min(
          bodyHeight - (legendHeight > 0 ? legendHeight + GUTTER * unit : 0),
          input.graphHeightNeeded ?? Number.POSITIVE_INFINITY,
        ),
      };
  const legendOrigin = side
    ? { x: width - margin - legendWidth, y: bodyTop }
    : { x: margin, y: graphRect.y + graphRect.height + GUTTER * unit };

  const caption: PrimitiveGroup[] = [];
  let top = margin;
  for (const block of header) {
    caption.push({ id: block.id, primitives: drawBlock(block, margin, top) });
    top += blockHeight(block);
  }
  top = height - margin - footerHeight + (footer.length > 0 ? FOOTER_GAP * unit : 0);
  for (const block of footer) {
    caption.push({ id: block.id, primitives: drawBlock(block, margin, top) });
    top += blockHeight(block);
  }
  const legend = placed.map(({ box, x, y }) => box.draw(legendOrigin.x + x, legendOrigin.y + y));

  return {
    width,
    height,
    unit,
    legendBelow: !side,
    graphRect: { ...graphRect, height: Math.max(graphRect.height, 1), width: Math.max(graphRect.width, 1) },
    caption,
    legend,
  };
}

/** A line of text centred in the graph area, for a view that shows nothing. */
export function emptyMessage(text: FigureText, rect: Rect, unit: number): PrimitiveGroup {
  return {
    id: "caption-empty",
    primitives: [
      {
        kind: "text",
        x: rect.x + rect.width / 2,
        y: rect.y + rect.height / 2,
        text: text.empty,
        font: scaled({ size: 16, weight: "normal" }, unit),
        fill: MUTED,
        anchor: "middle",
      },
    ],
  };
}

/** The aspect ratio of a model box, for sizing custom-width figures. */
export function aspectOf(box: Box | null): number {
  if (!box) return 1;
  return Math.max(box.x2 - box.x1, 1) / Math.max(box.y2 - box.y1, 1);
}
