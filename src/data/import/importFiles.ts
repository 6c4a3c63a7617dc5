/**
 * Files in, a dataset or readable problems out: the whole import, runnable in a worker or in Node.
 * One JSON file in the app's format, or one GEXF or GraphML file, or one to three CSV sheets
 * (enterprises, links, regions), or a lone edge list. Never throws on any content.
 */
import { type LoadResult, parseDatasetText } from "../loadDataset";
import { cellProblem, type DatasetProblem } from "../problems";
import { classifySheet } from "./columns";
import { parseCsv } from "./csv";
import { checkFileSize, decodeText, MAX_IMPORT_BYTES } from "./decodeText";
import type { SheetsSummary, TierOptions } from "./hubsAndSpokes";
import type { Sheet } from "./sheetRows";
import { sheetsToDataset } from "./sheetsToDataset";
import type { AttributeRoles } from "./xml/graphTables";

/** The part of a browser `File` the import reads; `size` is checked before any byte is. */
export interface ImportFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ImportOptions extends Partial<TierOptions> {
  /** Sector colours available before the overflow grey (model/scales.ts). */
  paletteSize: number;
  maxBytes?: number;
  /** For GEXF and GraphML: the node attributes the reader chose as the network and the region. */
  attributeRoles?: AttributeRoles;
}

export interface ImportProgress {
  /** `layout`: the layout by links after the import (ui/importLayout.ts), its own 0 to 1. */
  stage: "reading" | "parsing" | "checking" | "layout";
  /** 0 to 1 across the whole import. */
  fraction: number;
}

export type ImportFormat = "json" | "csv" | "gexf" | "graphml";

export type ImportResult = LoadResult & {
  format: ImportFormat;
  files: string[];
  /** For CSV, GEXF and GraphML: how tiers were decided, so the reader can choose otherwise. */
  tiers?: SheetsSummary;
  /** For GEXF and GraphML: the node attributes, and which are the network and the region. */
  attributes?: { names: string[]; roles: AttributeRoles };
};

const isXml = (name: string) => /\.(gexf|graphml|xml)$/i.test(name);

