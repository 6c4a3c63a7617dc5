/**
 * Places whole networks so that the ones left visible fill the frame. Each network keeps its own star
 * layout (computed once per dataset, layout.ts); only where each network sits changes. The networks are
 * shelf-packed in the order of the sector list, with as many rows as gives the largest drawing in a
 * frame of the given aspect ratio, so the same networks in the same frame always land in the same place.
 */

export interface PackedNode {
  id: string;
  sector: string;
  x: number;
  y: number;
  /** Diameter in model units. */
  size: number;
  /** A hub, whose name below or above it is wider and taller than the node. */
  hub?: boolean;
}

export interface NetworkOffset {
  dx: number;
  dy: number;
}

export interface NetworkPlacement {
  /** How far each packed network moves from the layout's own placement. */
  offsets: Map<string, NetworkOffset>;
  /**
   * Where each packed network's title goes: centred above what it shows, `y` the baseline side of its
   * room (a title too wide for its network wraps upwards), `width` the network's width.
   */
  titles: Map<string, { x: number; y: number; width: number }>;
}

/** Room around a network's nodes for the labels drawn beside and below them. */
const LABEL_ROOM = 60;
/** Room above a network for its title, and where the title's centre sits in it. */
export const TITLE_ROOM = 130;
/** The title's lowest line ends this far above the network's nodes. */
const TITLE_GAP = 40;
const NETWORK_GAP = 60;
/** How far a hub's name reaches from its centre at its base size: half its wrap width (140 px at a zoom of 0.38). */
const HUB_NAME_HALF_WIDTH = 190;
const HUB_NAME_REACH = 130;

interface Box {
  sector: string;
  x1: number;
  y1: number;
  width: number;
  height: number;
}

interface Row {
  boxes: Box[];
  width: number;
  height: number;
}

function shelves(boxes: readonly Box[], rowWidth: number): Row[] {
  const rows: Row[] = [];
  let row: Row = { boxes: [], width: 0, height: 0 };
  for (const box of boxes) {
    const width = row.boxes.length === 0 ? box.width : row.width + NETWORK_GAP + box.width;
    if (row.boxes.length > 0 && width > rowWidth) {
      rows.push(row);
      row = { boxes: [box], width: box.width, height: box.height };
    } else {
      row = { boxes: [...row.boxes, box], width, height: Math.max(row.height, box.height) };
    }
  }
  if (row.boxes.length > 0) rows.push(row);
  return rows;
}

function extentOf(rows: readonly Row[]): { width: number; height: number } {
  return {
    width: Math.max(0, ...rows.map((r) => r.width)),
    height: rows.reduce((sum, r) => sum + r.height, 0) + NETWORK_GAP * Math.max(0, rows.length - 1),
  };
}

/**
 * The shelf packing of `boxes` (in order) that draws largest in a frame of `aspect` (width / height):
 * every row width at which a network would wrap is tried, and the packing whose extent needs the
 * least shrinking to fit the frame wins (the first of equals, so the result is deterministic).
 */
function bestShelves(boxes: readonly Box[], aspect: number): Row[] {
  const candidates = new Set<number>();
  for (let start = 0; start < boxes.length; start++) {
    let width = 0;
    for (let end = start; end < boxes.length; end++) {
      width += (end > start ? NETWORK_GAP : 0) + (boxes[end]?.width ?? 0);
      candidates.add(width);
    }
  }
  let best: Row[] = [];
  let bestScale = -1;
  for (const rowWidth of [...candidates].sort((a, b) => a - b)) {
    const rows = shelves(boxes, rowWidth);
    const { width, height } = extentOf(rows);
    const scale = Math.min(aspect / Math.max(width, 1), 1 / Math.max(height, 1));
    if (scale > bestScale * 1.0001) {
      best = rows;
      bestScale = scale;
    }
  }
  return best;
}

/**
 * Packs the networks that have at least one shown node, in `sectorOrder`, for a frame of `aspect`.
 * A network's box is what it shows (its shown nodes, room for their labels, its title above), so a
 * network filtered down to a few factories takes only their room.
 */
