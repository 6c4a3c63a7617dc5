import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { figureSvg, textByWeight } from "../../../src/export/compose";
import { glyphOffsets, readCmap, subsetFont } from "../../../src/export/fontSubset";
import { type GlyphFont, openGlyphFont } from "../../../src/export/glyphOutline";
import { parsePathData, segmentBounds } from "../../../src/export/pathData";
import { readFont, type SfntFont } from "../../../src/export/sfnt";
import { loadOutliner } from "../../../src/export/textOutlines";
import { loadDefaultDataset } from "../../helpers/fixtures";
import { fontsourceChunks, readFontsourceFile } from "./fontFixtures";
import { figureOf } from "./helpers";

const inflate = async (data: Uint8Array) => new Uint8Array(inflateSync(data));
const CHUNKS = fontsourceChunks();

async function chunkFont(char: string, weight: "normal" | "bold" = "normal"): Promise<SfntFont> {
  const cp = char.codePointAt(0) as number;
  const chunk = [...CHUNKS]
    .reverse()
    .find((c) => c.weight === weight && c.ranges.some(([a, b]) => cp >= a && cp <= b));
  if (!chunk) throw new Error(`no chunk for ${char}`);
  return readFont(await readFontsourceFile(chunk.url), inflate);
}

/** The bounding box `glyf` stores for a glyph (xMin, yMin, xMax, yMax). */
function storedBox(font: SfntFont, glyph: number) {
  const at = glyphOffsets(font)[glyph] as number;
  const glyf = font.tables.get("glyf") as Uint8Array;
  const dv = new DataView(glyf.buffer, glyf.byteOffset + at);
  return { x1: dv.getInt16(2), y1: dv.getInt16(4), x2: dv.getInt16(6), y2: dv.getInt16(8) };
}

function glyphOf(font: GlyphFont, char: string): number {
  const glyph = font.cmap.get(char.codePointAt(0) as number);
  if (glyph === undefined) throw new Error(`${char} is not in the font`);
  return glyph;
}

describe("TrueType glyph outlines", () => {
  it("draws Latin A within its stored box, on the baseline, with its hmtx advance", async () => {
    const sfnt = await chunkFont("A");
    const font = openGlyphFont(sfnt);
    const glyph = glyphOf(font, "A");
    expect(font.unitsPerEm).toBe(1000);
    expect(font.advance(glyph)).toBe(608);
    const bounds = segmentBounds(font.outline(glyph));
    expect(bounds).toEqual(storedBox(sfnt, glyph));
    expect(bounds).toEqual({ x1: 4, y1: 0, x2: 604, y2: 733 });
    // Two contours (the outer shape and the counter), each closed.
    expect(font.outline(glyph).filter((s) => s[0] === "Z")).toHaveLength(2);
  });

  it("draws a CJK character a full em wide, inside the em box", async () => {
    const sfnt = await chunkFont("煤");
    const font = openGlyphFont(sfnt);
    const glyph = glyphOf(font, "煤");
    expect(font.advance(glyph)).toBe(1000);
    const bounds = segmentBounds(font.outline(glyph));
    expect(bounds).toEqual(storedBox(sfnt, glyph));
    expect(bounds).toEqual({ x1: 37, y1: -80, x2: 966, y2: 840 });
    expect(font.outline(glyph).some((s) => s[0] === "Q")).toBe(true);
  });

  it("places the parts of a composite glyph through their offsets and scales", async () => {
    // fontsource's chunks have no composite glyphs, so one is made: B becomes A moved and halved.
    const source = await chunkFont("A");
    const { font } = subsetFont(source, [0x41, 0x42]);
    const cmap = readCmap(font);
    const a = cmap.get(0x41) as number;
    const b = cmap.get(0x42) as number;
    const composite = new Uint8Array(20);
    const dv = new DataView(composite.buffer);
    dv.setInt16(0, -1);
    // flags: ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | WE_HAVE_A_SCALE
    dv.setUint16(10, 0x0001 | 0x0002 | 0x0008);
    dv.setUint16(12, a);
    dv.setInt16(14, 100);
    dv.setInt16(16, -50);
    dv.setInt16(18, 0x2000); // 0.5 in F2Dot14
    const offsets = glyphOffsets(font);
    const glyf = font.tables.get("glyf") as Uint8Array;
    const before = glyf.subarray(0, offsets[b]);
    const after = glyf.subarray(offsets[b + 1]);
    const newGlyf = new Uint8Array(before.length + composite.length + after.length);
    newGlyf.set(before);
    newGlyf.set(composite, before.length);
    newGlyf.set(after, before.length + composite.length);
    const loca = new Uint8Array(offsets.length * 4);
    const lv = new DataView(loca.buffer);
    const grow = composite.length - ((offsets[b + 1] as number) - (offsets[b] as number));
    for (const [i, o] of offsets.entries()) lv.setUint32(i * 4, i > b ? o + grow : o);
    const tables = new Map(font.tables);
    tables.set("glyf", newGlyf);
    tables.set("loca", loca);
    const outlines = openGlyphFont({ flavor: font.flavor, tables });
    expect(segmentBounds(outlines.outline(b))).toEqual({ x1: 102, y1: -50, x2: 402, y2: 316.5 });
    expect(segmentBounds(outlines.outline(a))).toEqual({ x1: 4, y1: 0, x2: 604, y2: 733 });
  });
});

