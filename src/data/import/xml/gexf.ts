/**
 * GEXF 1.1 to 1.3 (Gephi's format) to node and edge sheets: labels, attributes (with their defaults),
 * viz positions, edge weights, kinds and directions. A dynamic graph is refused: the app draws one
 * moment, and choosing which would be a guess.
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

export const GEXF_NAMESPACES = [
  "http://gexf.net/1.3",
  "http://www.gexf.net/1.3",
  "http://gexf.net/1.2",
  "http://www.gexf.net/1.2draft",
  "http://gexf.net/1.2draft",
  "http://www.gexf.net/1.1draft",
] as const;

const TIME_ATTRIBUTES = ["start", "end", "startopen", "endopen", "timestamp", "timestamps"];

interface Attribute {
  title: string;
  fallback: string | undefined;
}

function attributesOf(graph: Element, forClass: "node" | "edge"): Map<string, Attribute> {
  const byId = new Map<string, Attribute>();
  for (const block of childElements(graph, "attributes")) {
    if ((block.getAttribute("class") ?? "node") !== forClass) continue;
    for (const attribute of childElements(block, "attribute")) {
      const id = attribute.getAttribute("id") ?? "";
      const fallback = childElement(attribute, "default")?.textContent ?? undefined;
      byId.set(id, { title: attribute.getAttribute("title") || id, fallback });
    }
  }
  return byId;
}

/** Each declared attribute's value for one element, its default where the element gives none. */
function attributeValues(element: Element, declared: ReadonlyMap<string, Attribute>) {
  const given = new Map<string, string>();
  for (const block of childElements(element, "attvalues"))
    for (const value of childElements(block, "attvalue"))
      given.set(
        value.getAttribute("for") ?? value.getAttribute("id") ?? "",
        value.getAttribute("value") ?? "",
      );
  return [...declared].map(([id, a]) => [a.title, given.get(id) ?? a.fallback] as const);
}

/** The first element that says the graph changes over time, if any. */
function dynamicPart(graph: Element): Element | undefined {
  if (graph.getAttribute("mode") === "dynamic") return graph;
  const timed = (e: Element) =>
    TIME_ATTRIBUTES.some((name) => e.hasAttribute(name)) || childElement(e, "spells") !== undefined;
  for (const list of [...childElements(graph, "nodes"), ...childElements(graph, "edges")])
    for (const item of [...childElements(list, "node"), ...childElements(list, "edge")]) {
      if (timed(item)) return item;
      for (const block of childElements(item, "attvalues"))
        for (const value of childElements(block, "attvalue")) if (timed(value)) return value;
    }
  return undefined;
}

export function readGexf(file: string, root: Element, chosen: AttributeRoles): GraphRead {
  const namespace = root.namespaceURI ?? "";
  if (namespace !== "" && !(GEXF_NAMESPACES as readonly string[]).includes(namespace))
    return { ok: false, errors: [unknownNamespace(file, "GEXF", namespace, GEXF_NAMESPACES)] };
  const graph = childElement(root, "graph");
  if (!graph) return { ok: false, errors: [noGraph(file, "GEXF")] };
  const dynamic = dynamicPart(graph);
  if (dynamic) return { ok: false, errors: [dynamicRefused(file, lineOf(dynamic))] };

  const warnings: DatasetProblem[] = [];
  const nodeAttributes = attributesOf(graph, "node");
  const titles = [...nodeAttributes.values()].map((a) => a.title);
  const { column, roles } = nodeAttributeColumns(titles, chosen);
  const nodes = new TableBuilder(["id", "label"]);
  for (const list of childElements(graph, "nodes"))
    for (const node of childElements(list, "node")) {
      const position = childElements(node, "position").find((p) => p.namespaceURI?.endsWith("/viz"));
      nodes.add(lineOf(node), [
        ["id", node.getAttribute("id")],
        ["label", node.getAttribute("label")],
        ...attributeValues(node, nodeAttributes).map(([t, v]) => [column.get(t) ?? t, v] as const),
        ["x", position?.getAttribute("x")],
        ["y", flipY(position?.getAttribute("y"))],
      ]);
    }

  const defaultType = graph.getAttribute("defaultedgetype") || "undirected";
  let directed = false;
  const edgeAttributes = attributesOf(graph, "edge");
  const edges = new TableBuilder(["id", "source", "target"]);
  const edgeElements = childElements(graph, "edges").flatMap((list) => childElements(list, "edge"));
  // GEXF's default weight is 1; it is filled in only when some edge has a weight, so that an unweighted
  // graph is not drawn as one weighted throughout.
  const weighted = edgeElements.some((edge) => edge.hasAttribute("weight"));
  for (const edge of edgeElements) {
    const type = edge.getAttribute("type") || defaultType;
    directed ||= type === "directed";
    edges.add(lineOf(edge), [
      ["id", edge.getAttribute("id")],
      ["source", edge.getAttribute("source")],
      ["target", edge.getAttribute("target")],
      ["weight", edge.getAttribute("weight") ?? (weighted ? "1" : undefined)],
      ["kind", edge.getAttribute("kind")],
      ["label", edge.getAttribute("label")],
      ...attributeValues(edge, edgeAttributes).map(([t, v]) => [`attribute: ${t}`, v] as const),
    ]);
  }
  const title = childElement(root, "meta") && childElement(childElement(root, "meta") as Element, "title");
  return {
    ok: true,
    tables: {
      format: "gexf",
      nodes: nodes.sheet(file, "enterprises"),
      edges: edges.sheet(file, "links"),
      directed,
      ...(title?.textContent?.trim() && { title: title.textContent.trim() }),
      nodeAttributes: titles,
      roles,
      warnings,
    },
  };
}

function dynamicRefused(file: string, line: number): DatasetProblem {
  return cellProblem(
    { file, row: line },
    "dynamic-gexf",
    "this is a dynamic GEXF (its nodes, edges or values change over time), and the app draws one moment only. In Gephi, choose a moment with the timeline and export that as a static graph (File > Export > Graph file, GEXF)",
    "这是动态 GEXF（节点、连线或属性随时间变化），而本应用只能绘制某一时刻。请在 Gephi 中用时间轴选定时刻，再导出为静态图（文件 > 导出 > 图文件，GEXF）",
  );
}
