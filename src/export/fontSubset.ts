/**
 * A small TrueType subsetter for embedding the CJK font in exported SVG files.
 *
 * Why our own, ~250 lines: the app bundles @fontsource/noto-sans-sc, already split by Google Fonts
 * into about a hundred unicode-range chunks per weight (TrueType outlines, served as WOFF 2.0 and
 * WOFF 1.0). The glyphs a view uses fall into some thirty chunks, 1.1 MB of font per weight, far too
 * much to embed whole. HarfBuzz's subsetter (the `subset-font` package) would do it but costs 680 kB
 * of WebAssembly plus a WOFF 2.0 codec. WOFF 1.0 is only zlib per table, which every browser
 * decompresses natively (DecompressionStream "deflate"), so we read the chunks' WOFF 1.0 files from
 * our own origin (the same files the page already lists in its @font-face rules: offline, no other
 * origin) and keep exactly the glyphs the SVG's text uses.
 *
 * Glyph ids are kept: unused glyphs become empty (zero-length in `loca`), so `hmtx` and `vmtx` stay
 * valid unchanged; only `glyf`, `loca`, `cmap` and `head` are rewritten. The per-glyph overhead of
 * the kept tables is a few bytes for a chunk's couple of hundred glyphs. The OpenType layout tables
 * are dropped: their substitutions lead to glyphs the subset no longer draws.
 *
 * Pure: inflating and deflating are passed in (zlib in Node, Compression Streams in the browser).
 */

import { align4, requireTable, type SfntFont, TRUETYPE_FLAVOR, view } from "./sfnt";

export type { Deflate, Inflate, SfntFont } from "./sfnt";
export { readFont, writeTrueType, writeWoff } from "./sfnt";

