/**
 * The graph of a view as plain drawing instructions in model coordinates: edges, node shapes and
 * labels with the styles the canvas uses (resolved from graph/stylesheet.ts), plus the decisions
 * an export makes for its own scale, which the PNG path hands to cytoscape so both formats agree:
 * the size of commander labels, and which labels are drawn (decided in sceneLabels.ts).
 */
import { type Prepared, prepare, union } from "./sceneLabels";
import type { Box, EdgeItem, GraphScene, NodeItem, Rect, SceneInput, ScenePlacement } from "./sceneTypes";
import { nodeShapePath, outlineIntersection } from "./shapes";
import { num, px, str } from "./styleResolver";

// cytoscape's defaults for properties our stylesheet leaves unset.
const DEFAULT_EDGE_DASH = [6, 3];
const DEFAULT_BORDER_DASH = [4, 2];
const DOTTED = [1, 1];

/** `pattern`: the stylesheet's own dash pattern ("16 4"), if it sets one. */
function dashFor(style: string, dashed: number[], pattern = ""): number[] | null {
  const own = pattern.split(/\s+/).filter(Boolean).map(Number);
  if (style === "dashed") return own.length > 0 && own.every(Number.isFinite) ? own : dashed;
  if (style === "dotted") return DOTTED;
  return null;
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
    // Until the scale the labels were laid out at is the scale the figure is drawn at (or six rounds).
    for (let round = 0; round < 6; round++) {
      prepared = prepare(input, scale / unit);
      frame = contentBox(prepared) ?? nodesOnly;
      const settled = fitScale(frame, rect);
      if (settled === scale) break;
      scale = settled;
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
    const classes = new Set<string>(input.onMap ? ["on-map"] : []);
    const style = input.style.resolve({ group: "edges", data: { ...edge.data }, classes });
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
      dash: dashFor(
        str(style["line-style"], "solid"),
        DEFAULT_EDGE_DASH,
        str(style["line-dash-pattern"], ""),
      ),
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
    tierLabels: prepared.tierLabels,
    placements: new Map(
      prepared.nodes.map(({ node }) => [
        node.id,
        {
          x: node.x,
          y: node.y,
          ...(typeof node.data.labelWidth === "string" && node.kind === "cluster-title"
            ? { labelWidth: node.data.labelWidth }
            : {}),
        },
      ]),
    ),
  };
}
