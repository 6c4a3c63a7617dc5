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
): NetworkPlacement {
  const extents = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
  for (const node of nodes) {
    if (!isShown(node.id)) continue;
    const r = node.size / 2;
    const e = extents.get(node.sector);
    if (e) {
      e.x1 = Math.min(e.x1, node.x - r);
      e.y1 = Math.min(e.y1, node.y - r);
      e.x2 = Math.max(e.x2, node.x + r);
      e.y2 = Math.max(e.y2, node.y + r);
    } else {
      extents.set(node.sector, { x1: node.x - r, y1: node.y - r, x2: node.x + r, y2: node.y + r });
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

  const offsets = new Map<string, NetworkOffset>();
  const titles = new Map<string, { x: number; y: number; width: number }>();
  const rows = bestShelves(boxes, Number.isFinite(aspect) && aspect > 0 ? aspect : 1);
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
