/**
 * Our own SVG writer (cytoscape-svg is GPL-3.0 and mis-draws several of our styles).
 *
 * The file has one named layer per kind of content (`basemap` in the map view, `edges`, `nodes`,
 * `labels`, `legend`, `caption`), marked as layers for Inkscape too; every element of the graph carries the dataset's
 * id (`data-id`, and an `id` made XML-safe); text stays text; the graph keeps model coordinates
 * under one transform, so it can be moved and scaled as a whole in a vector editor.
 */
import { GRAPH_FONT_FAMILY } from "../graph/stylesheet";
import type { FigureLayout, Primitive, PrimitiveGroup } from "./figure";
import { segmentsToSvg } from "./pathData";
import type { GraphScene, LabelItem } from "./sceneTypes";
import { fmt } from "./shapes";
import type { FontSpec } from "./text";
import type { TextOutliner } from "./textOutlines";

export interface SvgDocumentInput {
  layout: FigureLayout;
  scene: GraphScene;
  background: "white" | "transparent";
  /** Shown in viewers' title bars and read by screen readers. */
  title: string;
  description: string;
  datasetId: string;
  /** @font-face rules with the embedded font subset, or "" to rely on installed fonts. */
  fontFaceCss?: string;
  /** Print presets give the page size, so the file opens at its real size in a vector editor. */
  paperMm?: { width: number; height: number } | undefined;
  /** Extra groups drawn over the graph, e.g. the message of an empty view. */
  overlays?: PrimitiveGroup[];
  /** The map's rivers, seats and names, under the graph, in figure pixels. */
  basemap?: PrimitiveGroup[];
  /**
   * Sets every text as glyph outlines (<path>) instead of <text>, for viewers and editors that do
   * not load the embedded font. Each keeps its words in `aria-label`.
   */
  outliner?: TextOutliner;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}

