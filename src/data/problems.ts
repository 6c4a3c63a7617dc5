/** A problem found in a dataset, located by a JSON path (or file and row for CSV) and worded in both languages. */
export interface DatasetProblem {
  /** Where: a JSON path such as `enterprises[3].sector`, or `links.csv row 12`. */
  path: string;
  /** Machine-readable kind, stable for tests and for grouping. */
  code: string;
  en: string;
  zh: string;
}

export function problem(path: string, code: string, en: string, zh: string): DatasetProblem {
  return { path, code, en, zh };
}

export function formatProblem(p: DatasetProblem, lang: "zh" | "en"): string {
  const where = p.path ? `${p.path}: ` : "";
  return where + (lang === "zh" ? p.zh : p.en);
}
