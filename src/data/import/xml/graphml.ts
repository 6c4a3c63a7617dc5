/**
 * GraphML to node and edge sheets: keys (with their defaults) become columns named by `attr.name`, so
 * a key named like a label, sector, region, weight or x and y is read as one; edge directions come from
 * `edgedefault` and each edge's `directed`. Nested graphs, ports and hyperedges are left out with a note.
 */
import type { Element } from "@xmldom/xmldom";
import { cellProblem, type DatasetProblem } from "../../problems";
import {
  type AttributeRoles,
  flipY,
  type GraphRead,
  nodeAttributeColumns,
  noGraph,
  TableBuilder,
  unknownNamespace,
} from "./graphTables";
import { childElement, childElements, lineOf } from "./xmlDocument";

export const GRAPHML_NAMESPACES = ["http://graphml.graphdrawing.org/xmlns"] as const;

interface Key {
  name: string;
  fallback: string | undefined;
}

function keysFor(root: Element, domain: "node" | "edge"): Map<string, Key> {
  const byId = new Map<string, Key>();
  for (const key of childElements(root, "key")) {
    const applies = key.getAttribute("for") || "all";
    if (applies !== domain && applies !== "all") continue;
    const id = key.getAttribute("id") ?? "";
    // yEd's drawing keys hold XML, not a value; their labels are inside that XML.
    if (key.hasAttribute("yfiles.type")) continue;
    byId.set(id, {
      name: key.getAttribute("attr.name") || id,
      fallback: childElement(key, "default")?.textContent ?? undefined,
    });
  }
  return byId;
}

function dataValues(element: Element, keys: ReadonlyMap<string, Key>) {
  const given = new Map<string, string>();
  for (const data of childElements(element, "data"))
    given.set(data.getAttribute("key") ?? "", data.textContent ?? "");
  return [...keys].map(([id, k]) => [k.name, given.get(id) ?? k.fallback] as const);
}

export function readGraphml(file: string, root: Element, chosen: AttributeRoles): GraphRead {
  const namespace = root.namespaceURI ?? "";
  if (namespace !== "" && !(GRAPHML_NAMESPACES as readonly string[]).includes(namespace))
    return { ok: false, errors: [unknownNamespace(file, "GraphML", namespace, GRAPHML_NAMESPACES)] };
  const graph = childElement(root, "graph");
  if (!graph) return { ok: false, errors: [noGraph(file, "GraphML")] };

  const warnings: DatasetProblem[] = [];
  const nodeKeys = keysFor(root, "node");
  const titles = [...nodeKeys.values()].map((k) => k.name);
  const { column, roles } = nodeAttributeColumns(titles, chosen);
  const nodes = new TableBuilder(["id"]);
  let nested = 0;
  for (const node of childElements(graph, "node")) {
    nested += childElements(node, "graph").length;
    nodes.add(
      lineOf(node),
      [
        ["id", node.getAttribute("id")] as const,
        ...dataValues(node, nodeKeys).map(([name, v]) => [column.get(name) ?? name, v] as const),
      ].map(([name, v]) => (name === "y" ? ([name, flipY(v)] as const) : ([name, v] as const))),
    );
  }

  const directedByDefault = graph.getAttribute("edgedefault") !== "undirected";
  let directed = false;
  const edgeKeys = keysFor(root, "edge");
  const edges = new TableBuilder(["id", "source", "target"]);
  for (const edge of childElements(graph, "edge")) {
    const flag = edge.getAttribute("directed");
    directed ||= flag === "true" || (flag !== "false" && directedByDefault);
    edges.add(lineOf(edge), [
      ["id", edge.getAttribute("id")],
      ["source", edge.getAttribute("source")],
      ["target", edge.getAttribute("target")],
      ...dataValues(edge, edgeKeys).map(([name, v]) =>
        name === "weight" || name === "kind" ? ([name, v] as const) : ([`attribute: ${name}`, v] as const),
      ),
    ]);
  }
  const hyperedges = childElements(graph, "hyperedge").length;
  if (nested + hyperedges > 0) {
    warnings.push(
      cellProblem(
        { file },
        "graphml-parts-left-out",
        `left out ${nested} nested graph(s) and ${hyperedges} hyperedge(s), which a network of nodes and links cannot show (nothing to do)`,
        `已略去 ${nested} 个嵌套图和 ${hyperedges} 条超边，节点与连线构成的网络无法表示它们（无需处理）`,
      ),
    );
  }
  return {
    ok: true,
    tables: {
      format: "graphml",
      nodes: nodes.sheet(file, "enterprises"),
      edges: edges.sheet(file, "links"),
      directed,
      nodeAttributes: titles,
      roles,
      warnings,
    },
  };
}
