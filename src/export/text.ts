/**
 * Text measuring and line breaking for figures. In the browser the measurer is a canvas context
 * set to the graph's font (the same measurement cytoscape makes); in Node tests it is a fixed
 * approximation, which keeps golden files stable on every machine.
 */

export type FontWeight = "normal" | "bold";

export interface FontSpec {
  size: number;
  weight: FontWeight;
}

/** Advance width in pixels of `text` set in the graph's font at `font`. */
export type MeasureText = (text: string, font: FontSpec) => number;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function approximateAdvance(char: string): number {
  if (WIDE.test(char) || (char.codePointAt(0) ?? 0) > 0xffff) return 1;
  if (char === " ") return 0.26;
  if (/[ijl.,:;|!'’()[\]]/.test(char)) return 0.27;
  if (/[A-Z]/.test(char)) return 0.64;
  if (/[mwMW]/.test(char)) return 0.82;
  return 0.54;
}

/** A deterministic stand-in for a font: CJK one em, Latin about half. */
export const approximateMeasure: MeasureText = (text, font) => {
  let em = 0;
  for (const char of text) em += approximateAdvance(char);
  return em * font.size * (font.weight === "bold" ? 1.05 : 1);
};

/** Tokens that may not be split: a run of non-space Latin characters, or one CJK character. */
function breakableTokens(text: string): string[] {
  return (
    text.match(
      /\s+|[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]+/gu,
    ) ?? []
  );
}

/**
 * Greedy line breaking for figure text: between words, between CJK characters, and inside a word
 * only when the word alone is wider than the line (long URLs). At most `maxLines` lines; the last
 * one ends with "…" when text is left over.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: FontSpec,
  measure: MeasureText,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const lines: string[] = [];
  let line = "";
  const push = () => {
    lines.push(line.trimEnd());
    line = "";
  };
  for (const token of breakableTokens(text)) {
    if (/^\s+$/.test(token)) {
      if (line !== "") line += " ";
      continue;
    }
    if (measure(line + token, font) <= maxWidth) {
      line += token;
      continue;
    }
    if (line.trim() !== "") push();
    if (measure(token, font) <= maxWidth) {
      line = token;
      continue;
    }
    for (const char of token) {
      if (line !== "" && measure(line + char, font) > maxWidth) push();
      line += char;
    }
  }
  if (line.trim() !== "") push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = ellipsize(`${kept[last]}…`, maxWidth, font, measure);
  return kept;
}

/** Shortens text to fit `maxWidth`, ending in "…". */
export function ellipsize(text: string, maxWidth: number, font: FontSpec, measure: MeasureText): string {
  if (measure(text, font) <= maxWidth) return text;
  const chars = [...text.replace(/…$/, "")];
  while (chars.length > 0 && measure(`${chars.join("")}…`, font) > maxWidth) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

/**
 * cytoscape's `text-wrap: wrap`: breaks only at whitespace, a word wider than the line stays whole.
 * Widths are rounded up as cytoscape rounds them.
 */
export function cytoscapeWrap(
  text: string,
  maxWidth: number,
  font: FontSpec,
  measure: MeasureText,
): string[] {
  const width = (s: string) => Math.ceil(measure(s, font));
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (width(line) <= maxWidth) {
      out.push(line);
      continue;
    }
    let subline = "";
    let previous = 0;
    for (const match of line.matchAll(/[\s\u200b]+|$/g)) {
      const separator = match[0];
      const word = line.substring(previous, match.index);
      previous = (match.index ?? 0) + separator.length;
      const test = subline.length === 0 ? word : subline + word + separator;
      if (width(test) <= maxWidth) subline += word + separator;
      else {
        if (subline) out.push(subline);
        subline = word + separator;
      }
      if (separator === "") break;
    }
    if (!/^[\s\u200b]+$/.test(subline)) out.push(subline);
  }
  return out;
}

/** cytoscape's `text-wrap: ellipsis`, character by character (UTF-16 units, as cytoscape counts). */
export function cytoscapeEllipsis(
  text: string,
  maxWidth: number,
  font: FontSpec,
  measure: MeasureText,
): string {
  const width = (s: string) => Math.ceil(measure(s, font));
  if (width(text) < maxWidth) return text;
  let out = "";
  let complete = false;
  for (let i = 0; i < text.length; i++) {
    if (width(`${out}${text[i]}…`) > maxWidth) break;
    out += text[i];
    if (i === text.length - 1) complete = true;
  }
  return complete ? out : `${out}…`;
}
