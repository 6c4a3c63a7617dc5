/**
 * Text set as glyph outlines, for figures that must show their Chinese without the font: librsvg,
 * Illustrator and Inkscape ignore an SVG's @font-face, and PDF has no text here at all (pdf.ts).
 *
 * The glyphs come from the very files the SVG would embed (fontsource's Noto Sans SC WOFF 1.0 chunks,
 * read from our own origin), which draw Latin as well as Chinese, so an outlined figure looks like
 * the PNG of the same view. Glyphs are placed by their `hmtx` advances; the browser also applies the
 * font's kerning pairs to Latin text, which moves a word by a small fraction of its width.
 */
import { type FontChunk, fetchSameOrigin, findFontChunks, inflate } from "./fontEmbed";
import { type GlyphFont, openGlyphFont } from "./glyphOutline";
import { type Segment, transformSegments } from "./pathData";
import { readFont } from "./sfnt";
import type { FontSpec, FontWeight } from "./text";

export interface OutlineFace {
  weight: FontWeight;
  ranges: ReadonlyArray<readonly [number, number]>;
  font: GlyphFont;
}

export interface TextOutline {
  /** In the coordinates of the text's position, y down. */
  segments: Segment[];
  /** Advance width in the same units. */
  width: number;
}

/** Outlines of one line of text with its baseline at `y` and its anchor at `x`. */
export type TextOutliner = (
  text: string,
  x: number,
  y: number,
  font: FontSpec,
  anchor: "start" | "middle" | "end",
) => TextOutline;

/** Drawn for a character that no face covers, as the browser draws it from the font's fallback. */
const REPLACEMENT = 0xfffd;

const covers = (ranges: OutlineFace["ranges"], cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** The face the browser would draw `cp` with: the last declared face whose range covers it. */
function faceFor<T extends { weight: FontWeight; ranges: OutlineFace["ranges"] }>(
  faces: readonly T[],
  weight: FontWeight,
  cp: number,
): T | undefined {
  for (let i = faces.length - 1; i >= 0; i--) {
    const face = faces[i] as T;
    if (face.weight === weight && covers(face.ranges, cp)) return face;
  }
  return undefined;
}

function codePointToDraw<T extends { weight: FontWeight; ranges: OutlineFace["ranges"] }>(
  faces: readonly T[],
  weight: FontWeight,
  char: string,
): number {
  const cp = char.codePointAt(0) ?? REPLACEMENT;
  return faceFor(faces, weight, cp) ? cp : REPLACEMENT;
}

export function createOutliner(faces: readonly OutlineFace[]): TextOutliner {
  return (text, x, y, font, anchor) => {
    const glyphs: Array<{ font: GlyphFont; glyph: number; at: number; scale: number }> = [];
    let pen = 0;
    for (const char of text) {
      const cp = codePointToDraw(faces, font.weight, char);
      const face = faceFor(faces, font.weight, cp);
      if (!face) continue;
      const scale = font.size / face.font.unitsPerEm;
      const glyph = face.font.cmap.get(cp) ?? 0;
      glyphs.push({ font: face.font, glyph, at: pen, scale });
      pen += face.font.advance(glyph) * scale;
    }
    const shift = anchor === "middle" ? pen / 2 : anchor === "end" ? pen : 0;
    const segments = glyphs.flatMap(({ font: glyphFont, glyph, at, scale }) =>
      transformSegments(glyphFont.outline(glyph), [scale, 0, 0, -scale, x - shift + at, y]),
    );
    return { segments, width: pen };
  };
}

/**
 * Loads the font chunks that draw `text` in each weight (fetched from our own origin, once each)
 * and returns an outliner for it.
 */
export async function loadOutliner(
  text: { normal: string; bold: string },
  chunks: FontChunk[] = findFontChunks(),
  load: (url: string) => Promise<Uint8Array> = fetchSameOrigin,
): Promise<TextOutliner> {
  const needed = new Set<FontChunk>();
  for (const weight of ["normal", "bold"] as const)
    for (const char of new Set(text[weight])) {
      const chunk = faceFor(chunks, weight, codePointToDraw(chunks, weight, char));
      if (chunk) needed.add(chunk);
    }
  // In declaration order, which decides between overlapping ranges as in the page.
  const faces = await Promise.all(
    chunks
      .filter((chunk) => needed.has(chunk))
      .map(
        async (chunk): Promise<OutlineFace> => ({
          weight: chunk.weight,
          ranges: chunk.ranges,
          font: openGlyphFont(await readFont(await load(chunk.url), inflate)),
        }),
      ),
  );
  return createOutliner(faces);
}
