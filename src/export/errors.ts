/** Why an export was refused, as data for the dialog and as a readable message in both languages. */
import type { Lang } from "../i18n/lang";
import { translate } from "../i18n/translate";
import type { SizeProblem } from "./presets";

export type ExportProblem =
  | SizeProblem
  | { code: "refused-by-browser"; width: number; height: number }
  | { code: "nothing-to-export" }
  | { code: "no-graph" };

export function problemMessage(problem: ExportProblem, lang: Lang): string {
  switch (problem.code) {
    case "not-a-number":
      return translate(lang, "sizeNotANumber");
    case "too-small":
      return translate(lang, "sizeTooSmall", { min: problem.min });
    case "side-too-long":
      return translate(lang, "sizeSideTooLong", { side: problem.side, max: problem.max });
    case "area-too-large":
      return translate(lang, "sizeAreaTooLarge", {
        area: Math.round(problem.area / 1e6),
        max: Math.round(problem.max / 1e6),
      });
    case "refused-by-browser":
      return translate(lang, "sizeRefusedByBrowser", { width: problem.width, height: problem.height });
    case "nothing-to-export":
      return translate(lang, "nothingToExport");
    case "no-graph":
      return translate(lang, "exportNeedsGraph");
  }
}

export class ExportError extends Error {
  readonly problem: ExportProblem;

  constructor(problem: ExportProblem) {
    super(`${problemMessage(problem, "en")} / ${problemMessage(problem, "zh")}`);
    this.name = "ExportError";
    this.problem = problem;
  }
}
