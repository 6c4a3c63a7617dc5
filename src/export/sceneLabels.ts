/**
 * Labels of a figure's graph. They follow the screen's rules (graph/labels.ts) evaluated at the
 * export's scale instead of the screen's zoom: a label is drawn when it is at least its minimum
 * size in CSS pixels of the figure, and when two labels overlap the more important one wins
 * (commanders, then medium, then small factories; larger nodes first). Positions, wrapping and
 * shortening are cytoscape's, so the SVG sets each line where the canvas sets it.
 */
import { PLACEHOLDER_PRIORITY, TIER_PRIORITY, type TierLabelData, tierLabelData } from "../graph/labels";
import type { Box, FontMetrics, LabelItem, SceneInput } from "./sceneTypes";
import { num, px, type StyleMap, str } from "./styleResolver";
import { cytoscapeEllipsis, cytoscapeWrap, type FontSpec, type FontWeight, type MeasureText } from "./text";

/** Noto Sans SC's em box (OS/2 typo metrics 880/−120), measured in Chromium's canvas: bottom is 0.12 em below the baseline. */
export const DEFAULT_FONT_METRICS: FontMetrics = { baselineAboveBottom: 0.12 };

/** cytoscape's default font size, for a rule that sets none. */
const DEFAULT_FONT_SIZE = 16;

