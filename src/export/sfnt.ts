/**
 * Reading and writing sfnt fonts: WOFF 1.0 (zlib per table) and bare TrueType files, with their
 * table directories and checksums. Inflating and deflating are passed in.
 */

export type Inflate = (data: Uint8Array) => Promise<Uint8Array>;
export type Deflate = (data: Uint8Array) => Promise<Uint8Array>;

export interface SfntFont {
  flavor: number;
  tables: Map<string, Uint8Array>;
}

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
export const TRUETYPE_FLAVOR = 0x00010000;

export function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function tagAt(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(
    bytes[offset] ?? 0,
    bytes[offset + 1] ?? 0,
    bytes[offset + 2] ?? 0,
    bytes[offset + 3] ?? 0,
  );
}

/** Reads a WOFF 1.0 file, or a bare TrueType file, into its tables. */
export async function readFont(bytes: Uint8Array, inflate: Inflate): Promise<SfntFont> {
  const dv = view(bytes);
  const signature = dv.getUint32(0);
  const tables = new Map<string, Uint8Array>();
  if (signature === WOFF_SIGNATURE) {
    const flavor = dv.getUint32(4);
    const numTables = dv.getUint16(12);
    for (let i = 0; i < numTables; i++) {
      const entry = 44 + i * 20;
      const tag = tagAt(bytes, entry);
      const offset = dv.getUint32(entry + 4);
      const compLength = dv.getUint32(entry + 8);
      const origLength = dv.getUint32(entry + 12);
      const stored = bytes.subarray(offset, offset + compLength);
      const data = compLength < origLength ? await inflate(stored) : stored;
      if (data.length !== origLength) throw new Error(`font table ${tag}: expected ${origLength} bytes`);
      tables.set(tag, data);
    }
    return { flavor, tables };
  }
  if (signature === TRUETYPE_FLAVOR) {
    const numTables = dv.getUint16(4);
    for (let i = 0; i < numTables; i++) {
      const entry = 12 + i * 16;
      const offset = dv.getUint32(entry + 8);
      const length = dv.getUint32(entry + 12);
      tables.set(tagAt(bytes, entry), bytes.subarray(offset, offset + length));
    }
    return { flavor: signature, tables };
  }
  throw new Error("not a WOFF 1.0 or TrueType font");
}

export function requireTable(font: SfntFont, tag: string): Uint8Array {
  const table = font.tables.get(tag);
  if (!table) throw new Error(`font has no ${tag} table`);
  return table;
}

export function align4(n: number): number {
  return (n + 3) & ~3;
}

function checksum(data: Uint8Array): number {
  const padded =
    data.length % 4 === 0
      ? data
      : (() => {
          const copy = new Uint8Array(align4(data.length));
          copy.set(data);
          return copy;
        })();
  const dv = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  return sum;
}

function sortedTags(font: SfntFont): string[] {
  return [...font.tables.keys()].sort();
}

/** The font as a TrueType file, with table checksums and head.checkSumAdjustment set. */
export function writeTrueType(font: SfntFont): Uint8Array {
  const tags = sortedTags(font);
  const n = tags.length;
  let size = 12 + 16 * n;
  for (const tag of tags) size += align4(font.tables.get(tag)?.length ?? 0);
  const out = new Uint8Array(size);
  const dv = view(out);
  const searchRange = 16 * 2 ** Math.floor(Math.log2(n));
  dv.setUint32(0, font.flavor);
  dv.setUint16(4, n);
  dv.setUint16(6, searchRange);
  dv.setUint16(8, Math.floor(Math.log2(n)));
  dv.setUint16(10, n * 16 - searchRange);
  let offset = 12 + 16 * n;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = font.tables.get(tag) as Uint8Array;
    if (tag === "head") {
      headOffset = offset;
      const copy = data.slice();
      view(copy).setUint32(8, 0);
      out.set(copy, offset);
    } else {
      out.set(data, offset);
    }
    const entry = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[entry + c] = tag.charCodeAt(c);
    dv.setUint32(entry + 4, checksum(out.subarray(offset, offset + data.length)));
    dv.setUint32(entry + 8, offset);
    dv.setUint32(entry + 12, data.length);
    offset += align4(data.length);
  });
  if (headOffset >= 0) dv.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** The font as WOFF 1.0, each table deflated when that makes it smaller. */
export async function writeWoff(font: SfntFont, deflate: Deflate): Promise<Uint8Array> {
  const sfnt = writeTrueType(font);
  const sfntView = view(sfnt);
  const n = sfntView.getUint16(4);
  const entries: Array<{ tag: string; checksum: number; orig: Uint8Array; stored: Uint8Array }> = [];
  for (let i = 0; i < n; i++) {
    const entry = 12 + i * 16;
    const offset = sfntView.getUint32(entry + 8);
    const length = sfntView.getUint32(entry + 12);
    const orig = sfnt.subarray(offset, offset + length);
    const compressed = await deflate(orig);
    entries.push({
      tag: tagAt(sfnt, entry),
      checksum: sfntView.getUint32(entry + 4),
      orig,
      stored: compressed.length < orig.length ? compressed : orig,
    });
  }
  let size = 44 + 20 * n;
  for (const e of entries) size += align4(e.stored.length);
  const out = new Uint8Array(size);
  const dv = view(out);
  dv.setUint32(0, WOFF_SIGNATURE);
  dv.setUint32(4, font.flavor);
  dv.setUint32(8, size);
  dv.setUint16(12, n);
  dv.setUint32(16, sfnt.length);
  dv.setUint16(20, 1);
  let offset = 44 + 20 * n;
  entries.forEach((e, i) => {
    const entry = 44 + i * 20;
    for (let c = 0; c < 4; c++) out[entry + c] = e.tag.charCodeAt(c);
    dv.setUint32(entry + 4, offset);
    dv.setUint32(entry + 8, e.stored.length);
    dv.setUint32(entry + 12, e.orig.length);
    dv.setUint32(entry + 16, e.checksum);
    out.set(e.stored, offset);
    offset += align4(e.stored.length);
  });
  return out;
}
