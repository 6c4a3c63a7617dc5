/**
 * A GEXF or GraphML file to node and edge sheets, told apart by the root element. Loaded with the XML
 * parser only when such a file is opened.
 */
import { cellProblem } from "../../problems";
import { readGexf } from "./gexf";
import { readGraphml } from "./graphml";
import type { AttributeRoles, GraphRead } from "./graphTables";
import { parseXml } from "./xmlDocument";

export function readXmlGraph(file: string, text: string, roles: AttributeRoles = {}): GraphRead {
  const parsed = parseXml(file, text);
  if (!parsed.ok) return { ok: false, errors: [parsed.problem] };
  const { root } = parsed;
  if (root.localName === "gexf") return readGexf(file, root, roles);
  if (root.localName === "graphml") return readGraphml(file, root, roles);
  return {
    ok: false,
    errors: [
      cellProblem(
        { file, row: root.lineNumber ?? 1 },
        "not-a-graph-file",
        `the XML's root element is <${root.localName}>, not <gexf> or <graphml>; open a GEXF or GraphML file`,
        `该 XML 的根元素是 <${root.localName}>，而不是 <gexf> 或 <graphml>；请打开 GEXF 或 GraphML 文件`,
      ),
    ],
  };
}
