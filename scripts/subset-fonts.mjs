// Noto Sans SC subset to the glyphs the app uses: one small WOFF 2.0 file per weight instead of the
// thirty-odd unicode-range chunks (about 30 kB each) that fontsource's CSS makes the default page fetch.
//
//   node scripts/subset-fonts.mjs [outDir]      writes noto-sans-sc-subset-{400,700}.woff2 and subset.css
//
// The glyphs: every character of the default dataset (names, descriptions, quotes, the article) and of
// the UI (the message catalogue in src/i18n/ and the components' text), plus printable ASCII and common punctuation. The source is
// fontsource's own chunk files, so the outlines are the very ones the fallback faces draw: each chunk
// is cut down to the characters it contributes (HarfBuzz, via subset-font), the pieces are merged into
// one TrueType font here, and HarfBuzz writes the merged font as WOFF 2.0.
//
// subset.css declares the files as further "Noto Sans SC" faces whose unicode-range lists exactly the
// characters they hold. Imported after fontsource's CSS, they take precedence for those characters (the
// last matching @font-face wins); any other character, from a dataset a reader imports, still comes
// from fontsource's chunks, which stay in dist/ (the SVG export embeds their WOFF 1.0 files).
// The Vite plugin at the end runs this during `vite build` and `vite dev`.

import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FONTSOURCE = path.dirname(require.resolve("@fontsource/noto-sans-sc/package.json"));
export const SUBSET_WEIGHTS = [400, 700];
const EXTRA = " “”‘’–—…·×→←↑↓•©®°±§¶、。，：；！？（）《》【】「」『』";

/** The characters the app draws: default dataset, UI catalogue, ASCII and punctuation. */
export function glyphText(root = ROOT) {
  const dataset = fs.readFileSync(path.join(root, "public/data/shanxi-1958.json"), "utf8");
  // The message catalogue and the components' own text (symbols such as − on a button).
  const catalogue = ["src/i18n", "src/ui"]
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir))
        .filter((name) => /\.(ts|tsx)$/.test(name))
        .map((name) => fs.readFileSync(path.join(root, dir, name), "utf8")),
    )
    .join("");
  // JSON.parse turns \uXXXX escapes into the characters the page shows.
  const strings = [];
  const walk = (value) => {
    if (typeof value === "string") strings.push(value);
    else if (value && typeof value === "object") for (const item of Object.values(value)) walk(item);
  };
  walk(JSON.parse(dataset));
  let ascii = "";
  for (let cp = 0x20; cp < 0x7f; cp++) ascii += String.fromCodePoint(cp);
  const chars = new Set([...strings.join(""), ...catalogue, ...ascii, ...EXTRA]);
  return [...chars]
    .filter((c) => (c.codePointAt(0) ?? 0) >= 0x20)
    .sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0))
    .join("");
}

/** fontsource's faces for a weight: the WOFF 2.0 chunk file and the code point ranges it serves. */
function fontsourceChunks(weight) {
  const css = fs.readFileSync(path.join(FONTSOURCE, `${weight}.css`), "utf8");
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const file = /url\(\.\/files\/([^)]+?\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? "U+0-10FFFF";
    if (!file) throw new Error(`no woff2 in fontsource's ${weight}.css face: ${body}`);
    return { file: path.join(FONTSOURCE, "files", file), ranges: parseUnicodeRange(range) };
  });
}

export function parseUnicodeRange(text) {
  return text.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(from.replace(/\?/g, "0"), 16);
    const end = to ? Number.parseInt(to, 16) : Number.parseInt(from.replace(/\?/g, "F"), 16);
    return [start, end];
  });
}