export function packNetworks(
  nodes: readonly PackedNode[],
  isShown: (id: string) => boolean,
  sectorOrder: readonly string[],
  aspect: number,
  hubNameGrowth?: HubNameGrowth,
): NetworkPlacement {
  const frameAspect = Number.isFinite(aspect) && aspect > 0 ? aspect : 1;
  let growth = 1;
  let rows = bestShelves(networkBoxes(nodes, isShown, sectorOrder, growth), frameAspect);
  // Hub names keep a least size on screen: when the packing draws small, they take more model room,
  // so the packing is made again with that room, until the room it gives is what its scale needs.
  for (let pass = 0; hubNameGrowth && pass < GROWTH_PASSES; pass++) {
    const needed = Math.min(hubNameGrowth(extentOf(rows)), MAX_HUB_NAME_GROWTH);
    if (needed <= growth * 1.05) break;
    growth = needed;
    rows = bestShelves(networkBoxes(nodes, isShown, sectorOrder, growth), frameAspect);
  }
  return placeRows(rows);
}

/**
 * How much larger than at their base size hub names are drawn when a packing of this extent (model
 * units) fills the frame: 1 when they are drawn at their base size or larger.
 */
export type HubNameGrowth = (extent: { width: number; height: number }) => number;

const GROWTH_PASSES = 3;
/**
 * Beyond this, more room for names would shrink the whole drawing more than it helps (a phone's frame):
 * the label culling then keeps what fits.
 */
const MAX_HUB_NAME_GROWTH = 1.5;

function networkBoxes(
  nodes: readonly PackedNode[],
  isShown: (id: string) => boolean,
  sectorOrder: readonly string[],
  growth: number,
): Box[] {
  const extents = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
  for (const node of nodes) {
    if (!isShown(node.id)) continue;
    const rx = node.hub ? Math.max(node.size / 2, HUB_NAME_HALF_WIDTH * growth - LABEL_ROOM) : node.size / 2;
    const ry = node.hub ? Math.max(node.size / 2, HUB_NAME_REACH * growth) : node.size / 2;
    const e = extents.get(node.sector);
    if (e) {
      e.x1 = Math.min(e.x1, node.x - rx);
      e.y1 = Math.min(e.y1, node.y - ry);
      e.x2 = Math.max(e.x2, node.x + rx);
      e.y2 = Math.max(e.y2, node.y + ry);
    } else {
      extents.set(node.sector, { x1: node.x - rx, y1: node.y - ry, x2: node.x + rx, y2: node.y + ry });
    }
  }
  const order = [...sectorOrder, ...[...extents.keys()].filter((s) => !sectorOrder.includes(s)).sort()];
  const boxes: Box[] = [];
  for (const sector of order) {
    const e = extents.get(sector);
    if (!e) continue;
    boxes.push({
      sector,
      x1: e.x1 - LABEL_ROOM,
      y1: e.y1 - TITLE_ROOM,
      width: e.x2 - e.x1 + 2 * LABEL_ROOM,
      height: e.y2 - e.y1 + TITLE_ROOM + LABEL_ROOM,
    });
  }
  return boxes;
}

function placeRows(rows: readonly Row[]): NetworkPlacement {
  const offsets = new Map<string, NetworkOffset>();
  const titles = new Map<string, { x: number; y: number; width: number }>();
  const { width: totalWidth } = extentOf(rows);
  let top = 0;
  for (const row of rows) {
    // Rows are centred on the widest, and each network on its row's middle line.
    let left = (totalWidth - row.width) / 2;
    for (const box of row.boxes) {
      const x = left;
      const y = top + (row.height - box.height) / 2;
      const offset = { dx: round(x - box.x1), dy: round(y - box.y1) };
      offsets.set(box.sector, offset);
      titles.set(box.sector, {
        x: round(x + box.width / 2),
        y: round(y + TITLE_ROOM - TITLE_GAP),
        width: round(box.width),
      });
      left += box.width + NETWORK_GAP;
    }
    top += row.height + NETWORK_GAP;
  }
  return { offsets, titles };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Each node's position once its network is moved by `placement`; nodes of unpacked networks are left out. */
export function packedPositions(
  nodes: readonly PackedNode[],
  placement: NetworkPlacement,
): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const offset = placement.offsets.get(node.sector);
    if (offset) positions.set(node.id, { x: round(node.x + offset.dx), y: round(node.y + offset.dy) });
  }
  return positions;
}
