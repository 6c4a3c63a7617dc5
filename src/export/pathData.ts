/**
 * Path outlines as absolute segments, the one shape that text outlines (glyphOutline.ts) produce
 * and that the SVG and PDF writers consume: SVG path data is parsed into it (node shapes and legend
 * marks use arcs and relative lines, which PDF lacks) and written back from it.
 */
import { fmt } from "./shapes";

export type Segment =
  | ["M" | "L", number, number]
  | ["Q", number, number, number, number]
  | ["C", number, number, number, number, number, number]
  | ["Z"];

/** A 2-D affine map [a, b, c, d, e, f]: (x, y) → (a·x + c·y + e, b·x + d·y + f). */
export type Matrix = readonly [number, number, number, number, number, number];

export function transformSegments(segments: readonly Segment[], m: Matrix): Segment[] {
  const [a, b, c, d, e, f] = m;
  const point = (x: number, y: number) => [a * x + c * y + e, b * x + d * y + f] as const;
  return segments.map((s): Segment => {
    switch (s[0]) {
      case "M":
      case "L":
        return [s[0], ...point(s[1], s[2])];
      case "Q":
        return ["Q", ...point(s[1], s[2]), ...point(s[3], s[4])];
      case "C":
        return ["C", ...point(s[1], s[2]), ...point(s[3], s[4]), ...point(s[5], s[6])];
      default:
        return ["Z"];
    }
  });
}

export function segmentsToSvg(segments: readonly Segment[]): string {
  return segments
    .map(
      (s) =>
        `${s[0]}${s
          .slice(1)
          .map((v) => fmt(v as number))
          .join(" ")}`,
    )
    .join("");
}

/** Bounds of every point of the segments (control points included), or null for none. */
export function segmentBounds(segments: readonly Segment[]) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of segments)
    for (let i = 1; i < s.length; i += 2) {
      xs.push(s[i] as number);
      ys.push(s[i + 1] as number);
    }
  if (xs.length === 0) return null;
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** An elliptical arc (SVG's endpoint parameters) as cubic Béziers, at most a quarter turn each. */
function arcToCubics(
  from: readonly [number, number],
  radii: readonly [number, number],
  rotationDeg: number,
  large: boolean,
  sweep: boolean,
  to: readonly [number, number],
): Segment[] {
  const [x1, y1] = from;
  const [x2, y2] = to;
  let rx = Math.abs(radii[0]);
  let ry = Math.abs(radii[1]);
  if (rx === 0 || ry === 0) return [["L", x2, y2]];
  if (x1 === x2 && y1 === y2) return [];
  const phi = (rotationDeg * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  // SVG 1.1 appendix F.6.5: from the end points to the centre and angles.
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const xp = cos * dx + sin * dy;
  const yp = -sin * dx + cos * dy;
  const lambda = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const numerator = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp;
  const root = Math.sqrt(Math.max(0, numerator / (rx * rx * yp * yp + ry * ry * xp * xp)));
  const factor = large === sweep ? -root : root;
  const cxp = (factor * rx * yp) / ry;
  const cyp = (-factor * ry * xp) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) =>
    Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta = angle(1, 0, (xp - cxp) / rx, (yp - cyp) / ry);
  let delta = angle((xp - cxp) / rx, (yp - cyp) / ry, (-xp - cxp) / rx, (-yp - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const pieces = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / pieces;
  const k = (4 / 3) * Math.tan(step / 4);
  const rotate = (x: number, y: number) => [cos * x - sin * y, sin * x + cos * y] as const;
  const point = (t: number) => {
    const [x, y] = rotate(rx * Math.cos(t), ry * Math.sin(t));
    return [x + cx, y + cy] as const;
  };
  const tangent = (t: number) => rotate(-rx * Math.sin(t), ry * Math.cos(t));
  const out: Segment[] = [];
  for (let i = 0; i < pieces; i++) {
    const t1 = theta + i * step;
    const t2 = t1 + step;
    const [ax, ay] = point(t1);
    const [bx, by] = i === pieces - 1 ? [x2, y2] : point(t2);
    const [d1x, d1y] = tangent(t1);
    const [d2x, d2y] = tangent(t2);
    out.push(["C", ax + k * d1x, ay + k * d1y, bx - k * d2x, by - k * d2y, bx, by]);
  }
  return out;
}

interface ReflectedControl {
  kind: "C" | "Q";
  x: number;
  y: number;
}

const ARGUMENTS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/** SVG path data (every command, absolute or relative) as absolute M, L, Q, C and Z segments. */
export function parsePathData(d: string): Segment[] {
  const tokens = d.match(/[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const out: Segment[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The last control point, reflected by S and T.
  let control: ReflectedControl | null = null;
  let command = "";
  let i = 0;
  const next = () => Number(tokens[i++]);
  const reflected = (kind: ReflectedControl["kind"]): [number, number] =>
    control && control.kind === kind ? [2 * x - control.x, 2 * y - control.y] : [x, y];
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (/[A-Za-z]/.test(token)) {
      command = token;
      i += 1;
    } else if (command === "") throw new Error(`path data starts with a number: ${d.slice(0, 40)}`);
    const upper = command.toUpperCase();
    const count = ARGUMENTS[upper];
    if (count === undefined) throw new Error(`unknown path command ${command}`);
    const relative = command !== upper;
    const ox = relative ? x : 0;
    const oy = relative ? y : 0;
    const args = Array.from({ length: count }, next);
    if (args.some((v) => !Number.isFinite(v))) throw new Error(`bad path data: ${d.slice(0, 40)}`);
    let nextControl: ReflectedControl | null = null;
    switch (upper) {
      case "M":
      case "L": {
        x = ox + (args[0] as number);
        y = oy + (args[1] as number);
        out.push([upper === "M" ? "M" : "L", x, y]);
        if (upper === "M") {
          startX = x;
          startY = y;
          // Further pairs after a moveto are linetos.
          command = relative ? "l" : "L";
        }
        break;
      }
      case "H":
        x = ox + (args[0] as number);
        out.push(["L", x, y]);
        break;
      case "V":
        y = oy + (args[0] as number);
        out.push(["L", x, y]);
        break;
      case "C":
      case "S": {
        const [c1x, c1y]: [number, number] =
          upper === "C" ? [ox + (args[0] as number), oy + (args[1] as number)] : reflected("C");
        const rest = upper === "C" ? args.slice(2) : args;
        const c2x = ox + (rest[0] as number);
        const c2y = oy + (rest[1] as number);
        x = ox + (rest[2] as number);
        y = oy + (rest[3] as number);
        out.push(["C", c1x, c1y, c2x, c2y, x, y]);
        nextControl = { kind: "C", x: c2x, y: c2y };
        break;
      }
      case "Q":
      case "T": {
        const [cx, cy]: [number, number] =
          upper === "Q" ? [ox + (args[0] as number), oy + (args[1] as number)] : reflected("Q");
        const end = upper === "Q" ? args.slice(2) : args;
        x = ox + (end[0] as number);
        y = oy + (end[1] as number);
        out.push(["Q", cx, cy, x, y]);
        nextControl = { kind: "Q", x: cx, y: cy };
        break;
      }
      case "A": {
        const to = [ox + (args[5] as number), oy + (args[6] as number)] as const;
        out.push(
          ...arcToCubics(
            [x, y],
            [args[0] as number, args[1] as number],
            args[2] as number,
            args[3] !== 0,
            args[4] !== 0,
            to,
          ),
        );
        [x, y] = to;
        break;
      }
      case "Z":
        out.push(["Z"]);
        x = startX;
        y = startY;
        break;
    }
    control = nextControl;
  }
  return out;
}
