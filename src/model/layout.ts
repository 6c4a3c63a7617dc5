/**
 * A deterministic hub-and-spoke layout. Each sector is a cluster; inside it every commander is
 * the centre of a star, its medium factories on an inner ring and its small factories on an
 * outer ring, both ordered by region so that neighbouring counties sit together. Positions
 * are computed once per dataset; filtering never moves a node.
 */
import type { Tier } from "../data/schema";

export interface LayoutInput {
  id: string;
  sector: string;
  tier: Tier;
  /** Diameter in model units. */
  size: number;
  /** The commander it is contracted to, if any. */
  commander?: string | undefined;
  /** Sort key that keeps neighbouring regions together on a ring. */
  order: number;
  /** Where the file placed it; kept when every node has one. */
  position?: { x: number; y: number } | undefined;
}

export type LabelSide = "top" | "bottom" | "left" | "right";

export interface NodePlacement {
  x: number;
  y: number;
  /** Which side of the node its label goes, pointing away from the star's centre. */
  labelSide: LabelSide;
}

export interface ClusterBox {
  sector: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Layout {
  positions: Map<string, NodePlacement>;
  clusters: ClusterBox[];
}

const NODE_GAP = 10;
const RING_GAP = 60;
const STAR_GAP = 110;
/** About the width of a commander's name at the overview (140 CSS px at a zoom of about 0.45). */
const MIN_STAR_CELL = 320;
const CLUSTER_GAP = 200;
/** Room above a cluster for its title. */
const CLUSTER_HEADER = 110;

interface Star {
  hub: LayoutInput | undefined;
  rings: LayoutInput[][];
  radius: number;
  /** Offsets from the star's centre. */
  offsets: Map<string, NodePlacement>;
}

function byOrder(a: LayoutInput, b: LayoutInput): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function labelSideFor(angle: number): LabelSide {
  const x = Math.cos(angle);
  const y = Math.sin(angle);
  // Beside the node for most of the ring: labels stacked one above the next need far less room
  // between neighbours than labels set side by side above or below them.
  if (Math.abs(y) >= Math.abs(x) * 3) return y < 0 ? "top" : "bottom";
  return x < 0 ? "left" : "right";
}

/** Up to this many spokes, a ring is turned so that none sits where the hub's name goes. */
const FEW_SPOKES = 8;

/**
 * Where a small ring of `count` spokes starts so that no spoke sits straight above or below the hub,
 * where its name is drawn: of a few turns of the ring, the one whose spokes keep furthest from upright.
 */
function clearOfHubName(count: number): number {
  if (count === 1) return Math.PI / 4;
  const step = (2 * Math.PI) / count;
  let best = -Math.PI / 2;
  let bestClearance = -1;
  for (const turn of [0, 0.25, 0.5]) {
    const start = -Math.PI / 2 + turn * step;
    let clearance = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i++) clearance = Math.min(clearance, Math.abs(Math.cos(start + i * step)));
    if (clearance > bestClearance + 1e-9) {
      best = start;
      bestClearance = clearance;
    }
  }
  return best;
}

function buildStar(hub: LayoutInput | undefined, spokes: LayoutInput[]): Star {
  const medium = spokes.filter((s) => s.tier !== "small").sort(byOrder);
  const small = spokes.filter((s) => s.tier === "small").sort(byOrder);
  const rings = [medium, small].filter((ring) => ring.length > 0);
  const offsets = new Map<string, NodePlacement>();
  let radius = hub ? hub.size / 2 : 0;
  if (hub) offsets.set(hub.id, { x: 0, y: 0, labelSide: "bottom" });

  for (const ring of rings) {
    const largest = Math.max(...ring.map((n) => n.size));
    const circumferenceNeeded = ring.reduce((sum, n) => sum + n.size + NODE_GAP, 0);
    const ringRadius = Math.max(radius + RING_GAP + largest / 2, circumferenceNeeded / (2 * Math.PI));
    const start = hub && ring.length <= FEW_SPOKES ? clearOfHubName(ring.length) : -Math.PI / 2;
    ring.forEach((node, i) => {
      // Clockwise from `start`.
      const angle = start + (2 * Math.PI * i) / ring.length;
      offsets.set(node.id, {
        x: ringRadius * Math.cos(angle),
        y: ringRadius * Math.sin(angle),
        labelSide: labelSideFor(angle),
      });
    });
    radius = ringRadius + largest / 2;
  }
  return { hub, rings, radius: Math.max(radius, 1), offsets };
}

/**
 * Places the stars of one sector in rows, the last row centred under the others: a grid leaves no
 * hole in the middle as a ring of stars does, so the network draws larger in the same frame.
 */
function arrangeStars(stars: Star[]): Array<{ star: Star; cx: number; cy: number; hubLabel: LabelSide }> {
  if (stars.length === 1 && stars[0]) return [{ star: stars[0], cx: 0, cy: 0, hubLabel: "bottom" }];
  const largest = Math.max(...stars.map((s) => s.radius));
  const columns = stars.length <= 3 ? stars.length : Math.ceil(Math.sqrt(stars.length));
  // Small stars still need room for their commanders' names side by side.
  const cell = Math.max(2 * largest + STAR_GAP, MIN_STAR_CELL);
  const lastRow = Math.floor((stars.length - 1) / columns);
  const inLastRow = stars.length - lastRow * columns;
  return stars.map((star, i) => {
    const row = Math.floor(i / columns);
    const shift = row === lastRow ? ((columns - inLastRow) * cell) / 2 : 0;
    // Neighbours in a row name their hubs below and above in turn, so two names never meet side by side.
    const hubLabel: LabelSide = (i % columns) % 2 === 1 ? "top" : "bottom";
    return { star, cx: (i % columns) * cell + shift, cy: row * cell, hubLabel };
  });
}

