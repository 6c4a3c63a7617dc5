/**
 * A GEXF or GraphML graph as the two sheets a spreadsheet import has, nodes and edges, so that every
 * check and message of the spreadsheet import applies to it; each row remembers its element's line.
 * Attributes become columns named by their titles: one titled like a sector or region column maps to
 * it, unless the reader chose another attribute for that role.
 */
import { cellProblem, type DatasetProblem } from "../../problems";
import { mapColumns } from "../columns";
import type { Sheet } from "../sheetRows";

/** The attributes the reader chose as the network (sector) and the region of each node. */
export interface AttributeRoles {
  sector?: string | undefined;
  region?: string | undefined;
}

export interface GraphTables {
  format: "gexf" | "graphml";
  nodes: Sheet;
  edges: Sheet;
  /** Whether any edge has a direction. */
  directed: boolean;
  /** The title the file gives itself. */
  title?: string;
  /** Node attributes by title, for the reader to choose the network and the region from. */
  nodeAttributes: string[];
  /** The attribute used for each role, chosen or matched by its name. */
  roles: AttributeRoles;
  warnings: DatasetProblem[];
}

export type GraphRead = { ok: true; tables: GraphTables } | { ok: false; errors: DatasetProblem[] };

/** Rows of cells keyed by column name, made into a sheet whose columns are every name used. */
export class TableBuilder {
  private readonly columns = new Map<string, number>();
  private readonly rows: Array<Map<number, string>> = [];
  private readonly lines: number[] = [];

  constructor(fixed: readonly string[]) {
    for (const name of fixed) this.columns.set(name, this.columns.size);
  }

  add(line: number, cells: ReadonlyArray<readonly [string, string | null | undefined]>): void {
    const row = new Map<number, string>();
    for (const [name, value] of cells) {
      if (value === null || value === undefined) continue;
      let column = this.columns.get(name);
      if (column === undefined) {
        column = this.columns.size;
        this.columns.set(name, column);
      }
      row.set(column, value);
    }
    this.rows.push(row);
    this.lines.push(line);
  }

  sheet(file: string, kind: "enterprises" | "links"): Sheet {
    const headers = [...this.columns.keys()];
    return {
      file,
      kind,
      headers,
      rows: this.rows.map((row) => headers.map((_, i) => row.get(i) ?? "")),
      lines: this.lines,
    };
  }
}

/**
 * The column names for node attributes: the chosen sector and region attributes take those names, and
 * another attribute that would also be read as one of them is kept under a name read as nothing.
 */
export function nodeAttributeColumns(
  titles: readonly string[],
  chosen: AttributeRoles,
): { column: Map<string, string>; roles: AttributeRoles } {
  const fieldOf = (title: string) => mapColumns("enterprises", [title]).index.keys().next().value;
  const roles: AttributeRoles = {};
  for (const role of ["sector", "region"] as const) {
    const wanted = chosen[role];
    roles[role] =
      wanted !== undefined && titles.includes(wanted) ? wanted : titles.find((t) => fieldOf(t) === role);
  }
  const column = new Map<string, string>();
  for (const title of titles) {
    const role = (["sector", "region"] as const).find((r) => roles[r] === title);
    const field = fieldOf(title);
    column.set(title, role ?? (field === "sector" || field === "region" ? `attribute: ${title}` : title));
  }
  return { column, roles };
}

/** A y coordinate turned over: GEXF and GraphML (as Gephi writes them) count y upwards, the screen downwards. */
export function flipY(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const number = Number(value);
  return value.trim() !== "" && Number.isFinite(number) ? String(number === 0 ? 0 : -number) : value;
}

export function noGraph(file: string, format: string): DatasetProblem {
  return cellProblem(
    { file },
    "no-graph",
    `the ${format} file has no <graph> element, so there is nothing to draw; save the graph again from the program that made it`,
    `该 ${format} 文件没有 <graph> 元素，无法绘制；请用生成它的程序重新保存`,
  );
}

export function unknownNamespace(file: string, format: string, found: string, known: readonly string[]) {
  return cellProblem(
    { file, row: 1 },
    "unknown-namespace",
    `the namespace "${found}" is not one of ${format}'s (${known.join(", ")}); this is another kind of XML or a version that cannot be read here. Export the graph again as ${format}`,
    `命名空间“${found}”不是 ${format} 的命名空间（${known.join("、")}）；这是另一种 XML，或无法读取的版本。请重新导出为 ${format}`,
  );
}
