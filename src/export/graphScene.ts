/**
 * The graph of a view as plain drawing instructions in model coordinates: edges, node shapes and
 * labels with the styles the canvas uses (resolved from graph/stylesheet.ts), plus the decisions
 * an export makes for its own scale, which the PNG path hands to cytoscape so both formats agree:
 * the size of commander labels, and which labels are drawn.
 *
 * Labels follow the screen's rules (graph/labels.ts) evaluated at the export's scale instead of the
 * screen's zoom: a label is drawn when it is at least its minimum size in CSS pixels of the figure,
 * and when two labels overlap the more important one wins (commanders, then medium, then small
 * factories; larger nodes first).
 */
import { commanderLabelStyle, TIER_PRIORITY } from "../graph/labels";
import type { GraphElements } from "../model/elements";
import { fmt, nodeShapePath, outlineIntersection } from "./shapes";
import { num, px, type StyleMap, type StyleResolver, str } from "./styleResolver";
import { cytoscapeEllipsis, cytoscapeWrap, type FontSpec, type FontWeight, type MeasureText } from "./text";

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SceneVisibility {
  matching: ReadonlySet<string>;
  context: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

export interface EdgeItem {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  width: number;
  opacity: number;
  dash: number[] | null;
}

export interface NodeItem {
  id: string;
  d: string;
  fill: string;
  fillOpacity: number;
  stroke: string | null;
  strokeWidth: number;
  strokeOpacity: number;
  dash: number[] | null;
  opacity: number;
}

export interface LabelItem {
  /** The enterprise id, or the cluster title's id. */
  id: string;
  kind: "enterprise" | "cluster-title";
  lines: Array<{ text: string; x: number; y: number }>;
  anchor: "start" | "middle" | "end";
  font: FontSpec;
  fill: string;
  outline: { colour: string; width: number } | null;
  opacity: number;
  box: Box;
}

export interface GraphScene {
  /** The part of the model shown, and how it maps to the figure: figure = model × scale + offset. */
  frame: Box;
  /** What is drawn (nodes and labels), in model coordinates; inside `frame`. */
  content: Box;
  scale: number;
  offset: { x: number; y: number };
  edges: EdgeItem[];
  nodes: NodeItem[];
  labels: LabelItem[];
  /** Enterprises whose label is drawn. */
  labelled: ReadonlySet<string>;
  /** Cluster titles drawn, and their font size in model pixels. */
  titles: { shown: ReadonlySet<string>; fontSize: number };
  commanderLabel: { fontSize: number; labelWidth: string };
}

export interface FontMetrics {
  /** How far the alphabetic baseline sits above the bottom of the em box, in ems (cytoscape sets text by the bottom). */
  baselineAboveBottom: number;
}

/** Noto Sans SC's em box (OS/2 typo metrics 880/−120), measured in Chromium's canvas: bottom is 0.12 em below the baseline. */
export const DEFAULT_FONT_METRICS: FontMetrics = { baselineAboveBottom: 0.12 };

export interface SceneInput {
  elements: GraphElements;
  visibility: SceneVisibility;
  style: StyleResolver;
  measure: MeasureText;
  metrics?: FontMetrics;
}

export interface ScenePlacement {
  /** Where the graph goes in the figure, in output pixels. */
  rect: Rect;
  /** Output pixels per CSS pixel of the figure. */
  unit: number;
  /** A fixed part of the model to show (the on-screen viewport); by default all that is shown, framed. */
  extent?: Box | null;
}

// cytoscape's defaults for properties our stylesheet leaves unset.
const DEFAULT_FONT_SIZE = 16;
const DEFAULT_EDGE_DASH = [6, 3];
const DEFAULT_BORDER_DASH = [4, 2];
const DOTTED = [1, 1];

function dashFor(style: string, dashed: number[]): number[] | null {
  if (style === "dashed") return dashed;
  if (style === "dotted") return DOTTED;
  return null;
}

function union(a: Box | null, b: Box): Box {
  if (!a) return { ...b };
  return {
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

interface ShownNode {
  id: string;
  x: number;
  y: number;
  data: Record<string, unknown>;
  classes: Set<string>;
  kind: "enterprise" | "cluster-title";
}

function shownNodes(input: SceneInput, commander: { fontSize: number; labelWidth: string }): ShownNode[] {
  const { elements, visibility } = input;
  const shown = (id: string) => visibility.matching.has(id) || visibility.context.has(id);
  const sectorsShown = new Set<string>();
  const out: ShownNode[] = [];
  for (const node of elements.nodes) {
    if (!shown(node.data.id)) continue;
    sectorsShown.add(node.data.sector);
    const data: Record<string, unknown> = { ...node.data };
    if (node.data.tier === "commander") Object.assign(data, commander);
    const classes = new Set<string>(visibility.context.has(node.data.id) ? ["context"] : []);
    out.push({ id: node.data.id, ...node.position, data, classes, kind: "enterprise" });
  }
  for (const title of elements.titles) {
    if (!sectorsShown.has(title.data.sector)) continue;
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

interface Prepared {
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
function prepare(
  input: SceneInput,
  zoom: number,
): Prepared & { commander: { fontSize: number; labelWidth: string } } {
  const commander = commanderLabelStyle(zoom);
  const metrics = input.metrics ?? DEFAULT_FONT_METRICS;
  const nodes = shownNodes(input, commander).map((node) => ({
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
      priority: TIER_PRIORITY[String(node.data.tier)] ?? 3,
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
  return { nodes, labels, labelled, commander, titles, titleFontSize: titleSize };
}

function contentBox(prepared: Prepared): Box | null {
  let box: Box | null = null;
  for (const { node, style } of prepared.nodes) {
    if (node.kind === "cluster-title") continue;
    const half = (px(style.width, 30) + px(style["border-width"], 0)) / 2;
    box = union(box, { x1: node.x - half, y1: node.y - half, x2: node.x + half, y2: node.y + half });
  }
  for (const label of prepared.labels) box = union(box, label.box);
  return box;
}

function fitScale(box: Box, rect: Rect): number {
  const width = Math.max(box.x2 - box.x1, 1);
  const height = Math.max(box.y2 - box.y1, 1);
  return Math.min(rect.width / width, rect.height / height);
}

/** Air between the graph and the edge of its rectangle, in CSS pixels: no label touches the clip. */
const INSET = 6;

export function buildGraphScene(input: SceneInput, placement: ScenePlacement): GraphScene {
  const { unit } = placement;
  const inset = Math.min(INSET * unit, placement.rect.width / 4, placement.rect.height / 4);
  const rect = {
    x: placement.rect.x + inset,
    y: placement.rect.y + inset,
    width: placement.rect.width - 2 * inset,
    height: placement.rect.height - 2 * inset,
  };
  let prepared: ReturnType<typeof prepare>;
  let frame: Box;
  let scale: number;
  if (placement.extent) {
    frame = placement.extent;
    scale = fitScale(frame, rect);
    prepared = prepare(input, scale / unit);
  } else {
    // The frame depends on which labels are drawn, which depends on the scale: settle it in a few rounds.
    prepared = prepare(input, 1);
    const nodesOnly = contentBox({ ...prepared, labels: [] }) ?? { x1: 0, y1: 0, x2: 1, y2: 1 };
    scale = fitScale(nodesOnly, rect);
    frame = nodesOnly;
    for (let round = 0; round < 3; round++) {
      prepared = prepare(input, scale / unit);
      frame = contentBox(prepared) ?? nodesOnly;
      scale = fitScale(frame, rect);
    }
  }
  // Centre the frame in the rectangle.
  const offset = {
    x: rect.x + (rect.width - (frame.x2 - frame.x1) * scale) / 2 - frame.x1 * scale,
    y: rect.y + (rect.height - (frame.y2 - frame.y1) * scale) / 2 - frame.y1 * scale,
  };
  // What the rectangle shows, in model coordinates (wider than the frame on one axis).
  const outer = placement.rect;
  const shownFrame = {
    x1: (outer.x - offset.x) / scale,
    y1: (outer.y - offset.y) / scale,
    x2: (outer.x + outer.width - offset.x) / scale,
    y2: (outer.y + outer.height - offset.y) / scale,
  };

  const nodeById = new Map(prepared.nodes.map((entry) => [entry.node.id, entry]));
  const nodes: NodeItem[] = [];
  for (const { node, style } of prepared.nodes) {
    if (node.kind === "cluster-title") continue;
    const size = px(style.width, 30);
    const borderWidth = px(style["border-width"], 0);
    nodes.push({
      id: node.id,
      d: nodeShapePath(str(style.shape, "ellipse"), node.x, node.y, size, px(style.height, size)),
      fill: str(style["background-color"], "#999"),
      fillOpacity: num(style["background-opacity"], 1),
      stroke: borderWidth > 0 ? str(style["border-color"], "#000") : null,
      strokeWidth: borderWidth,
      strokeOpacity: num(style["border-opacity"], 1),
      dash: dashFor(str(style["border-style"], "solid"), DEFAULT_BORDER_DASH),
      opacity: num(style.opacity, 1),
    });
  }

  const edges: EdgeItem[] = [];
  for (const edge of input.elements.edges) {
    if (!input.visibility.links.has(edge.data.id)) continue;
    const source = nodeById.get(edge.data.source);
    const target = nodeById.get(edge.data.target);
    if (!source || !target) continue;
    const style = input.style.resolve({ group: "edges", data: { ...edge.data }, classes: new Set() });
    const outer = (entry: typeof source) => px(entry.style.width, 30) + px(entry.style["border-width"], 0);
    const from = outlineIntersection(
      str(source.style.shape, "ellipse"),
      source.node,
      outer(source),
      target.node,
    );
    const to = outlineIntersection(
      str(target.style.shape, "ellipse"),
      target.node,
      outer(target),
      source.node,
    );
    edges.push({
      id: edge.data.id,
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      stroke: str(style["line-color"], "#999"),
      width: px(style.width, 3),
      opacity: num(style.opacity, 1),
      dash: dashFor(str(style["line-style"], "solid"), DEFAULT_EDGE_DASH),
    });
  }

  return {
    frame: shownFrame,
    content: contentBox(prepared) ?? frame,
    scale,
    offset,
    edges,
    nodes,
    labels: prepared.labels,
    labelled: prepared.labelled,
    titles: { shown: prepared.titles, fontSize: prepared.titleFontSize },
    commanderLabel: prepared.commander,
  };
}

/** A model-space box as SVG attributes, e.g. for a clip rectangle. */
export function boxAttributes(box: Box): string {
  return `x="${fmt(box.x1)}" y="${fmt(box.y1)}" width="${fmt(box.x2 - box.x1)}" height="${fmt(box.y2 - box.y1)}"`;
}
