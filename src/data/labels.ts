/**
 * Names are drawn on a canvas, in tables, in SVG and CSV exports. React and the exporters escape
 * HTML, so "<b>" stays visible text; what is repaired here is what no reader can see or fix on
 * screen: control characters and text-direction overrides that reorder what follows them.
 */
import { type DatasetProblem, problem } from "./problems";
import type { Dataset, Name } from "./schema";

/** C0 and C1 controls, zero-width and directional marks, bidirectional embeddings, overrides and isolates. */
export const INVISIBLE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Longer names are kept, but the graph shows only their start: worth telling the author. */
const LONG_NAME = 200;

function cleanLabel(text: string): string {
  return text
    .replace(/[\t\n\r]+/g, " ")
    .replace(INVISIBLE_CHARACTERS, "")
    .trim();
}

/** Cleans every displayed name in place, returning a warning for each name changed or very long. */
export function cleanNames(dataset: Dataset): DatasetProblem[] {
  const warnings: DatasetProblem[] = [];
  const visit = (name: Name, path: string) => {
    for (const key of ["zh", "en", "pinyin"] as const) {
      const text = name[key];
      if (text === undefined) continue;
      const clean = cleanLabel(text);
      if (clean !== text) {
        name[key] = clean;
        if (clean.trim() !== text.trim()) {
          warnings.push(
            problem(
              `${path}.${key}`,
              "invisible-characters-removed",
              "removed invisible control or text-direction characters from the name; check that it reads as intended",
              "已从名称中删除不可见的控制字符或文字方向字符；请检查名称是否正确",
            ),
          );
        }
      }
      if ([...clean].length > LONG_NAME) {
        warnings.push(
          problem(
            `${path}.${key}`,
            "long-name",
            `the name is ${[...clean].length} characters long; the graph shows its first 40, the table and details all of it. A shorter name (a description can hold the rest) reads better`,
            `名称长 ${[...clean].length} 个字符；图中只显示前 40 个，表格和详情中显示全文。建议缩短名称（其余内容可写入说明）`,
          ),
        );
      }
    }
  };
  for (const collection of ["sectors", "regions", "enterprises"] as const)
    for (const [i, record] of dataset[collection].entries()) visit(record.name, `${collection}[${i}].name`);
  return warnings;
}
