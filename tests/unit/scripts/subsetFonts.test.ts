/**
 * The page's Noto Sans SC subset (scripts/subset-fonts.mjs) and the boot-time face picking
 * (src/ui/fontLoading.ts): the subset must draw the very outlines fontsource's chunks draw, and the
 * boot must load the faces the browser will really use, not every face whose range meets the text.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  buildSubsets,
  glyphText,
  parseUnicodeRange,
  readCmap,
  readGlyphs,
  toUnicodeRange,
  trueTypeTables,
} from "../../../scripts/subset-fonts.mjs";
import { facesFor } from "../../../src/ui/fontLoading";

const require = createRequire(import.meta.url);

function outline(tables: Map<string, Uint8Array>, char: string) {
  const cmap = readCmap(tables.get("cmap") as Uint8Array);
  const glyph = cmap.get(char.codePointAt(0) as number);
  if (glyph === undefined) return null;
  const { data, advance } = readGlyphs(tables)[glyph] as { data: Uint8Array; advance: number };
  return { data: [...data], advance };
}

describe("Noto Sans SC subset", () => {
  it("holds the characters of the default dataset and the UI", () => {
    const text = glyphText();
    for (const char of "山西煤炭网Coal Power – 统帅导出") expect(text).toContain(char);
  });

  it("draws exactly fontsource's outlines, for Chinese and Latin, in both weights", async () => {
    const sample = "煤炭网统帅厂Agx";
    const subsets = await buildSubsets(sample);
    expect(subsets.map((s) => s.weight)).toEqual([400, 700]);
    const fs = await import("node:fs");
    const files = require
      .resolve("@fontsource/noto-sans-sc/package.json")
      .replace(/package\.json$/, "files/");
    const css = fs.readFileSync(files.replace(/files\/$/, "400.css"), "utf8");
    const subset = subsets[0] as { woff2: Uint8Array; codePoints: number[] };
    expect(subset.woff2.length).toBeLessThan(20_000);
    expect(subset.codePoints).toEqual(
      [...sample].map((c) => c.codePointAt(0)).sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    const merged = await trueTypeTables(subset.woff2, sample);
    for (const char of sample) {
      const cp = char.codePointAt(0) as number;
      const face = [
        ...css.matchAll(/url\(\.\/files\/([^)]+?\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g),
      ].find(([, , range]) => parseUnicodeRange(range as string).some(([a, b]) => cp >= a && cp <= b));
      const original = await trueTypeTables(new Uint8Array(fs.readFileSync(`${files}${face?.[1]}`)), char);
      expect(outline(merged, char), char).toEqual(outline(original, char));
      expect(outline(merged, char)?.data.length, char).toBeGreaterThan(0);
    }
  }, 30_000);

  it("writes compact unicode ranges", () => {
    expect(toUnicodeRange([0x41, 0x42, 0x43, 0x4e00, 0x20])).toBe("U+20,U+41-43,U+4E00");
    expect(parseUnicodeRange("U+20, U+41-43,U+4E??")).toEqual([
      [0x20, 0x20],
      [0x41, 0x43],
      [0x4e00, 0x4eff],
    ]);
  });
});

describe("loading the faces a text is drawn with", () => {
  const face = (family: string, weight: string, unicodeRange: string) =>
    ({ family, weight, style: "normal", unicodeRange }) as FontFace;
  const chunkA = face('"Noto Sans SC"', "400", "U+0-FF");
  const chunkB = face('"Noto Sans SC"', "400", "U+4E00-9FFF");
  const bold = face('"Noto Sans SC"', "700", "U+0-FF");
  const subset = face("Noto Sans SC", "400", "U+41-43,U+4E00");

  it("picks the last declared face covering each character, as the browser does", () => {
    const picked = facesFor([chunkA, chunkB, bold, subset], "Noto Sans SC", 400, "AB一x丁");
    expect(picked.faces).toEqual([subset, chunkA, chunkB]);
    expect(picked.uncovered).toBe("");
  });

  it("reports characters no face covers and ignores other weights and families", () => {
    const picked = facesFor([chunkA, bold, face("Other", "400", "U+0-10FFFF")], "Noto Sans SC", 700, "A😀");
    expect(picked.faces).toEqual([bold]);
    expect(picked.uncovered).toBe("😀");
  });
});
