/**
 * A problem found in a dataset, located by a JSON path or by file, row and column, and worded in both
 * languages. Each message says what is wrong and how to fix it.
 */
import type { Lang } from "../i18n/lang";
export interface DatasetProblem {
  /** Where in JSON: a path such as `enterprises[3].sector`; "" for a spreadsheet cell or a whole file. */
  path: string;
  /** Machine-readable kind, stable for tests and for grouping. */
  code: string;
  en: string;
  zh: string;
  /** The file it is in, when the dataset came from files. */
  file?: string;
  /** The row as a spreadsheet program numbers it: the header is row 1. In an XML file, the line. */
  row?: number;
  /** The spreadsheet column (as the file names it) or the field; in an XML file, the attribute. */
  field?: string;
}

export function problem(path: string, code: string, en: string, zh: string): DatasetProblem {
  return { path, code, en, zh };
}

/** A problem in a spreadsheet cell, row or column. */
export function cellProblem(
  where: { file: string; row?: number; field?: string },
  code: string,
  en: string,
  zh: string,
): DatasetProblem {
  return { path: "", code, en, zh, ...where };
}

export function formatLocation(p: DatasetProblem, lang: Lang): string {
  const parts: string[] = [];
  if (p.file) parts.push(p.file);
  const xml = /\.(gexf|graphml|xml)$/i.test(p.file ?? "");
  if (lang === "zh") {
    if (p.row !== undefined) parts.push(`第 ${p.row} 行`);
    if (p.field !== undefined) parts.push(xml ? `“${p.field}”属性` : `“${p.field}”列`);
  } else {
    if (p.row !== undefined) parts.push(`${xml ? "line" : "row"} ${p.row}`);
    if (p.field !== undefined) parts.push(`${xml ? "attribute" : "column"} "${p.field}"`);
  }
  if (p.path) parts.push(p.path);
  return parts.join(lang === "zh" ? "，" : ", ");
}

export function formatProblem(p: DatasetProblem, lang: Lang): string {
  const where = formatLocation(p, lang);
  const text = lang === "zh" ? p.zh : p.en;
  return where ? `${where}${lang === "zh" ? "：" : ": "}${text}` : text;
}
