/**
 * Loads exactly the font faces a text will be drawn with, before the canvas measures its labels.
 *
 * `document.fonts.load(font, text)` loads every face of the family whose unicode-range meets the text,
 * even faces that a later-declared face overrides. The app declares fontsource's Noto Sans SC chunks
 * and, after them, one small subset per weight (scripts/subset-fonts.mjs) that wins for the characters
 * it holds; `load` would still fetch the thirty-odd chunks the subset replaces. So this picks, for each
 * character, the face the browser draws it with (the last declared face whose range covers it) and
 * loads only those.
 */

import type { Dataset } from "../data/schema";
import { GRAPH_FONT_FAMILY } from "../graph/stylesheet";

type Range = readonly [number, number];

const rangeCache = new WeakMap<FontFace, Range[]>();

function rangesOf(face: FontFace): Range[] {
  let ranges = rangeCache.get(face);
  if (!ranges) {
    ranges = face.unicodeRange.split(",").map((part): Range => {
      const [from = "0", to] = part.trim().replace(/^U\+/i, "").split("-");
      const start = Number.parseInt(from.replace(/\?/g, "0"), 16);
      const end = to === undefined ? Number.parseInt(from.replace(/\?/g, "F"), 16) : Number.parseInt(to, 16);
      return [start, end];
    });
    rangeCache.set(face, ranges);
  }
  return ranges;
}

const unquote = (family: string) => family.trim().replace(/^["']|["']$/g, "");

/** The faces of `family` at `weight` that will draw `text`, chosen the way the browser chooses them. */
export function facesFor(
  faces: Iterable<FontFace>,
  family: string,
  weight: number,
  text: string,
): { faces: FontFace[]; uncovered: string } {
  // Declaration order is the set's order; the last declared face is tried first.
  const candidates = [...faces]
    .filter((f) => unquote(f.family) === family && f.style === "normal" && Number(f.weight) === weight)
    .reverse();
  const chosen = new Set<FontFace>();
  let uncovered = "";
  for (const char of new Set(text)) {
    const cp = char.codePointAt(0) ?? 0;
    const face = candidates.find((f) => rangesOf(f).some(([a, b]) => cp >= a && cp <= b));
    if (face) chosen.add(face);
    else uncovered += char;
  }
  return { faces: [...chosen], uncovered };
}

/** Loads the faces that will draw `text` in the first family of `fontFamily` (a CSS font-family list). */
export async function loadFontFacesFor(fontFamily: string, weights: number[], text: string): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return;
  const family = unquote(fontFamily.split(",")[0] ?? "");
  await Promise.all(
    weights.map(async (weight) => {
      const { faces } = facesFor(document.fonts as unknown as Iterable<FontFace>, family, weight, text);
      // No face of the family at all (say, a test page without the CSS): let the browser decide.
      if (faces.length === 0) await document.fonts.load(`${weight} 12px ${fontFamily}`, text);
      else await Promise.all(faces.map((face) => face.load()));
    }),
  );
}

/** Canvas labels use whatever font is ready when they are first measured, so wait for the glyphs they need. */
export async function loadLabelFonts(dataset: Dataset): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return;
  const chars = new Set<string>();
  for (const { name } of [...dataset.enterprises, ...dataset.sectors])
    for (const text of [name.zh, name.en]) if (text) for (const char of text) chars.add(char);
  // Only the faces that will draw these characters: the glyph subset, not the chunks it stands in for.
  await loadFontFacesFor(GRAPH_FONT_FAMILY, [400, 700], [...chars].join(""));
}
