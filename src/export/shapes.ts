/**
 * Node shapes as SVG path data, drawn as cytoscape draws them (its polygon tables and its rule for
 * rounded corners), and where a straight edge meets a node's outline.
 */

export type NodeShape = "star" | "round-diamond" | "diamond" | "ellipse" | "rectangle";

/** Rounds to two decimals and drops trailing zeros: compact, stable text for golden files. */
export function fmt(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

function unitNgonPoints(sides: number, rotation: number): number[] {
  const increment = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = start + i * increment;
    points.push(Math.cos(angle), Math.sin(-angle));
  }
  return points;
}

function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...out.filter((_, i) => i % 2 === 1));
  return minY < -1 ? out.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : out;
}

/** cytoscape's five-pointed star: outer radius 1, inner radius (3 − √5)/2 × 1.57, fitted to the square. */
function starPoints(): number[] {
  const outer = unitNgonPoints(5, 0);
  const inner = unitNgonPoints(5, Math.PI / 5);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const points: number[] = [];
  for (let i = 0; i < 5; i++) {
    points.push(outer[i * 2] ?? 0, outer[i * 2 + 1] ?? 0);
    points.push((inner[i * 2] ?? 0) * innerRadius, (inner[i * 2 + 1] ?? 0) * innerRadius);
  }
  return fitToSquare(points);
}

const POLYGONS: Record<string, number[]> = {
  star: starPoints(),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  "round-diamond": [0, 1, 1, 0, 0, -1, -1, 0],
  rectangle: [-1, -1, 1, -1, 1, 1, -1, 1],
};

interface Point {
  x: number;
  y: number;
}

function polygon(shape: string, cx: number, cy: number, width: number, height: number): Point[] {
  const unit = POLYGONS[shape] ?? POLYGONS.rectangle ?? [];
  const points: Point[] = [];
  for (let i = 0; i < unit.length; i += 2) {
    points.push({ x: cx + (width / 2) * (unit[i] ?? 0), y: cy + (height / 2) * (unit[i + 1] ?? 0) });
  }
  return points;
}

/** Corners rounded the way cytoscape rounds them: an arc of radius min(w/10, h/10, 8) tangent to both sides. */
function roundPolygonPath(points: Point[], width: number, height: number): string {
  const radius = Math.min(width / 10, height / 10, 8);
  const n = points.length;
  const parts: string[] = [];
  points.forEach((p, i) => {
    const prev = points[(i + n - 1) % n] as Point;
    const next = points[(i + 1) % n] as Point;
    const v1 = { x: prev.x - p.x, y: prev.y - p.y };
    const v2 = { x: next.x - p.x, y: next.y - p.y };
    const l1 = Math.hypot(v1.x, v1.y);
    const l2 = Math.hypot(v2.x, v2.y);
    const cos = (v1.x * v2.x + v1.y * v2.y) / (l1 * l2);
    const half = Math.acos(Math.max(-1, Math.min(1, cos))) / 2;
    let along = radius / Math.tan(half);
    let arcRadius = radius;
    const limit = Math.min(l1 / 2, l2 / 2);
    if (along > limit) {
      along = limit;
      arcRadius = along * Math.tan(half);
    }
    const start = { x: p.x + (v1.x / l1) * along, y: p.y + (v1.y / l1) * along };
    const stop = { x: p.x + (v2.x / l2) * along, y: p.y + (v2.y / l2) * along };
    // Turning clockwise on screen (y down) is SVG's positive sweep.
    const turn = (p.x - prev.x) * (next.y - p.y) - (p.y - prev.y) * (next.x - p.x);
    parts.push(`${i === 0 ? "M" : "L"}${fmt(start.x)} ${fmt(start.y)}`);
    parts.push(`A${fmt(arcRadius)} ${fmt(arcRadius)} 0 0 ${turn > 0 ? 1 : 0} ${fmt(stop.x)} ${fmt(stop.y)}`);
  });
  return `${parts.join("")}Z`;
}

export function nodeShapePath(shape: string, cx: number, cy: number, width: number, height: number): string {
  if (shape === "ellipse") {
    const rx = width / 2;
    const ry = height / 2;
    return (
      `M${fmt(cx - rx)} ${fmt(cy)}A${fmt(rx)} ${fmt(ry)} 0 1 0 ${fmt(cx + rx)} ${fmt(cy)}` +
      `A${fmt(rx)} ${fmt(ry)} 0 1 0 ${fmt(cx - rx)} ${fmt(cy)}Z`
    );
  }
  const points = polygon(shape, cx, cy, width, height);
  if (shape.startsWith("round-")) return roundPolygonPath(points, width, height);
  return `${points.map((p, i) => `${i === 0 ? "M" : "L"}${fmt(p.x)} ${fmt(p.y)}`).join("")}Z`;
}

/**
 * Where the segment from a node's centre towards `toward` leaves the node's outline, for a node of
 * outer size `size` (cytoscape ends straight edges there: node width plus its border).
 */
export function outlineIntersection(shape: string, center: Point, size: number, toward: Point): Point {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return center;
  if (shape === "ellipse") {
    const r = size / 2;
    return { x: center.x + (dx / length) * r, y: center.y + (dy / length) * r };
  }
  const points = polygon(shape, center.x, center.y, size, size);
  let best = 1;
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const denominator = dx * ey - dy * ex;
    if (Math.abs(denominator) < 1e-12) continue;
    const t = ((a.x - center.x) * ey - (a.y - center.y) * ex) / denominator;
    const u = ((a.x - center.x) * dy - (a.y - center.y) * dx) / denominator;
    if (t >= 0 && u >= 0 && u <= 1) best = Math.min(best, t);
  }
  return { x: center.x + dx * best, y: center.y + dy * best };
}