/** Code point to glyph id, from the best Unicode cmap subtable (format 12, else format 4). */
export function readCmap(font: SfntFont): Map<number, number> {
  const cmap = requireTable(font, "cmap");
  const dv = view(cmap);
  const count = dv.getUint16(2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = dv.getUint16(4 + i * 8);
    const encoding = dv.getUint16(6 + i * 8);
    const offset = dv.getUint32(8 + i * 8);
    const format = dv.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 = offset;
    if (format === 4) format4 ??= offset;
  }
  const map = new Map<number, number>();
  if (format12 !== undefined) {
    const groups = dv.getUint32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = format12 + 16 + g * 12;
      const start = dv.getUint32(at);
      const end = dv.getUint32(at + 4);
      const glyph = dv.getUint32(at + 8);
      for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  if (format4 === undefined) throw new Error("font has no Unicode cmap");
  const segX2 = dv.getUint16(format4 + 6);
  const ends = format4 + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = dv.getUint16(ends + s * 2);
    const start = dv.getUint16(starts + s * 2);
    const delta = dv.getInt16(deltas + s * 2);
    const rangeOffset = dv.getUint16(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
        const raw = dv.getUint16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

/** Where each glyph starts in `glyf` (from `loca`), one more entry than there are glyphs. */
export function glyphOffsets(font: SfntFont): number[] {
  const head = view(requireTable(font, "head"));
  const numGlyphs = view(requireTable(font, "maxp")).getUint16(4);
  const loca = view(requireTable(font, "loca"));
  const long = head.getInt16(50) === 1;
  const offsets: number[] = [];
  for (let i = 0; i <= numGlyphs; i++) offsets.push(long ? loca.getUint32(i * 4) : loca.getUint16(i * 2) * 2);
  return offsets;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function componentGlyphs(glyph: Uint8Array): number[] {
  const dv = view(glyph);
  if (glyph.length < 10 || dv.getInt16(0) >= 0) return [];
  const ids: number[] = [];
  let at = 10;
  for (;;) {
    const flags = dv.getUint16(at);
    ids.push(dv.getUint16(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return ids;
  }
}

/** A format 4 (BMP) cmap subtable with one segment per run of consecutive code points and glyphs. */
function cmapFormat4(entries: ReadonlyArray<[number, number]>): Uint8Array {
  const segments: Array<{ start: number; end: number; delta: number }> = [];
  for (const [cp, glyph] of entries) {
    if (cp > 0xfffe) continue;
    const last = segments[segments.length - 1];
    if (last && cp === last.end + 1 && ((glyph - cp) & 0xffff) === last.delta) last.end = cp;
    else segments.push({ start: cp, end: cp, delta: (glyph - cp) & 0xffff });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segments.length;
  const length = 16 + n * 8;
  const out = new Uint8Array(length);
  const dv = view(out);
  const searchRange = 2 * 2 ** Math.floor(Math.log2(n));
  dv.setUint16(0, 4);
  dv.setUint16(2, length);
  dv.setUint16(6, n * 2);
  dv.setUint16(8, searchRange);
  dv.setUint16(10, Math.log2(searchRange / 2));
  dv.setUint16(12, n * 2 - searchRange);
  segments.forEach((s, i) => {
    dv.setUint16(14 + i * 2, s.end);
    dv.setUint16(16 + n * 2 + i * 2, s.start);
    dv.setUint16(16 + n * 4 + i * 2, s.delta);
    // idRangeOffset stays 0: glyph = code point + delta.
  });
  return out;
}

function cmapFormat12(entries: ReadonlyArray<[number, number]>): Uint8Array {
  const groups: Array<{ start: number; end: number; glyph: number }> = [];
  for (const [cp, glyph] of entries) {
    const last = groups[groups.length - 1];
    if (last && cp === last.end + 1 && glyph === last.glyph + (cp - last.start)) last.end = cp;
    else groups.push({ start: cp, end: cp, glyph });
  }
  const out = new Uint8Array(16 + groups.length * 12);
  const dv = view(out);
  dv.setUint16(0, 12);
  dv.setUint32(4, out.length);
  dv.setUint32(12, groups.length);
  groups.forEach((g, i) => {
    dv.setUint32(16 + i * 12, g.start);
    dv.setUint32(20 + i * 12, g.end);
    dv.setUint32(24 + i * 12, g.glyph);
  });
  return out;
}

function buildCmap(map: ReadonlyMap<number, number>): Uint8Array {
  const entries = [...map].sort((a, b) => a[0] - b[0]);
  const f4 = cmapFormat4(entries);
  const f12 = cmapFormat12(entries);
  const out = new Uint8Array(4 + 2 * 8 + f4.length + f12.length);
  const dv = view(out);
  dv.setUint16(2, 2);
  dv.setUint16(4, 3);
  dv.setUint16(6, 1);
  dv.setUint32(8, 20);
  dv.setUint16(12, 3);
  dv.setUint16(14, 10);
  dv.setUint32(16, 20 + f4.length);
  out.set(f4, 20);
  out.set(f12, 20 + f4.length);
  return out;
}

export interface SubsetResult {
  font: SfntFont;
  /** Code points the subset maps (those of `codePoints` the font has). */
  codePoints: number[];
}

/** Keeps the outlines of the glyphs for `codePoints` (and their composite parts) and nothing else. */
export function subsetFont(font: SfntFont, codePoints: Iterable<number>): SubsetResult {
  if (font.flavor !== TRUETYPE_FLAVOR || !font.tables.has("glyf")) {
    throw new Error("only TrueType-outline fonts can be subset");
  }
  const cmap = readCmap(font);
  const keptMap = new Map<number, number>();
  for (const cp of codePoints) {
    const glyph = cmap.get(cp);
    if (glyph !== undefined) keptMap.set(cp, glyph);
  }
  const offsets = glyphOffsets(font);
  const glyf = requireTable(font, "glyf");
  const glyphData = (id: number) => glyf.subarray(offsets[id] ?? 0, offsets[id + 1] ?? 0);

  // Glyph 0 (.notdef) must stay, drawn for any character a viewer cannot find.
  const kept = new Set<number>();
  const queue = [0, ...keptMap.values()];
  while (queue.length > 0) {
    const id = queue.pop() as number;
    if (kept.has(id) || id >= offsets.length - 1) continue;
    kept.add(id);
    queue.push(...componentGlyphs(glyphData(id)));
  }

  const numGlyphs = offsets.length - 1;
  let size = 0;
  for (const id of kept) size += align4(glyphData(id).length);
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const locaView = view(newLoca);
  let at = 0;
  for (let id = 0; id < numGlyphs; id++) {
    locaView.setUint32(id * 4, at);
    if (!kept.has(id)) continue;
    const data = glyphData(id);
    newGlyf.set(data, at);
    at += align4(data.length);
  }
  locaView.setUint32(numGlyphs * 4, at);

  const head = requireTable(font, "head").slice();
  view(head).setInt16(50, 1);

  const tables = new Map(font.tables);
  tables.set("glyf", newGlyf);
  tables.set("loca", newLoca);
  tables.set("cmap", buildCmap(keptMap));
  tables.set("head", head);
  // Shaping substitutes glyphs through GSUB (e.g. other digit forms next to CJK text) and those
  // glyphs are now empty, so layout tables go: characters map straight to their cmap glyphs.
  for (const tag of ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "morx", "kerx", "kern"])
    tables.delete(tag);
  // Digital signatures and the hinting device metrics would describe the original file.
  tables.delete("DSIG");
  tables.delete("hdmx");
  tables.delete("LTSH");
  return { font: { flavor: font.flavor, tables }, codePoints: [...keptMap.keys()].sort((a, b) => a - b) };
}

/** Code points as a CSS unicode-range value, e.g. "U+41-43,U+5de5". */
export function unicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i] as number;
    let end = start;
    while (sorted[i + 1] === end + 1) {
      end += 1;
      i += 1;
    }
    i += 1;
    parts.push(start === end ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`);
  }
  return parts.join(",");
}

/** Parses a CSS unicode-range value ("U+4e00-4e09, U+ff01, U+4??") into inclusive ranges. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const raw of value.split(",")) {
    const part = raw.trim().replace(/^u\+/i, "");
    if (part === "") continue;
    if (part.includes("?")) {
      ranges.push([
        Number.parseInt(part.replace(/\?/g, "0"), 16),
        Number.parseInt(part.replace(/\?/g, "f"), 16),
      ]);
    } else {
      const [a, b] = part.split("-");
      const start = Number.parseInt(a ?? "", 16);
      const end = b === undefined ? start : Number.parseInt(b, 16);
      if (Number.isFinite(start) && Number.isFinite(end)) ranges.push([start, end]);
    }
  }
  return ranges;
}
