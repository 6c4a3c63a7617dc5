import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { embedFontSubset, type FontChunk } from "../../../src/export/fontEmbed";
import {
  parseUnicodeRange,
  readCmap,
  readFont,
  subsetFont,
  unicodeRange,
  writeTrueType,
  writeWoff,
} from "../../../src/export/fontSubset";

const FILES = fileURLToPath(new URL("../../../node_modules/@fontsource/noto-sans-sc/", import.meta.url));
const inflate = async (data: Uint8Array) => new Uint8Array(inflateSync(data));
const deflate = async (data: Uint8Array) => new Uint8Array(deflateSync(data));

/** fontsource's own @font-face rules, read the way the browser code reads the page's. */
function chunksFromCss(weight: 400 | 700): FontChunk[] {
  const css = readFileSync(`${FILES}${weight}.css`, "utf8");
  return [
    ...css.matchAll(/url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g),
  ].map((m) => ({
    weight: weight === 700 ? "bold" : "normal",
    url: m[1] as string,
    ranges: parseUnicodeRange(m[2] as string),
  }));
}

function chunkFor(char: string, weight: 400 | 700 = 400): string {
  const cp = char.codePointAt(0) as number;
  const chunk = chunksFromCss(weight).find((c) => c.ranges.some(([a, b]) => cp >= a && cp <= b));
  if (!chunk) throw new Error(`no chunk for ${char}`);
  return chunk.url;
}

async function loadChunk(file: string) {
  return readFont(new Uint8Array(readFileSync(`${FILES}files/${file}`)), inflate);
}

function glyphLengths(font: Awaited<ReturnType<typeof loadChunk>>): number[] {
  const head = font.tables.get("head") as Uint8Array;
  const loca = font.tables.get("loca") as Uint8Array;
  const long = new DataView(head.buffer, head.byteOffset).getInt16(50) === 1;
  const dv = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const count = loca.length / (long ? 4 : 2) - 1;
  const at = (i: number) => (long ? dv.getUint32(i * 4) : dv.getUint16(i * 2) * 2);
  return Array.from({ length: count }, (_, i) => at(i + 1) - at(i));
}

describe("TrueType subsetting of fontsource's WOFF chunks", () => {
  it("keeps exactly the glyphs of the requested characters (plus .notdef)", async () => {
    const text = "煤炭网";
    const font = await loadChunk(chunkFor("煤"));
    const wanted = [...text]
      .filter((c) => chunkFor(c) === chunkFor("煤"))
      .map((c) => c.codePointAt(0) as number);
    const { font: subset, codePoints } = subsetFont(font, wanted);
    expect(codePoints).toEqual([...wanted].sort((a, b) => a - b));
    const cmap = readCmap(subset);
    expect([...cmap.keys()].sort((a, b) => a - b)).toEqual(codePoints);
    const lengths = glyphLengths(subset);
    const keptGlyphs = new Set([0, ...cmap.values()]);
    lengths.forEach((length, glyph) => {
      if (!keptGlyphs.has(glyph)) expect(length, `glyph ${glyph}`).toBe(0);
    });
    for (const glyph of cmap.values()) expect(lengths[glyph]).toBeGreaterThan(0);
    expect(subset.tables.has("GSUB")).toBe(false);
  });

  it("writes a TrueType file whose checksums add up, and a WOFF that reads back the same", async () => {
    const font = await loadChunk(chunkFor("A"));
    const { font: subset } = subsetFont(
      font,
      [..."Coal 1958"].map((c) => c.codePointAt(0) as number),
    );
    const ttf = writeTrueType(subset);
    const dv = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
    let sum = 0;
    for (let i = 0; i < ttf.length; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    const woff = await writeWoff(subset, deflate);
    const back = await readFont(woff, inflate);
    expect([...back.tables.keys()].sort()).toEqual([...subset.tables.keys()].sort());
    expect(readCmap(back)).toEqual(readCmap(subset));
    expect(woff.length).toBeLessThan(readFileSync(`${FILES}files/${chunkFor("A")}`).length);
  });

  it("embeds one small face per chunk and weight, for the characters of each weight only", async () => {
    const text = { normal: "太原矿务局 Coal", bold: "山西省工业网" };
    const chunks = [...chunksFromCss(400), ...chunksFromCss(700)];
    const embedded = await embedFontSubset(
      text,
      chunks,
      // Node has the browser's Compression Streams, so this runs the exact browser code path.
      async (url) => new Uint8Array(readFileSync(`${FILES}files/${url}`)),
    );
    expect(embedded.missing).toBe("");
    expect(embedded.css).toMatch(
      /@font-face\{font-family:"Noto Sans SC";font-style:normal;font-weight:400;src:url\(data:font\/woff;base64,/,
    );
    expect(embedded.css).toContain("font-weight:700");
    const ranges = [...embedded.css.matchAll(/unicode-range:([^}]+)\}/g)].map((m) =>
      parseUnicodeRange(m[1] as string),
    );
    const covered = ranges
      .flat()
      .flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)));
    expect(new Set(covered)).toEqual(new Set([...text.normal, ...text.bold]));
    // A dozen glyphs, not whole chunks of a thousand kilobytes.
    expect(embedded.bytes).toBeLessThan(40_000);
  });

  it("reads and writes CSS unicode ranges", () => {
    expect(unicodeRange([0x43, 0x41, 0x42, 0x5de5, 0x41])).toBe("U+41-43,U+5de5");
    expect(parseUnicodeRange("U+4e00-4e09, u+ff01, U+4??")).toEqual([
      [0x4e00, 0x4e09],
      [0xff01, 0xff01],
      [0x400, 0x4ff],
    ]);
  });
});