describe("text as outlines", () => {
  it("sets a line by its advances, anchored at the start, middle or end, y down", async () => {
    const outliner = await loadOutliner({ normal: "煤A", bold: "" }, CHUNKS, readFontsourceFile);
    const font = { size: 20, weight: "normal" as const };
    const start = outliner("煤A", 100, 50, font, "start");
    expect(start.width).toBeCloseTo((1000 + 608) * 0.02);
    const box = segmentBounds(start.segments);
    expect(box?.x1).toBeCloseTo(100 + 37 * 0.02);
    expect(box?.y1).toBeCloseTo(50 - 840 * 0.02);
    expect(box?.x2).toBeCloseTo(100 + (1000 + 604) * 0.02);
    expect(box?.y2).toBeCloseTo(50 + 80 * 0.02);
    const middle = segmentBounds(outliner("煤A", 100, 50, font, "middle").segments);
    const end = segmentBounds(outliner("煤A", 100, 50, font, "end").segments);
    expect(middle?.x1).toBeCloseTo(100 - start.width / 2 + 37 * 0.02);
    expect(end?.x2).toBeCloseTo(100 - 4 * 0.02);
  });

  it("draws the bold weight from the bold files", async () => {
    const outliner = await loadOutliner({ normal: "煤", bold: "煤" }, CHUNKS, readFontsourceFile);
    const regular = outliner("煤", 0, 0, { size: 100, weight: "normal" }, "start").segments;
    const bold = outliner("煤", 0, 0, { size: 100, weight: "bold" }, "start").segments;
    expect(bold).not.toEqual(regular);
    expect(bold.length).toBeGreaterThan(10);
  });

  it("draws a character no file covers as the replacement character, not nothing", async () => {
    const outliner = await loadOutliner({ normal: "\u{1F600}", bold: "" }, CHUNKS, readFontsourceFile);
    const drawn = outliner("\u{1F600}", 0, 0, { size: 10, weight: "normal" }, "start");
    expect(drawn.width).toBeGreaterThan(0);
    expect(drawn.segments.length).toBeGreaterThan(0);
  });

  it("outlines every text of a figure: no <text> left, each path named by its words", async () => {
    const figure = figureOf(loadDefaultDataset(), { lang: "zh", filters: { sectors: ["coal"] } });
    const outliner = await loadOutliner(textByWeight(figure), CHUNKS, readFontsourceFile);
    const svg = figureSvg(figure, { background: "white", outliner });
    expect(svg).not.toMatch(/<text[\s>]/);
    expect(svg).not.toContain("@font-face");
    const named = [...svg.matchAll(/<path role="img" aria-label="([^"]*)"[^>]* d="([^"]*)"/g)];
    const words = named.map((m) => m[1]);
    expect(words).toContain("煤炭网");
    expect(words.some((w) => w?.includes("山西省工业网"))).toBe(true);
    expect(words.length).toBe(
      figure.scene.labels.length +
        [...figure.layout.caption, ...figure.layout.legend]
          .flatMap((g) => g.primitives)
          .filter((p) => p.kind === "text").length,
    );
    for (const [, text, d] of named)
      if (text?.trim()) expect(parsePathData(d ?? "").length, text).toBeGreaterThan(0);
    // Halos stay: labels keep their stroke painted under the fill.
    expect(svg).toMatch(
      /<path role="img" aria-label="[^"]+" id="label-[^"]+" data-id="[^"]+" fill="#1a1a1a" stroke="#ffffff" stroke-width="[\d.]+" stroke-linejoin="round" paint-order="stroke"/,
    );
  });
});