/** Code points as a compact CSS unicode-range (consecutive points joined into ranges). */
export function toUnicodeRange(codePoints) {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    const hex = (n) => n.toString(16).toUpperCase();
    parts.push(start === sorted[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(sorted[i])}`);
  }
  return parts.join(",");
}

// ---- A minimal TrueType merger (glyf outlines; layout and vertical tables are dropped) ----

export function readTables(bytes) {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map();
  const count = dv.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    const offset = dv.getUint32(at + 8);
    tables.set(tag, bytes.subarray(offset, offset + dv.getUint32(at + 12)));
  }
  return tables;
}

const view = (bytes) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Unicode cmap (format 4 or 12) as code point -> glyph id. */
export function readCmap(cmap) {
  const dv = view(cmap);
  const map = new Map();
  const count = dv.getUint16(2);
  const offsets = [];
  for (let i = 0; i < count; i++) {
    const platform = dv.getUint16(4 + i * 8);
    const encoding = dv.getUint16(6 + i * 8);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      offsets.push(dv.getUint32(8 + i * 8));
  }
  for (const offset of offsets) {
    const format = dv.getUint16(offset);
    if (format === 12) {
      const groups = dv.getUint32(offset + 12);
      for (let g = 0; g < groups; g++) {
        const at = offset + 16 + g * 12;
        const start = dv.getUint32(at);
        const end = dv.getUint32(at + 4);
        const glyph = dv.getUint32(at + 8);
        for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
      }
    } else if (format === 4) {
      const segments = dv.getUint16(offset + 6) / 2;
      const ends = offset + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const start = dv.getUint16(starts + s * 2);
        const end = dv.getUint16(ends + s * 2);
        const delta = dv.getInt16(deltas + s * 2);
        const rangeOffset = dv.getUint16(rangeOffsets + s * 2);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          let glyph;
          if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
          else {
            const at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
            glyph = dv.getUint16(at);
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
          }
          if (glyph !== 0 && !map.has(cp)) map.set(cp, glyph);
        }
      }
    }
  }
  return map;
}

/** Glyph outlines of a font, each a copy, with composite component ids still local to the font. */
export function readGlyphs(tables) {
  const head = view(tables.get("head"));
  const longOffsets = head.getInt16(50) === 1;
  const loca = view(tables.get("loca"));
  const glyf = tables.get("glyf");
  const numGlyphs = view(tables.get("maxp")).getUint16(4);
  const hhea = view(tables.get("hhea"));
  const hmtx = view(tables.get("hmtx"));
  const metrics = hhea.getUint16(34);
  const glyphs = [];
  for (let g = 0; g < numGlyphs; g++) {
    const start = longOffsets ? loca.getUint32(g * 4) : loca.getUint16(g * 2) * 2;
    const end = longOffsets ? loca.getUint32(g * 4 + 4) : loca.getUint16(g * 2 + 2) * 2;
    const advance = hmtx.getUint16(Math.min(g, metrics - 1) * 4);
    const lsb = g < metrics ? hmtx.getInt16(g * 4 + 2) : hmtx.getInt16(metrics * 4 + (g - metrics) * 2);
    glyphs.push({ data: glyf.slice(start, end), advance, lsb });
  }
  return glyphs;
}

/** Rewrites the component glyph ids of a composite glyph (in place). */
function remapComposite(data, mapId) {
  const dv = view(data);
  if (data.length < 10 || dv.getInt16(0) >= 0) return;
  let at = 10;
  for (;;) {
    const flags = dv.getUint16(at);
    dv.setUint16(at + 2, mapId(dv.getUint16(at + 2)));
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) break;
  }
}

function checksum(bytes) {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const dv = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  return sum;
}

function writeFont(tables) {
  const tags = [...tables.keys()].sort();
  const headerSize = 12 + tags.length * 16;
  let size = headerSize;
  for (const tag of tags) size += (tables.get(tag).length + 3) & ~3;
  const out = new Uint8Array(size);
  const dv = view(out);
  dv.setUint32(0, 0x00010000);
  dv.setUint16(4, tags.length);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  dv.setUint16(6, power * 16);
  dv.setUint16(8, Math.log2(power));
  dv.setUint16(10, tags.length * 16 - power * 16);
  let offset = headerSize;
  tags.forEach((tag, i) => {
    const data = tables.get(tag);
    const at = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[at + c] = tag.charCodeAt(c);
    dv.setUint32(at + 4, checksum(data));
    dv.setUint32(at + 8, offset);
    dv.setUint32(at + 12, data.length);
    out.set(data, offset);
    offset += (data.length + 3) & ~3;
  });
  const headAt = 12 + tags.indexOf("head") * 16;
  const headOffset = dv.getUint32(headAt + 8);
  dv.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** cmap with one format 12 subtable (Unicode full repertoire, platform 3 encoding 10 and platform 0). */
function writeCmap(map) {
  const entries = [...map].sort((a, b) => a[0] - b[0]);
  const groups = [];
  for (const [cp, glyph] of entries) {
    const last = groups.at(-1);
    if (last && cp === last.end + 1 && glyph === last.glyph + (cp - last.start)) last.end = cp;
    else groups.push({ start: cp, end: cp, glyph });
  }
  const subtable = new Uint8Array(16 + groups.length * 12);
  const sv = view(subtable);
  sv.setUint16(0, 12);
  sv.setUint32(4, subtable.length);
  sv.setUint32(12, groups.length);
  groups.forEach((g, i) => {
    sv.setUint32(16 + i * 12, g.start);
    sv.setUint32(20 + i * 12, g.end);
    sv.setUint32(24 + i * 12, g.glyph);
  });
  const out = new Uint8Array(4 + 2 * 8 + subtable.length);
  const dv = view(out);
  dv.setUint16(2, 2);
  dv.setUint16(4, 0);
  dv.setUint16(6, 4);
  dv.setUint32(8, 20);
  dv.setUint16(12, 3);
  dv.setUint16(14, 10);
  dv.setUint32(16, 20);
  out.set(subtable, 20);
  return out;
}

/** Merges TrueType fonts cut from one family (same units, same metrics) into one font. */
export function mergeTrueType(fonts) {
  const parsed = fonts.map((bytes) => readTables(bytes));
  const first = parsed[0];
  const glyphs = [readGlyphs(first)[0]];
  const cmap = new Map();
  const maxp = new Uint8Array(first.get("maxp"));
  const mv = view(maxp);
  const head = new Uint8Array(first.get("head"));
  const hv = view(head);
  let [xMin, yMin, xMax, yMax] = [hv.getInt16(36), hv.getInt16(38), hv.getInt16(40), hv.getInt16(42)];
  for (const tables of parsed) {
    const local = readGlyphs(tables);
    const base = glyphs.length - 1;
    const mapId = (id) => (id === 0 ? 0 : base + id);
    for (let g = 1; g < local.length; g++) {
      remapComposite(local[g].data, mapId);
      glyphs.push(local[g]);
    }
    for (const [cp, glyph] of readCmap(tables.get("cmap"))) if (!cmap.has(cp)) cmap.set(cp, mapId(glyph));
    const other = view(tables.get("maxp"));
    // Version 1.0 maxp: keep the largest of every per-glyph maximum.
    if (other.byteLength >= 32 && mv.byteLength >= 32)
      for (let at = 6; at < 32; at += 2) mv.setUint16(at, Math.max(mv.getUint16(at), other.getUint16(at)));
    const oh = view(tables.get("head"));
    xMin = Math.min(xMin, oh.getInt16(36));
    yMin = Math.min(yMin, oh.getInt16(38));
    xMax = Math.max(xMax, oh.getInt16(40));
    yMax = Math.max(yMax, oh.getInt16(42));
  }
  mv.setUint16(4, glyphs.length);
  hv.setInt16(36, xMin);
  hv.setInt16(38, yMin);
  hv.setInt16(40, xMax);
  hv.setInt16(42, yMax);
  hv.setInt16(50, 1);
  hv.setUint32(8, 0);

  let glyfSize = 0;
  for (const g of glyphs) glyfSize += (g.data.length + 3) & ~3;
  const glyf = new Uint8Array(glyfSize);
  const loca = new Uint8Array((glyphs.length + 1) * 4);
  const lv = view(loca);
  const hmtx = new Uint8Array(glyphs.length * 4);
  const mx = view(hmtx);
  let offset = 0;
  let advanceMax = 0;
  glyphs.forEach((g, i) => {
    lv.setUint32(i * 4, offset);
    glyf.set(g.data, offset);
    offset += (g.data.length + 3) & ~3;
    mx.setUint16(i * 4, g.advance);
    mx.setInt16(i * 4 + 2, g.lsb);
    advanceMax = Math.max(advanceMax, g.advance);
  });
  lv.setUint32(glyphs.length * 4, offset);
  const hhea = new Uint8Array(first.get("hhea"));
  view(hhea).setUint16(10, advanceMax);
  view(hhea).setUint16(34, glyphs.length);
  const post = new Uint8Array(first.get("post").subarray(0, 32));
  view(post).setUint32(0, 0x00030000);

  const tables = new Map([
    ["cmap", writeCmap(cmap)],
    ["glyf", glyf],
    ["head", head],
    ["hhea", hhea],
    ["hmtx", hmtx],
    ["loca", loca],
    ["maxp", maxp],
    ["post", post],
  ]);
  for (const tag of ["OS/2", "name", "gasp", "prep", "fpgm", "cvt "])
    if (first.has(tag)) tables.set(tag, first.get(tag));
  return writeFont(tables);
}

/** A font (any format) cut to `text`, as TrueType tables: for tests and inspection. */
export async function trueTypeTables(font, text) {
  const { default: subsetFont } = await import("subset-font");
  return readTables(new Uint8Array(await subsetFont(Buffer.from(font), text, { targetFormat: "truetype" })));
}

/** One WOFF 2.0 per weight holding exactly the glyphs of `text`, and the code points it covers. */
export async function buildSubsets(text = glyphText()) {
  const { default: subsetFont } = await import("subset-font");
  const codePoints = [...text].map((c) => c.codePointAt(0) ?? 0);
  const results = [];
  for (const weight of SUBSET_WEIGHTS) {
    const pieces = [];
    const covered = [];
    const remaining = new Set(codePoints);
    for (const chunk of fontsourceChunks(weight)) {
      const mine = [...remaining].filter((cp) => chunk.ranges.some(([a, b]) => cp >= a && cp <= b));
      if (mine.length === 0) continue;
      for (const cp of mine) remaining.delete(cp);
      const piece = await subsetFont(fs.readFileSync(chunk.file), String.fromCodePoint(...mine), {
        targetFormat: "truetype",
      });
      const present = readCmap(readTables(new Uint8Array(piece)).get("cmap"));
      covered.push(...mine.filter((cp) => present.has(cp)));
      pieces.push(new Uint8Array(piece));
    }
    // Characters no chunk has a glyph for stay out of the range (fontsource's ranges claim some the font
    // lacks, ▸ and ▾ among them: the browser fetches that chunk, finds no glyph, and falls back).
    const merged = mergeTrueType(pieces);
    const woff2 = await subsetFont(Buffer.from(merged), String.fromCodePoint(...covered), {
      targetFormat: "woff2",
    });
    results.push({ weight, woff2: new Uint8Array(woff2), codePoints: covered.sort((a, b) => a - b) });
  }
  return results;
}

function subsetCss(subsets) {
  return subsets
    .map(
      ({ weight, codePoints }) =>
        `/* Noto Sans SC ${weight}, subset to the glyphs of the default dataset and the UI (scripts/subset-fonts.mjs) */\n` +
        `@font-face {\n  font-family: "Noto Sans SC";\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n` +
        `  src: url("./noto-sans-sc-subset-${weight}.woff2") format("woff2");\n  unicode-range: ${toUnicodeRange(codePoints)};\n}\n`,
    )
    .join("\n");
}

/** Writes the subsets and their CSS into `outDir` (skipped when the inputs have not changed). */
export async function writeSubsets(outDir) {
  const text = glyphText();
  const pkg = JSON.parse(fs.readFileSync(path.join(FONTSOURCE, "package.json"), "utf8"));
  const source = fs.readFileSync(fileURLToPath(import.meta.url));
  const key = createHash("sha256").update(text).update(pkg.version).update(source).digest("hex");
  const stamp = path.join(outDir, "inputs.sha256");
  const css = path.join(outDir, "subset.css");
  if (fs.existsSync(css) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === key) return css;
  const subsets = await buildSubsets(text);
  fs.mkdirSync(outDir, { recursive: true });
  for (const { weight, woff2 } of subsets)
    fs.writeFileSync(path.join(outDir, `noto-sans-sc-subset-${weight}.woff2`), woff2);
  fs.writeFileSync(css, subsetCss(subsets));
  fs.writeFileSync(stamp, key);
  return css;
}

export const SUBSET_MODULE_ID = "virtual:noto-sans-sc-subset.css";

/**
 * Vite plugin: `import "virtual:noto-sans-sc-subset.css"` (after fontsource's CSS) gets the subset
 * faces; in a build, the two files are also preloaded from index.html so they download alongside the
 * JavaScript rather than after the dataset.
 * @returns {import("vite").Plugin}
 */
export function fontSubsetPlugin({
  outDir = path.join(ROOT, "node_modules/.cache/noto-sans-sc-subset"),
} = {}) {
  let cssPath = null;
  return {
    name: "noto-sans-sc-subset",
    async buildStart() {
      cssPath = await writeSubsets(outDir);
    },
    async resolveId(id) {
      if (id !== SUBSET_MODULE_ID) return null;
      cssPath ??= await writeSubsets(outDir);
      return cssPath;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        if (!context.bundle) return [];
        return Object.keys(context.bundle)
          .filter((file) => /noto-sans-sc-subset-\d+-[\w-]+\.woff2$/.test(file))
          .map((file) => ({
            tag: "link",
            attrs: { rel: "preload", href: `./${file}`, as: "font", type: "font/woff2", crossorigin: "" },
            injectTo: "head",
          }));
      },
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, "node_modules/.cache/noto-sans-sc-subset"));
  const started = Date.now();
  const css = await writeSubsets(outDir);
  for (const name of fs.readdirSync(path.dirname(css)))
    console.log(`${name}: ${fs.statSync(path.join(path.dirname(css), name)).size} bytes`);
  console.log(`in ${Date.now() - started} ms`);
}