/** An XML id from a dataset id: letters, digits, hyphens and dots kept, anything else as _hex_. */
export function xmlId(prefix: string, id: string): string {
  let out = "";
  for (const char of id) {
    out += /[A-Za-z0-9.-]/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return `${prefix}${out}`;
}

const attr = (name: string, value: string | number) =>
  ` ${name}="${typeof value === "number" ? fmt(value) : escapeXml(value)}"`;

function dashAttr(dash: number[] | null): string {
  return dash && dash.length > 0 ? attr("stroke-dasharray", dash.map(fmt).join(" ")) : "";
}

function fontAttrs(font: { size: number; weight: string }): string {
  return `${attr("font-size", font.size)}${font.weight === "bold" ? attr("font-weight", "bold") : ""}`;
}

interface TextRun {
  lines: ReadonlyArray<{ text: string; x: number; y: number }>;
  font: FontSpec;
  anchor: "start" | "middle" | "end";
}

/** A line break between two Chinese characters stands for no space in the words. */
const WIDE_AT_BREAK = /^[\u2e80-\ua4cf\uf900-\ufaff\uff00-\uff60]{2}$/u;

/** Text as one path of glyph outlines, named by its words for screen readers and search. */
function outlinedText(outliner: TextOutliner, run: TextRun, attributes: string): string {
  const d = segmentsToSvg(
    run.lines.flatMap((line) => outliner(line.text, line.x, line.y, run.font, run.anchor).segments),
  );
  const words = run.lines.reduce(
    (all, line) =>
      all === ""
        ? line.text
        : `${all}${WIDE_AT_BREAK.test(all.slice(-1) + line.text[0]) ? "" : " "}${line.text}`,
    "",
  );
  return `<path role="img"${attr("aria-label", words)}${attributes}${attr("d", d)}/>`;
}

function primitiveSvg(p: Primitive, outliner: TextOutliner | undefined): string {
  switch (p.kind) {
    case "text":
      if (outliner)
        return outlinedText(outliner, { lines: [p], font: p.font, anchor: p.anchor }, attr("fill", p.fill));
      return `<text${attr("x", p.x)}${attr("y", p.y)}${fontAttrs(p.font)}${attr("fill", p.fill)}${p.anchor !== "start" ? attr("text-anchor", p.anchor) : ""}>${escapeXml(p.text)}</text>`;
    case "path":
      return `<path${attr("d", p.d)}${attr("fill", p.fill ?? "none")}${p.fill && p.fillOpacity !== 1 ? attr("fill-opacity", p.fillOpacity) : ""}${
        p.stroke ? `${attr("stroke", p.stroke)}${attr("stroke-width", p.strokeWidth)}${dashAttr(p.dash)}` : ""
      }${p.opacity !== 1 ? attr("opacity", p.opacity) : ""}/>`;
    case "line":
      return `<line${attr("x1", p.x1)}${attr("y1", p.y1)}${attr("x2", p.x2)}${attr("y2", p.y2)}${attr("stroke", p.stroke)}${attr("stroke-width", p.width)}${dashAttr(p.dash)}${p.opacity !== 1 ? attr("stroke-opacity", p.opacity) : ""}/>`;
  }
}

function groupSvg(group: PrimitiveGroup, outliner: TextOutliner | undefined): string {
  const body = group.primitives.map((p) => primitiveSvg(p, outliner)).join("\n");
  return `<g id="${escapeXml(group.id)}">\n${body}\n</g>`;
}

function labelSvg(label: LabelItem, outliner: TextOutliner | undefined): string {
  const id = label.kind === "cluster-title" ? xmlId("title-", label.id) : xmlId("label-", label.id);
  const outline = label.outline
    ? `${attr("stroke", label.outline.colour)}${attr("stroke-width", label.outline.width)} stroke-linejoin="round" paint-order="stroke"`
    : "";
  const first = label.lines[0];
  const ids = `${attr("id", id)}${attr("data-id", label.id)}`;
  const fill = attr("fill", label.fill);
  const halo = `${outline}${label.opacity !== 1 ? attr("opacity", label.opacity) : ""}`;
  if (outliner) return outlinedText(outliner, label, `${ids}${fill}${halo}`);
  const anchor = label.anchor !== "start" ? attr("text-anchor", label.anchor) : "";
  const common = `${ids}${fontAttrs(label.font)}${fill}${anchor}${halo}`;
  if (label.lines.length === 1 && first)
    return `<text${attr("x", first.x)}${attr("y", first.y)}${common}>${escapeXml(first.text)}</text>`;
  const spans = label.lines.map(
    (line) => `<tspan${attr("x", line.x)}${attr("y", line.y)}>${escapeXml(line.text)}</tspan>`,
  );
  return `<text${common}>${spans.join("")}</text>`;
}

function layer(id: string, body: string, extra = ""): string {
  return `<g id="${id}" inkscape:groupmode="layer" inkscape:label="${id}"${extra}>\n${body}\n</g>`;
}

export function writeSvg(input: SvgDocumentInput): string {
  const { layout, scene } = input;
  const { width, height, graphRect } = layout;
  // Six decimals: the scale multiplies every coordinate, so rounding it would move far nodes by pixels.
  const precise = (v: number) => String(Math.round(v * 1e6) / 1e6);
  const matrix = `matrix(${[scene.scale, 0, 0, scene.scale, scene.offset.x, scene.offset.y].map(precise).join(" ")})`;
  const graph = (body: string) => `<g transform="${matrix}">\n${body}\n</g>`;
  const clip = ' clip-path="url(#graph-clip)"';

  const edges = scene.edges
    .map(
      (e) =>
        `<line${attr("id", xmlId("link-", e.id))}${attr("data-id", e.id)}${attr("x1", e.x1)}${attr("y1", e.y1)}${attr("x2", e.x2)}${attr("y2", e.y2)}${attr("stroke", e.stroke)}${attr("stroke-width", e.width)}${attr("stroke-opacity", e.opacity)}${dashAttr(e.dash)}/>`,
    )
    .join("\n");
  const nodes = scene.nodes
    .map(
      (n) =>
        `<path${attr("id", xmlId("node-", n.id))}${attr("data-id", n.id)}${attr("d", n.d)}${attr("fill", n.fill)}${
          n.fillOpacity !== 1 ? attr("fill-opacity", n.fillOpacity) : ""
        }${n.stroke ? `${attr("stroke", n.stroke)}${attr("stroke-width", n.strokeWidth)}${dashAttr(n.dash)}` : ""}${
          n.opacity !== 1 ? attr("opacity", n.opacity) : ""
        }/>`,
    )
    .join("\n");
  const { outliner } = input;
  const labels = scene.labels.map((label) => labelSvg(label, outliner)).join("\n");

  const size = input.paperMm
    ? `${attr("width", `${fmt(input.paperMm.width)}mm`)}${attr("height", `${fmt(input.paperMm.height)}mm`)}`
    : `${attr("width", width)}${attr("height", height)}`;
  const style = input.fontFaceCss && !outliner ? `<style>\n${input.fontFaceCss}\n</style>\n` : "";

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"${size}${attr(
      "viewBox",
      `0 0 ${width} ${height}`,
    )}${attr("font-family", GRAPH_FONT_FAMILY)}${attr("data-dataset", input.datasetId)}>`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(input.description)}</desc>`,
    `<defs>\n${style}<clipPath id="graph-clip"><rect${attr("x", graphRect.x)}${attr("y", graphRect.y)}${attr("width", graphRect.width)}${attr("height", graphRect.height)}/></clipPath>\n</defs>`,
    input.background === "white" ? `<rect id="background" width="100%" height="100%" fill="#ffffff"/>` : "",
    input.basemap && input.basemap.length > 0
      ? layer("basemap", input.basemap.map((group) => groupSvg(group, outliner)).join("\n"), clip)
      : "",
    layer("edges", graph(edges), clip),
    layer("nodes", graph(nodes), clip),
    layer("labels", graph(labels), clip),
    layer("legend", layout.legend.map((group) => groupSvg(group, outliner)).join("\n")),
    layer(
      "caption",
      [...layout.caption, ...(input.overlays ?? [])].map((group) => groupSvg(group, outliner)).join("\n"),
    ),
    "</svg>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}