/**
 * The file's own positions, spread out evenly when they are so close that nodes would overlap (a file
 * laid out in a unit square): the typical spacing, the square root of the area per node, is made at least
 * `MIN_SPACING_IN_SIZES` median node diameters.
 */
const MIN_SPACING_IN_SIZES = 3;

function givenLayout(nodes: ReadonlyArray<LayoutInput & { position: { x: number; y: number } }>): Layout {
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spacing = Math.sqrt(((maxX - minX || 1) * (maxY - minY || 1)) / nodes.length);
  const sizes = nodes.map((n) => n.size).sort((a, b) => a - b);
  const medianSize = sizes[Math.floor(sizes.length / 2)] ?? 1;
  const scale = Math.max(1, (MIN_SPACING_IN_SIZES * medianSize) / spacing);
  const positions = new Map<string, NodePlacement>();
  const boxes = new Map<string, ClusterBox>();
  for (const node of nodes) {
    const x = round(node.position.x * scale);
    const y = round(node.position.y * scale);
    positions.set(node.id, { x, y, labelSide: "bottom" });
    const r = node.size / 2;
    const box = boxes.get(node.sector);
    if (box) {
      box.x1 = Math.min(box.x1, x - r);
      box.y1 = Math.min(box.y1, y - r - CLUSTER_HEADER);
      box.x2 = Math.max(box.x2, x + r);
      box.y2 = Math.max(box.y2, y + r);
    } else
      boxes.set(node.sector, {
        sector: node.sector,
        x1: x - r,
        y1: y - r - CLUSTER_HEADER,
        x2: x + r,
        y2: y + r,
      });
  }
  return { positions, clusters: [...boxes.values()] };
}

export function computeLayout(nodes: readonly LayoutInput[], sectorOrder: readonly string[]): Layout {
  const placed = nodes.filter(
    (n): n is LayoutInput & { position: { x: number; y: number } } => n.position !== undefined,
  );
  if (placed.length > 0 && placed.length === nodes.length) return givenLayout(placed);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const sectors = [
    ...sectorOrder,
    ...new Set(nodes.map((n) => n.sector).filter((s) => !sectorOrder.includes(s))),
  ];

  const clusters: Array<{ sector: string; placed: Map<string, NodePlacement>; box: ClusterBox }> = [];
  for (const sector of sectors) {
    const members = nodes.filter((n) => n.sector === sector);
    if (members.length === 0) continue;
    const spokesOf = new Map<string, LayoutInput[]>();
    const loose: LayoutInput[] = [];
    for (const node of members) {
      if (node.tier === "commander") continue;
      const hub = node.commander !== undefined ? byId.get(node.commander) : undefined;
      if (hub && hub.tier === "commander") {
        const list = spokesOf.get(hub.id) ?? [];
        list.push(node);
        spokesOf.set(hub.id, list);
      } else {
        loose.push(node);
      }
    }
    // A commander of another sector may command this one's factories; the star sits with the hub's sector.
    const hubs = members.filter((n) => n.tier === "commander").sort(byOrder);
    const stars = hubs.map((hub) => buildStar(hub, spokesOf.get(hub.id) ?? []));
    for (const [hubId, spokes] of spokesOf) {
      if (byId.get(hubId)?.sector !== sector) loose.push(...spokes);
    }
    if (loose.length > 0) stars.push(buildStar(undefined, loose));

    const placed = new Map<string, NodePlacement>();
    let x1 = Number.POSITIVE_INFINITY;
    let y1 = Number.POSITIVE_INFINITY;
    let x2 = Number.NEGATIVE_INFINITY;
    let y2 = Number.NEGATIVE_INFINITY;
    for (const { star, cx, cy, hubLabel } of arrangeStars(stars)) {
      for (const [id, offset] of star.offsets) {
        const labelSide = id === star.hub?.id ? hubLabel : offset.labelSide;
        placed.set(id, { labelSide, x: cx + offset.x, y: cy + offset.y });
      }
      x1 = Math.min(x1, cx - star.radius);
      y1 = Math.min(y1, cy - star.radius);
      x2 = Math.max(x2, cx + star.radius);
      y2 = Math.max(y2, cy + star.radius);
    }
    clusters.push({ sector, placed, box: { sector, x1, y1: y1 - CLUSTER_HEADER, x2, y2 } });
  }

  // Shelf-pack the clusters in rows about as wide as the square root of their total area suggests.
  const totalArea = clusters.reduce((sum, c) => sum + (c.box.x2 - c.box.x1) * (c.box.y2 - c.box.y1), 0);
  const widest = Math.max(0, ...clusters.map((c) => c.box.x2 - c.box.x1));
  const rowWidth = Math.max(widest, Math.sqrt(totalArea) * 1.6);
  const positions = new Map<string, NodePlacement>();
  const boxes: ClusterBox[] = [];
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  for (const cluster of clusters) {
    const width = cluster.box.x2 - cluster.box.x1;
    const height = cluster.box.y2 - cluster.box.y1;
    if (cursorX > 0 && cursorX + width > rowWidth) {
      cursorX = 0;
      cursorY += rowHeight + CLUSTER_GAP;
      rowHeight = 0;
    }
    const dx = cursorX - cluster.box.x1;
    const dy = cursorY - cluster.box.y1;
    for (const [id, p] of cluster.placed) positions.set(id, { ...p, x: round(p.x + dx), y: round(p.y + dy) });
    boxes.push({
      sector: cluster.sector,
      x1: cursorX,
      y1: cursorY,
      x2: cursorX + width,
      y2: cursorY + height,
    });
    cursorX += width + CLUSTER_GAP;
    rowHeight = Math.max(rowHeight, height);
  }
  return { positions, clusters: boxes };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