export async function importFiles(
  files: readonly ImportFile[],
  options: ImportOptions,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportResult> {
  const names = files.map((f) => f.name);
  const isJson = (name: string) => /\.json$/i.test(name);
  const format: ImportFormat = files.some((f) => isJson(f.name))
    ? "json"
    : files.some((f) => isXml(f.name))
      ? /\.graphml$/i.test(names.find(isXml) ?? "")
        ? "graphml"
        : "gexf"
      : "csv";
  const fail = (errors: DatasetProblem[]): ImportResult => ({
    ok: false,
    errors,
    warnings: [],
    format,
    files: names,
  });

  if (files.length === 0)
    return fail([cellProblem({ file: "" }, "no-file", "no file was given", "没有选择文件")]);
  const tooLarge = files.flatMap(
    (f) => checkFileSize(f.name, f.size, options.maxBytes ?? MAX_IMPORT_BYTES) ?? [],
  );
  if (tooLarge.length > 0) return fail(tooLarge);
  if (format !== "csv" && files.length > 1) {
    return fail([
      cellProblem(
        { file: names.join(", ") },
        "json-with-others",
        "a JSON, GEXF or GraphML file is complete on its own; open it alone, or open only CSV sheets",
        "JSON、GEXF 或 GraphML 文件本身是完整的；请单独打开它，或只打开 CSV 表格",
      ),
    ]);
  }
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0) || 1;
  let doneBytes = 0;
  const texts: Array<{ file: string; text: string }> = [];
  const warnings: DatasetProblem[] = [];
  const errors: DatasetProblem[] = [];
  for (const file of files) {
    onProgress({ stage: "reading", fraction: (0.1 * doneBytes) / totalBytes });
    const decoded = decodeText(file.name, new Uint8Array(await file.arrayBuffer()));
    if (decoded.ok && decoded.text.trim() === "") {
      errors.push(
        cellProblem(
          { file: file.name },
          "empty-file",
          "the file is empty; choose the file that holds the data, or check that it was saved",
          "文件是空的；请选择包含数据的文件，或确认文件已保存",
        ),
      );
    } else if (decoded.ok) {
      texts.push({ file: file.name, text: decoded.text });
      warnings.push(...decoded.warnings);
    } else errors.push(...decoded.errors);
    doneBytes += file.size;
  }
  if (errors.length > 0) return { ok: false, errors, warnings, format, files: names };

  let result: LoadResult & Pick<ImportResult, "tiers" | "attributes">;
  const [first] = texts;
  if (format === "json" && first) {
    onProgress({ stage: "checking", fraction: 0.6 });
    result = withFile(parseDatasetText(first.text), first.file);
  } else if (first && format !== "csv") {
    onProgress({ stage: "parsing", fraction: 0.2 });
    const { importGraphFile } = await import("./xml/importGraphFile");
    result = importGraphFile(first.file, first.text, options, () =>
      onProgress({ stage: "checking", fraction: 0.6 }),
    );
  } else {
    const sheets: Sheet[] = [];
    let parsedBytes = 0;
    for (const { file, text } of texts) {
      const share =
        text.length /
        Math.max(
          1,
          texts.reduce((sum, t) => sum + t.text.length, 0),
        );
      const parsed = parseCsv(text, (f) =>
        onProgress({ stage: "parsing", fraction: 0.1 + 0.3 * (parsedBytes + f * share) }),
      );
      parsedBytes += share;
      if (!parsed.ok) {
        errors.push(
          cellProblem(
            { file, row: parsed.row },
            "unclosed-quote",
            'a quoted cell starting in this row is never closed; add the closing " or remove the opening one',
            '从这一行开始的带引号单元格没有结束；请补上结尾的 " 或删去开头的引号',
          ),
        );
        continue;
      }
      const [headers = [], ...rows] = parsed.rows;
      sheets.push({ file, kind: classifySheet(file, headers), headers, rows });
    }
    if (errors.length > 0) return { ok: false, errors, warnings, format, files: names };
    onProgress({ stage: "checking", fraction: 0.4 });
    const converted = sheetsToDataset(sheets, options, () =>
      onProgress({ stage: "checking", fraction: 0.6 }),
    );
    const { summary, ...loaded } = converted;
    result = { ...loaded, ...(summary && { tiers: summary }) };
  }
  const paletteWarning = result.ok
    ? paletteOverflow(result.dataset.sectors.length, options.paletteSize, names)
    : [];
  onProgress({ stage: "checking", fraction: 1 });
  const shared = {
    warnings: [...warnings, ...result.warnings, ...paletteWarning],
    format,
    files: names,
    ...(result.tiers && { tiers: result.tiers }),
    ...(result.attributes && { attributes: result.attributes }),
  };
  return result.ok
    ? { ok: true, dataset: result.dataset, ...shared }
    : { ok: false, errors: result.errors, ...shared };
}

function withFile(result: LoadResult, file: string): LoadResult {
  const locate = (p: DatasetProblem): DatasetProblem => ({ ...p, file });
  return result.ok
    ? { ...result, warnings: result.warnings.map(locate) }
    : { ...result, errors: result.errors.map(locate), warnings: result.warnings.map(locate) };
}

function paletteOverflow(sectors: number, paletteSize: number, files: string[]): DatasetProblem[] {
  if (sectors <= paletteSize) return [];
  return [
    cellProblem(
      { file: files.join(", "), field: "sector" },
      "more-sectors-than-colours",
      `there are ${sectors} sectors but only ${paletteSize} colours; the sectors after the first ${paletteSize} are all drawn grey (the legend and table still name them). Merge small sectors to tell them apart by colour`,
      `共有 ${sectors} 个行业，但只有 ${paletteSize} 种颜色；第 ${paletteSize} 个之后的行业都显示为灰色（图例和表格中仍有名称）。合并较小的行业可以用颜色区分它们`,
    ),
  ];
}