export function union(a: Box | null, b: Box): Box {
  if (!a) return { ...b };
  return {
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

export interface ShownNode {
  id: string;
  x: number;
  y: number;
  data: Record<string, unknown>;
  classes: Set<string>;
  kind: "enterprise" | "cluster-title" | "placeholder";
}

/** A county label in print is drawn wherever it fits at 7 pt (in CSS pixels of the figure). */
export const PRINT_FACTORY_LABEL_PX = (7 * 96) / 72;

export function shownNodes(input: SceneInput, tierLabels: TierLabelData): ShownNode[] {
  const { elements, visibility } = input;
  const shown = (id: string) => visibility.matching.has(id) || visibility.context.has(id);
  const sectorsShown = new Set<string>();
  const out: ShownNode[] = [];
  for (const node of elements.nodes) {
    if (!shown(node.data.id)) continue;
    sectorsShown.add(node.data.sector);
    const data: Record<string, unknown> = { ...node.data };
    Object.assign(data, tierLabels[node.data.tier]);
    const classes = new Set<string>(visibility.context.has(node.data.id) ? ["context"] : []);
    if (input.onMap) classes.add("on-map");
    out.push({ id: node.data.id, ...node.position, data, classes, kind: "enterprise" });
  }
  for (const placeholder of elements.placeholders) {
    if (input.onMap || !visibility.placeholders?.has(placeholder.data.id)) continue;
    sectorsShown.add(placeholder.data.sector);
    // Named like a hub, at a hub's label size.
    out.push({
      id: placeholder.data.id,
      ...placeholder.position,
      data: { ...placeholder.data, ...tierLabels.commander },
      classes: new Set(["placeholder"]),
      kind: "placeholder",
    });
  }
  for (const title of elements.titles) {
    if (input.onMap || !sectorsShown.has(title.data.sector)) continue;
    out.push({
      id: title.data.id,
      ...title.position,
      data: { ...title.data },
      classes: new Set(["cluster-title"]),
      kind: "cluster-title",
    });
  }
  return out;
}

function labelFor(
  node: ShownNode,
  style: StyleMap,
  measure: MeasureText,
  metrics: FontMetrics,
): LabelItem | null {
  const text = str(style.label, "");
  if (text === "") return null;
  const font: FontSpec = {
    size: px(style["font-size"], DEFAULT_FONT_SIZE),
    weight: (str(style["font-weight"], "normal") === "bold" ? "bold" : "normal") as FontWeight,
  };
  const wrap = str(style["text-wrap"], "none");
  const maxWidth = px(style["text-max-width"], 9999);
  const lines =
    wrap === "wrap"
      ? cytoscapeWrap(text, maxWidth, font, measure)
      : wrap === "ellipsis"
        ? [cytoscapeEllipsis(text, maxWidth, font, measure)]
        : text.split("\n");
  const textWidth = Math.max(...lines.map((line) => Math.ceil(measure(line, font))));
  const textHeight = lines.length * font.size;
  const width = px(style.width, 30);
  const height = px(style.height, 30);
  const halign = str(style["text-halign"], "center");
  const valign = str(style["text-valign"], "top");
  const labelX = halign === "left" ? node.x - width / 2 : halign === "right" ? node.x + width / 2 : node.x;
  const labelY = valign === "top" ? node.y - height / 2 : valign === "bottom" ? node.y + height / 2 : node.y;
  const bottom =
    valign === "top" ? labelY : valign === "bottom" ? labelY + textHeight : labelY + textHeight / 2;
  const anchor = halign === "left" ? "end" : halign === "right" ? "start" : "middle";
  const x1 = anchor === "end" ? labelX - textWidth : anchor === "start" ? labelX : labelX - textWidth / 2;
  const outlineWidth = px(style["text-outline-width"], 0);
  return {
    id: node.id,
    kind: node.kind,
    anchor,
    font,
    fill: str(style.color, "#000"),
    outline:
      outlineWidth > 0 ? { colour: str(style["text-outline-color"], "#000"), width: outlineWidth * 2 } : null,
    opacity: num(style.opacity, 1) * num(style["text-opacity"], 1),
    lines: lines.map((line, i) => ({
      text: line.replace(/[\s\u200b]+$/, ""),
      x: labelX,
      y: bottom - (lines.length - 1 - i) * font.size - metrics.baselineAboveBottom * font.size,
    })),
    box: { x1, y1: bottom - textHeight, x2: x1 + textWidth, y2: bottom },
  };
}

export interface Prepared {
  nodes: Array<{ node: ShownNode; style: StyleMap }>;
  labels: LabelItem[];
  labelled: Set<string>;
  titles: Set<string>;
  titleFontSize: number;
}

/**
 * A network's title sits above its cluster. When filters leave only a few of its enterprises, far
 * below or beside it, the figure would frame a lone title and a gap; the legend and the filter line
 * name the network instead. The limits are model units, about twice the cluster header's height.
 */
const TITLE_REACH = 200;
/** Titles are never drawn larger than this many CSS pixels of the figure (screen: only by zooming in). */
const MAX_TITLE_CSS_PX = 34;

function titleHeads(title: ShownNode, shown: Box): boolean {
  return (
    title.x >= shown.x1 - TITLE_REACH &&
    title.x <= shown.x2 + TITLE_REACH &&
    title.y >= shown.y1 - TITLE_REACH &&
    title.y <= shown.y2
  );
}

/** Styles and labels at an effective zoom (model to CSS pixels of the figure). */
export function prepare(input: SceneInput, zoom: number): Prepared & { tierLabels: TierLabelData } {
  const tierLabels = tierLabelData(zoom, PRINT_FACTORY_LABEL_PX);
  const metrics = input.metrics ?? DEFAULT_FONT_METRICS;
  const nodes = shownNodes(input, tierLabels).map((node) => ({
    node,
    style: input.style.resolve({ group: "nodes", data: node.data, classes: node.classes }),
  }));
  // Where each network's shown enterprises are, to keep its title only where it still heads them.
  const sectorBoxes = new Map<string, Box>();
  for (const { node, style } of nodes) {
    if (node.kind !== "enterprise") continue;
    const half = px(style.width, 30) / 2;
    const sector = String(node.data.sector);
    const box = { x1: node.x - half, y1: node.y - half, x2: node.x + half, y2: node.y + half };
    sectorBoxes.set(sector, union(sectorBoxes.get(sector) ?? null, box));
  }
  const titleFontSize = (size: number) => Math.min(size, MAX_TITLE_CSS_PX / zoom);
  const candidates: Array<{ label: LabelItem; priority: number; size: number }> = [];
  const labels: LabelItem[] = [];
  const titles = new Set<string>();
  let titleSize = 0;
  for (const { node, style } of nodes) {
    if (node.kind === "cluster-title") {
      const shown = sectorBoxes.get(String(node.data.sector));
      if (!shown || !titleHeads(node, shown)) continue;
      titleSize = titleFontSize(px(style["font-size"], 16));
      const label = labelFor(node, { ...style, "font-size": titleSize }, input.measure, metrics);
      if (!label) continue;
      titles.add(node.id);
      labels.push(label);
      continue;
    }
    const label = labelFor(node, style, input.measure, metrics);
    if (!label) continue;
    if (label.font.size * zoom < px(style["min-zoomed-font-size"], 0)) continue;
    candidates.push({
      label,
      priority:
        node.kind === "placeholder" ? PLACEHOLDER_PRIORITY : (TIER_PRIORITY[String(node.data.tier)] ?? 3),
      size: px(style.width, 0),
    });
  }
  candidates.sort(
    (a, b) =>
      a.priority - b.priority ||
      b.size - a.size ||
      (a.label.id < b.label.id ? -1 : a.label.id > b.label.id ? 1 : 0),
  );
  const margin = 1 / zoom;
  const placed: Box[] = [];
  const labelled = new Set<string>();
  for (const { label } of candidates) {
    const box = {
      x1: label.box.x1 - margin,
      y1: label.box.y1 - margin,
      x2: label.box.x2 + margin,
      y2: label.box.y2 + margin,
    };
    if (placed.some((other) => overlaps(box, other))) continue;
    placed.push(box);
    labelled.add(label.id);
    labels.push(label);
  }
  return { nodes, labels, labelled, tierLabels, titles, titleFontSize: titleSize };
}
