/**
 * TrueType glyph outlines as path segments, for exporting text as shapes (textOutlines.ts): the
 * quadratic contours of `glyf` (composite glyphs resolved through their transforms) and the advance
 * widths of `hmtx`, in font units with y pointing up from the baseline.
 */
import { glyphOffsets, readCmap } from "./fontSubset";
import type { Segment } from "./pathData";
import { requireTable, type SfntFont, view } from "./sfnt";

export interface GlyphFont {
  unitsPerEm: number;
  /** Code point to glyph id. */
  cmap: ReadonlyMap<number, number>;
  advance(glyph: number): number;
  outline(glyph: number): Segment[];
}

const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const ARGS_ARE_XY_VALUES = 0x0002;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Composite glyphs nest rarely more than twice; a cycle in a broken font must not loop. */
const MAX_DEPTH = 8;

interface Point {
  x: number;
  y: number;
  on: boolean;
}

function readSimpleGlyph(data: Uint8Array, contours: number): Point[][] {
  const dv = view(data);
  const ends: number[] = [];
  for (let i = 0; i < contours; i++) ends.push(dv.getUint16(10 + i * 2));
  const count = (ends[ends.length - 1] ?? -1) + 1;
  let at = 10 + contours * 2;
  at += 2 + dv.getUint16(at); // instructions
  const flags: number[] = [];
  while (flags.length < count) {
    const flag = data[at++] ?? 0;
    flags.push(flag);
    if (flag & REPEAT) {
      const times = data[at++] ?? 0;
      for (let r = 0; r < times; r++) flags.push(flag);
    }
  }
  const coordinates = (short: number, sameOrPositive: number): number[] => {
    const values: number[] = [];
    let value = 0;
    for (const flag of flags.slice(0, count)) {
      if (flag & short) {
        const delta = data[at++] ?? 0;
        value += flag & sameOrPositive ? delta : -delta;
      } else if (!(flag & sameOrPositive)) {
        value += dv.getInt16(at);
        at += 2;
      }
      values.push(value);
    }
    return values;
  };
  const xs = coordinates(X_SHORT, X_SAME_OR_POSITIVE);
  const ys = coordinates(Y_SHORT, Y_SAME_OR_POSITIVE);
  const result: Point[][] = [];
  let start = 0;
  for (const end of ends) {
    const contour: Point[] = [];
    for (let i = start; i <= end; i++)
      contour.push({ x: xs[i] ?? 0, y: ys[i] ?? 0, on: ((flags[i] ?? 0) & ON_CURVE) !== 0 });
    result.push(contour);
    start = end + 1;
  }
  return result;
}

/**
 * One closed contour as segments. Two off-curve points in a row imply an on-curve point halfway
 * between them; a contour with no on-curve point starts halfway between its last and first points.
 */
export function contourSegments(points: readonly Point[]): Segment[] {
  const n = points.length;
  if (n === 0) return [];
  const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, on: true });
  const firstOn = points.findIndex((p) => p.on);
  const ordered =
    firstOn >= 0
      ? [...points.slice(firstOn), ...points.slice(0, firstOn)]
      : [mid(points[n - 1] as Point, points[0] as Point), ...points];
  const start = ordered[0] as Point;
  const out: Segment[] = [["M", start.x, start.y]];
  let control: Point | null = null;
  for (const p of [...ordered.slice(1), start]) {
    if (p.on) {
      if (control) out.push(["Q", control.x, control.y, p.x, p.y]);
      else if (p !== start) out.push(["L", p.x, p.y]);
      control = null;
    } else {
      if (control) {
        const m = mid(control, p);
        out.push(["Q", control.x, control.y, m.x, m.y]);
      }
      control = p;
    }
  }
  out.push(["Z"]);
  return out;
}

const f2dot14 = (dv: DataView, at: number) => dv.getInt16(at) / 16384;

export function openGlyphFont(font: SfntFont): GlyphFont {
  const head = view(requireTable(font, "head"));
  const unitsPerEm = head.getUint16(18);
  const hhea = view(requireTable(font, "hhea"));
  const longMetrics = hhea.getUint16(34);
  const hmtx = view(requireTable(font, "hmtx"));
  const glyf = requireTable(font, "glyf");
  const offsets = glyphOffsets(font);
  const cmap = readCmap(font);
  const cache = new Map<number, Segment[]>();

  const glyphData = (id: number) => glyf.subarray(offsets[id] ?? 0, offsets[id + 1] ?? 0);

  const points = (id: number, depth: number): Point[][] => {
    const data = glyphData(id);
    if (data.length < 10 || depth > MAX_DEPTH) return [];
    const dv = view(data);
    const contours = dv.getInt16(0);
    if (contours >= 0) return readSimpleGlyph(data, contours);
    const result: Point[][] = [];
    let at = 10;
    for (;;) {
      const flags = dv.getUint16(at);
      const component = dv.getUint16(at + 2);
      at += 4;
      let dx: number;
      let dy: number;
      if (flags & ARG_1_AND_2_ARE_WORDS) {
        dx = dv.getInt16(at);
        dy = dv.getInt16(at + 2);
        at += 4;
      } else {
        dx = dv.getInt8(at);
        dy = dv.getInt8(at + 1);
        at += 2;
      }
      // Anchoring by point numbers instead of offsets is not used by CJK or Latin fonts we ship.
      if (!(flags & ARGS_ARE_XY_VALUES)) {
        dx = 0;
        dy = 0;
      }
      let [a, b, c, d] = [1, 0, 0, 1];
      if (flags & WE_HAVE_A_SCALE) {
        a = d = f2dot14(dv, at);
        at += 2;
      } else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) {
        a = f2dot14(dv, at);
        d = f2dot14(dv, at + 2);
        at += 4;
      } else if (flags & WE_HAVE_A_TWO_BY_TWO) {
        a = f2dot14(dv, at);
        b = f2dot14(dv, at + 2);
        c = f2dot14(dv, at + 4);
        d = f2dot14(dv, at + 6);
        at += 8;
      }
      for (const contour of points(component, depth + 1))
        result.push(contour.map((p) => ({ x: a * p.x + c * p.y + dx, y: b * p.x + d * p.y + dy, on: p.on })));
      if (!(flags & MORE_COMPONENTS)) return result;
    }
  };

  return {
    unitsPerEm,
    cmap,
    advance(glyph) {
      const index = Math.min(glyph, longMetrics - 1);
      return hmtx.getUint16(index * 4);
    },
    outline(glyph) {
      let segments = cache.get(glyph);
      if (!segments) {
        segments = points(glyph, 0).flatMap(contourSegments);
        cache.set(glyph, segments);
      }
      return segments;
    },
  };
}
