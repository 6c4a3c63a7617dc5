/**
 * The map view's positions: a conic projection fitted to the dataset's region points (north up, west
 * left), each enterprise at its region's point, several at one point on a small ring around it, and
 * enterprises whose location no source gives in a labelled strip beside the map, never at an invented spot.
 * Pure and deterministic: the same dataset always gives the same positions.
 */
import { type GeoProjection, geoConicConformal } from "d3-geo";
import type { Tier } from "../data/schema";
import type { Placement } from "./elements";
import type { NetworkIndex } from "./networkIndex";

/** The map's width in model units: at the fitted zoom a county seat's factories stay a few pixels apart. */
export const MAP_WIDTH = 800;
const MARGIN = 40;
/** A little room around the points so that a single point or a line of them still gives a frame. */
const PAD_DEGREES = 0.1;
/** Space between neighbours on a ring, and between the strip's rows, in model units. */
const RING_GAP = 6;
const STRIP_GAP = 14;

export interface GeoPoint {
  lon: number;
  lat: number;
}

export interface MapFrame {
  /** Projects lon/lat to model units; also what draws the rivers (d3 geoPath). */
  projection: GeoProjection;
  width: number;
  height: number;
}

/** A region's point on the map, for the base layer's seats and names. */
export interface MapSeat {
  regionId: string;
  kind: "prefecture" | "city" | "county";
  x: number;
  y: number;
  /** The point's confidence as the data gives it, e.g. `check` or `differs-or-unknown`. */
  confidence: string | undefined;
}

export interface MapLayout {
  frame: MapFrame;
  /** Every enterprise: at its region's point, on a ring there, or in the strip. */
  positions: Map<string, Placement>;
  seats: MapSeat[];
  /**
   * The "location not known" strip: the top centre of its heading (under the column) and the ids in the
   * column; null when every place is known.
   */
  strip: { x: number; y: number; ids: string[] } | null;
}

/** The mean distance from each seat to its nearest neighbour, in model units: when names fit beside them. */
export function meanSeatSpacing(seats: readonly MapSeat[]): number {
  if (seats.length < 2) return Number.POSITIVE_INFINITY;
  let total = 0;
  for (const a of seats) {
    let nearest = Number.POSITIVE_INFINITY;
    for (const b of seats) if (a !== b) nearest = Math.min(nearest, Math.hypot(a.x - b.x, a.y - b.y));
    total += nearest;
  }
  return total / seats.length;
}

export interface MapNode {
  id: string;
  /** Diameter in model units. */
  size: number;
}

export function fitMapFrame(points: readonly GeoPoint[], width = MAP_WIDTH): MapFrame | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const west = Math.min(...lons) - PAD_DEGREES;
  const east = Math.max(...lons) + PAD_DEGREES;
  const south = Math.min(...lats) - PAD_DEGREES;
  const north = Math.max(...lats) + PAD_DEGREES;
  // Standard parallels at a sixth and five sixths of the extent keep the scale error small across it.
  const span = north - south;
  const projection = geoConicConformal()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0]);
  const corners: GeoJSON.MultiPoint = {
    type: "MultiPoint",
    coordinates: [
      [west, south],
      [west, north],
      [east, south],
      [east, north],
      [(west + east) / 2, north],
      [(west + east) / 2, south],
    ],
  };
  projection.fitWidth(width - 2 * MARGIN, corners);
  const [tx, ty] = projection.translate();
  projection.translate([tx + MARGIN, ty + MARGIN]);
  let bottom = 0;
  for (const [lon, lat] of corners.coordinates)
    bottom = Math.max(bottom, projection([lon, lat] as [number, number])?.[1] ?? 0);
  return { projection, width, height: bottom + MARGIN };
}

const TIER_ORDER: Record<Tier, number> = { commander: 0, medium: 1, small: 2 };

/** The point an enterprise is drawn at: its region's, when the region has one. */
function pointOf(index: NetworkIndex, regionId: string | undefined): GeoPoint | undefined {
  return regionId === undefined ? undefined : index.regions.get(regionId)?.point;
}

/**
 * Offsets of `sizes.length` nodes on a ring around a point: none for one node; otherwise evenly spaced
 * from the top, clockwise, on a circle just wide enough for them side by side.
 */
export function ringOffsets(sizes: readonly number[]): Array<{ dx: number; dy: number }> {
  if (sizes.length <= 1) return sizes.map(() => ({ dx: 0, dy: 0 }));
  const circumference = sizes.reduce((sum, size) => sum + size + RING_GAP, 0);
  const radius = Math.max(Math.max(...sizes), circumference / (2 * Math.PI));
  return sizes.map((_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / sizes.length;
    return { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
  });
}

/** Null when no region of the dataset has a point: then there is no map to draw. */
export function computeMapLayout(index: NetworkIndex, nodes: readonly MapNode[]): MapLayout | null {
  const regions = index.dataset.regions.filter((region) => region.point !== undefined);
  const frame = fitMapFrame(regions.map((region) => region.point as GeoPoint));
  if (!frame) return null;
  const project = (point: GeoPoint) => {
    const [x, y] = frame.projection([point.lon, point.lat]) ?? [0, 0];
    return { x, y };
  };
  const seats: MapSeat[] = regions.map((region) => ({
    regionId: region.id,
    kind: region.kind,
    ...project(region.point as GeoPoint),
    confidence: region.point?.confidence,
  }));

  const sizeOf = new Map(nodes.map((node) => [node.id, node.size]));
  const order = new Map(index.dataset.enterprises.map((e, i) => [e.id, i]));
  const atPoint = new Map<string, { point: GeoPoint; ids: string[] }>();
  const unknown: string[] = [];
  for (const enterprise of index.dataset.enterprises) {
    if (!sizeOf.has(enterprise.id)) continue;
    const point = pointOf(index, enterprise.region);
    if (!point) {
      unknown.push(enterprise.id);
      continue;
    }
    // Keyed by the point, not the region: a prefecture and its seat city share one spot and one ring.
    const key = `${point.lon.toFixed(4)},${point.lat.toFixed(4)}`;
    const group = atPoint.get(key) ?? { point, ids: [] };
    group.ids.push(enterprise.id);
    atPoint.set(key, group);
  }

  const tierOf = (id: string) => TIER_ORDER[index.enterprises.get(id)?.tier ?? "small"];
  const byTierThenData = (a: string, b: string) =>
    tierOf(a) - tierOf(b) || (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const positions = new Map<string, Placement>();
  for (const { point, ids } of atPoint.values()) {
    const centre = project(point);
    ids.sort(byTierThenData);
    const offsets = ringOffsets(ids.map((id) => sizeOf.get(id) ?? 0));
    ids.forEach((id, i) => {
      const offset = offsets[i] ?? { dx: 0, dy: 0 };
      positions.set(id, { x: centre.x + offset.dx, y: centre.y + offset.dy });
    });
  }

  let strip: MapLayout["strip"] = null;
  if (unknown.length > 0) {
    unknown.sort(byTierThenData);
    const widest = Math.max(...unknown.map((id) => sizeOf.get(id) ?? 0));
    // A column left of the map's frame, from its top: outside every projected point. Its heading goes
    // under it, where no label is (the graph sets names above their nodes).
    const x = -widest / 2 - STRIP_GAP;
    let y = MARGIN;
    for (const id of unknown) {
      const size = sizeOf.get(id) ?? 0;
      positions.set(id, { x, y: y + size / 2 });
      y += size + STRIP_GAP;
    }
    strip = { x, y, ids: unknown };
  }
  return { frame, positions, seats, strip };
}
