/**
 * Embeds the CJK font in an SVG as exactly the glyphs its text uses (see fontSubset.ts for why a
 * subsetter of our own over the WOFF 1.0 chunks, rather than HarfBuzz or whole chunks).
 *
 * The chunks are found in the page's own @font-face rules (fontsource's CSS, bundled by Vite), so
 * their hashed file names never need to be known here, and only same-origin files are fetched: the
 * export works offline and reaches no other origin.
 */
import {
  type Deflate,
  type Inflate,
  parseUnicodeRange,
  readFont,
  subsetFont,
  unicodeRange,
  writeWoff,
} from "./fontSubset";

export const EMBEDDED_FAMILY = "Noto Sans SC";

export interface FontChunk {
  weight: "normal" | "bold";
  ranges: Array<[number, number]>;
  url: string;
}

function unquote(value: string): string {
  return value.trim().replace(/^["']|["']$/g, "");
}

/** The WOFF 1.0 file of every unicode-range chunk of the family, from the document's stylesheets. */
export function findFontChunks(doc: Document = document, family = EMBEDDED_FAMILY): FontChunk[] {
  const chunks: FontChunk[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet cannot be read (and is not ours)
    }
    const base = sheet.href ?? doc.baseURI;
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      if (unquote(style.getPropertyValue("font-family")) !== family) continue;
      if (style.getPropertyValue("font-style").trim() === "italic") continue;
      const weightValue = style.getPropertyValue("font-weight").trim();
      const weight =
        weightValue === "700" || weightValue === "bold"
          ? "bold"
          : weightValue === "400" || weightValue === "normal" || weightValue === ""
            ? "normal"
            : null;
      if (!weight) continue;
      const src = style.getPropertyValue("src");
      const woff = /url\(\s*(["']?)([^"')]+?\.woff)\1\s*\)\s*format\(\s*["']?woff["']?\s*\)/.exec(src)?.[2];
      if (!woff) continue;
      const range = style.getPropertyValue("unicode-range");
      chunks.push({
        weight,
        url: new URL(woff, base).href,
        ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]],
      });
    }
  }
  return chunks;
}

async function throughStream(data: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const piped = new Blob([data as BlobPart])
    .stream()
    .pipeThrough(stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

export const inflate: Inflate = (data) => throughStream(data, new DecompressionStream("deflate"));
export const deflate: Deflate = (data) => throughStream(data, new CompressionStream("deflate"));

export function base64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export interface EmbeddedFont {
  css: string;
  /** Size of the embedded font files, before base64. */
  bytes: number;
  /** Characters no chunk of the font covers (drawn by the viewer's fallback font). */
  missing: string;
}

const fileCache = new Map<string, Promise<Uint8Array>>();

/** A file of our own origin (the page's font chunks), fetched once. */
export function fetchSameOrigin(url: string): Promise<Uint8Array> {
  if (new URL(url).origin !== globalThis.location?.origin)
    return Promise.reject(new Error(`not fetching ${url}: another origin`));
  let file = fileCache.get(url);
  if (!file) {
    file = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    });
    file.catch(() => fileCache.delete(url));
    fileCache.set(url, file);
  }
  return file;
}

/** @font-face rules holding, per weight, a subset of the font with exactly the characters of `text`. */
export async function embedFontSubset(
  text: { normal: string; bold: string },
  chunks: FontChunk[] = findFontChunks(),
  load: (url: string) => Promise<Uint8Array> = fetchSameOrigin,
): Promise<EmbeddedFont> {
  const rules: string[] = [];
  let bytes = 0;
  const missing = new Set<string>();
  for (const weight of ["normal", "bold"] as const) {
    const byChunk = new Map<FontChunk, number[]>();
    for (const char of new Set(text[weight])) {
      const cp = char.codePointAt(0) as number;
      if (cp < 0x21 && cp !== 0x20) continue;
      const chunk = chunks.find((c) => c.weight === weight && c.ranges.some(([a, b]) => cp >= a && cp <= b));
      if (!chunk) {
        if (char.trim() !== "") missing.add(char);
        continue;
      }
      byChunk.set(chunk, [...(byChunk.get(chunk) ?? []), cp]);
    }
    const faces = await Promise.all(
      [...byChunk].map(async ([chunk, codePoints]) => {
        const font = await readFont(await load(chunk.url), inflate);
        const subset = subsetFont(font, codePoints);
        const woff = await writeWoff(subset.font, deflate);
        return { woff, codePoints: subset.codePoints };
      }),
    );
    for (const { woff, codePoints } of faces) {
      if (codePoints.length === 0) continue;
      bytes += woff.length;
      rules.push(
        `@font-face{font-family:"${EMBEDDED_FAMILY}";font-style:normal;font-weight:${weight === "bold" ? 700 : 400};` +
          `src:url(data:font/woff;base64,${base64(woff)}) format("woff");unicode-range:${unicodeRange(codePoints)}}`,
      );
    }
  }
  return { css: rules.join("\n"), bytes, missing: [...missing].join("") };
}
