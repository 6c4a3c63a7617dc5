/**
 * A GEXF or GraphML file through the spreadsheet import: its nodes and edges as sheets, then the same
 * checks, hub rule and loader. A directed graph keeps its links' directions; an undirected one has them
 * run from hub to spoke, as any spreadsheet's.
 */
import type { LoadResult } from "../../loadDataset";
import { cellProblem, type DatasetProblem } from "../../problems";
import { mapColumns } from "../columns";
import type { SheetsSummary, TierOptions } from "../hubsAndSpokes";
import { sheetsToDataset } from "../sheetsToDataset";
import type { AttributeRoles } from "./graphTables";
import { readXmlGraph } from "./readXmlGraph";

export function importGraphFile(
  file: string,
  text: string,
  options: Partial<TierOptions> & { attributeRoles?: AttributeRoles },
  onChecking: () => void,
): LoadResult & { tiers?: SheetsSummary; attributes?: { names: string[]; roles: AttributeRoles } } {
  const read = readXmlGraph(file, text, options.attributeRoles);
  if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };
  const { tables } = read;
  const converted = sheetsToDataset(
    [tables.nodes, tables.edges],
    { ...options, keepDirections: tables.directed },
    onChecking,
  );
  const { summary, ...loaded } = converted;
  const unused = [
    ...mapColumns("enterprises", tables.nodes.headers).unknown,
    ...mapColumns("links", tables.edges.headers).unknown,
  ];
  const shared = {
    warnings: [
      ...tables.warnings,
      ...loaded.warnings.filter((w) => w.code !== "ignored-columns"),
      ...attributesKeptAside(file, unused),
    ],
    ...(summary && { tiers: summary }),
    attributes: { names: tables.nodeAttributes, roles: tables.roles },
  };
  if (!loaded.ok) return { ok: false, errors: loaded.errors, ...shared };
  const { title } = tables;
  return {
    ok: true,
    dataset: {
      ...loaded.dataset,
      directed: tables.directed,
      ...(title !== undefined && { title: { zh: title, en: title } }),
    },
    ...shared,
  };
}

/** The spreadsheet's "ignored columns" in a graph file's words: attributes the app does not draw. */
function attributesKeptAside(file: string, names: readonly string[]): DatasetProblem[] {
  if (names.length === 0) return [];
  const list = names.map((n) => n.replace(/^attribute: /, ""));
  return [
    cellProblem(
      { file },
      "attributes-not-shown",
      `the attributes ${list.map((n) => `"${n}"`).join(", ")} are not shown: the app draws each node's network, region and tier, and each link's weight (nothing to do; below, you can choose which attribute is the network and which the region)`,
      `属性 ${list.map((n) => `“${n}”`).join("、")} 不显示：本应用只绘制节点的网络、地区和层级，以及连线的权重（无需处理；可在下方选择哪个属性作为网络、哪个作为地区）`,
    ),
  ];
}
