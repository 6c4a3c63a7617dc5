import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FontChunk } from "../../../src/export/fontEmbed";
import { parseUnicodeRange } from "../../../src/export/fontSubset";

const FONTSOURCE = fileURLToPath(new URL("../../../node_modules/@fontsource/noto-sans-sc/", import.meta.url));

/** fontsource's WOFF 1.0 chunks of both weights, from its own @font-face rules, in their order. */
export function fontsourceChunks(): FontChunk[] {
  return ([400, 700] as const).flatMap((weight) =>
    [
      ...readFileSync(`${FONTSOURCE}${weight}.css`, "utf8").matchAll(
        /url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g,
      ),
    ].map(
      (m): FontChunk => ({
        weight: weight === 700 ? "bold" : "normal",
        url: m[1] as string,
        ranges: parseUnicodeRange(m[2] as string),
      }),
    ),
  );
}

/** A chunk file named by `fontsourceChunks`, as the browser code fetches it. */
export async function readFontsourceFile(url: string): Promise<Uint8Array> {
  return new Uint8Array(readFileSync(`${FONTSOURCE}files/${url}`));
}
