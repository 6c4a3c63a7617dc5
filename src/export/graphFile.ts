/**
 * The current view as a graph file for Gephi and other network tools: GEXF 1.3 with the viz namespace
 * (each node where the screen shows it, in its network's colour, at its size) or GraphML with the keys
 * Gephi writes (label, x, y, size, r, g, b). Both carry the network (sector), region and tier of each
 * node and the weight of each link. y is turned over: these files count it upwards, the screen down.
 */
import { UNKNOWN_SECTOR_ID } from "../data/import/assembleDataset";
import { type Lang, nameIn } from "../i18n/lang";
import type { GraphElements } from "../model/elements";
import type { Visibility } from "../model/filters";
import type { NetworkIndex } from "../model/networkIndex";
import { shownEnterpriseIds } from "./csv";

export interface GraphFileNode {
  id: string;
  /** Absent for a node the file named by its id only. */
  label: string | undefined;
  /** Absent for an imported node that had no sector. */
  sector: string | undefined;
  region: string | undefined;
  tier: string;
  x: number;
  y: number;
  size: number;
  colour: string;
}

export interface GraphFileEdge {
  id: string;
  source: string;
  target: string;
  weight: number | undefined;
}

export interface GraphFile {
  title: string;
  description: string;
  directed: boolean;
  nodes: GraphFileNode[];
  edges: GraphFileEdge[];
}

/** The shown nodes and links, at `positions` (where the view places them). */
export function graphFileOf(
  index: NetworkIndex,
  visibility: Visibility,
  elements: GraphElements,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  lang: Lang,
): GraphFile {
  const { dataset } = index;
  const element = new Map(elements.nodes.map((n) => [n.data.id, n]));
  const sectorName = new Map(dataset.sectors.map((s) => [s.id, nameIn(s.name, lang, s.id)]));
  const nodes = shownEnterpriseIds(index, visibility).flatMap((id) => {
    const e = index.enterprises.get(id);
    const drawn = element.get(id);
    if (!e || !drawn) return [];
    const at = positions.get(id) ?? drawn.position;
    const region = e.region !== undefined ? index.regions.get(e.region) : undefined;
    return [
      {
        id,
        label: lang === "zh" ? (e.name.zh ?? e.name.en) : (e.name.en ?? e.name.zh),
        sector: e.sector === UNKNOWN_SECTOR_ID ? undefined : (sectorName.get(e.sector) ?? e.sector),
        region: region ? nameIn(region.name, lang, region.id) : undefined,
        tier: e.tier,
        x: at.x,
        y: at.y,
        size: drawn.data.size,
        colour: drawn.data.colour,
      },
    ];
  });
  const edges = dataset.links
    .filter((link) => visibility.links.has(link.id))
    .map((link) => ({ id: link.id, source: link.source, target: link.target, weight: link.weight }));
  return {
    title: nameIn(dataset.title, lang, dataset.id),
    description: nameIn(dataset.citation, lang, ""),
    directed: dataset.directed !== false,
    nodes,
    edges,
  };
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text for an attribute or element; characters XML 1.0 cannot hold are left out. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const number = (value: number) => String(Math.round(value * 1000) / 1000 || 0);

function rgb(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1] ?? "808080";
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

const attr = (name: string, value: string | number | undefined) =>
  value === undefined ? "" : ` ${name}="${escapeXml(typeof value === "number" ? number(value) : value)}"`;

export function gexfText(graph: GraphFile, date: string): string {
  const node = (n: GraphFileNode) => {
    const [r, g, b] = rgb(n.colour);
    const value = (key: string, v: string | undefined) =>
      v === undefined ? "" : `\n          <attvalue for="${key}" value="${escapeXml(v)}"/>`;
    return `      <node${attr("id", n.id)}${attr("label", n.label)}>
        <attvalues>${value("sector", n.sector)}${value("region", n.region)}${value("tier", n.tier)}
        </attvalues>
        <viz:position x="${number(n.x)}" y="${number(-n.y)}" z="0"/>
        <viz:color r="${r}" g="${g}" b="${b}"/>
        <viz:size value="${number(n.size)}"/>
      </node>`;
  };
  const edge = (e: GraphFileEdge) =>
    `      <edge${attr("id", e.id)}${attr("source", e.source)}${attr("target", e.target)}${attr("weight", e.weight)}/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="${date}">
    <creator>Shanxi networks</creator>
    <title>${escapeXml(graph.title)}</title>
    <description>${escapeXml(graph.description)}</description>
  </meta>
  <graph mode="static" defaultedgetype="${graph.directed ? "directed" : "undirected"}">
    <attributes class="node">
      <attribute id="sector" title="sector" type="string"/>
      <attribute id="region" title="region" type="string"/>
      <attribute id="tier" title="tier" type="string"/>
    </attributes>
    <nodes>
${graph.nodes.map(node).join("\n")}
    </nodes>
    <edges>
${graph.edges.map(edge).join("\n")}
    </edges>
  </graph>
</gexf>
`;
}

const GRAPHML_NODE_KEYS = [
  ["label", "string"],
  ["sector", "string"],
  ["region", "string"],
  ["tier", "string"],
  ["x", "double"],
  ["y", "double"],
  ["size", "double"],
  ["r", "int"],
  ["g", "int"],
  ["b", "int"],
] as const;

export function graphmlText(graph: GraphFile): string {
  const data = (key: string, value: string | number | undefined) =>
    value === undefined
      ? ""
      : `\n      <data key="${key}">${escapeXml(typeof value === "number" ? number(value) : value)}</data>`;
  const node = (n: GraphFileNode) => {
    const [r, g, b] = rgb(n.colour);
    const values = [n.label, n.sector, n.region, n.tier, n.x, -n.y, n.size, r, g, b];
    return `    <node${attr("id", n.id)}>${GRAPHML_NODE_KEYS.map(([key], i) => data(key, values[i])).join("")}
    </node>`;
  };
  const edge = (e: GraphFileEdge) =>
    `    <edge${attr("id", e.id)}${attr("source", e.source)}${attr("target", e.target)}>${data("weight", e.weight)}
    </edge>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${GRAPHML_NODE_KEYS.map(([key, type]) => `  <key id="${key}" for="node" attr.name="${key}" attr.type="${type}"/>`).join("\n")}
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="${graph.directed ? "directed" : "undirected"}">
${graph.nodes.map(node).join("\n")}
${graph.edges.map(edge).join("\n")}
  </graph>
</graphml>
`;
}
