/**
 * The map's base layer answers the pointer: a click on a prefecture's or county's name toggles it in
 * the region filter, and a seat under the pointer highlights the enterprises plotted there. The graph's
 * own nodes keep their gestures: these listen beside cytoscape's on the same element.
 */
import type { MapLayout, MapSeat } from "../model/mapLayout";
import type { NetworkIndex } from "../model/networkIndex";

/** What the pointer asks of the base layer (mapLayer.ts). */
interface HitLayer {
  nameAt(x: number, y: number): string | null;
  setHovered(regionId: string | null): void;
  camera(): { pan: { x: number; y: number }; zoom: number } | null;
}

/** How near a seat the pointer must come, in CSS pixels. */
const SEAT_HIT_PX = 8;

/** For each seat, the enterprises plotted at its point (a prefecture and its seat city share one). */
export function enterprisesAtSeats(layout: MapLayout, index: NetworkIndex): Map<string, ReadonlySet<string>> {
  const keyOf = (regionId: string | undefined) => {
    const point = regionId === undefined ? undefined : index.regions.get(regionId)?.point;
    return point ? `${point.lon},${point.lat}` : null;
  };
  const byPoint = new Map<string, Set<string>>();
  for (const enterprise of index.dataset.enterprises) {
    const key = keyOf(enterprise.region);
    if (key === null || !layout.positions.has(enterprise.id)) continue;
    const ids = byPoint.get(key) ?? new Set<string>();
    ids.add(enterprise.id);
    byPoint.set(key, ids);
  }
  const out = new Map<string, ReadonlySet<string>>();
  for (const seat of layout.seats) {
    const ids = byPoint.get(keyOf(seat.regionId) ?? "");
    if (ids) out.set(seat.regionId, ids);
  }
  return out;
}

interface PointerOptions {
  seats: readonly MapSeat[];
  enterprisesAt: ReadonlyMap<string, ReadonlySet<string>>;
  onRegionClick(regionId: string): void;
  onSeatHover(ids: ReadonlySet<string> | null): void;
}

export function attachMapPointer(
  surface: HTMLElement,
  canvas: HTMLCanvasElement,
  layer: HitLayer,
  options: PointerOptions,
): () => void {
  const seats = options.seats.filter((seat) => options.enterprisesAt.has(seat.regionId));
  let hovered: string | null = null;
  /** The pointer in model units, and the camera's zoom. */
  const modelPoint = (event: MouseEvent) => {
    const camera = layer.camera();
    if (!camera) return null;
    const rect = canvas.getBoundingClientRect();
    return {
      x: (event.clientX - rect.left - camera.pan.x) / camera.zoom,
      y: (event.clientY - rect.top - camera.pan.y) / camera.zoom,
      zoom: camera.zoom,
    };
  };
  const seatNear = (at: { x: number; y: number; zoom: number }) => {
    let best: MapSeat | null = null;
    let bestDistance = SEAT_HIT_PX / at.zoom;
    for (const seat of seats) {
      const distance = Math.hypot(seat.x - at.x, seat.y - at.y);
      if (distance <= bestDistance) {
        best = seat;
        bestDistance = distance;
      }
    }
    return best;
  };
  const hover = (regionId: string | null) => {
    if (regionId === hovered) return;
    hovered = regionId;
    layer.setHovered(regionId);
    options.onSeatHover(regionId === null ? null : (options.enterprisesAt.get(regionId) ?? null));
  };

  const onMove = (event: PointerEvent) => {
    const at = modelPoint(event);
    if (!at) return;
    hover(seatNear(at)?.regionId ?? null);
    surface.style.cursor = hovered !== null || layer.nameAt(at.x, at.y) !== null ? "pointer" : "";
  };
  const onLeave = () => {
    hover(null);
    surface.style.cursor = "";
  };
  const onClick = (event: MouseEvent) => {
    const at = modelPoint(event);
    const regionId = at && layer.nameAt(at.x, at.y);
    if (regionId) options.onRegionClick(regionId);
  };
  surface.addEventListener("pointermove", onMove);
  surface.addEventListener("pointerleave", onLeave);
  surface.addEventListener("click", onClick);
  return () => {
    surface.removeEventListener("pointermove", onMove);
    surface.removeEventListener("pointerleave", onLeave);
    surface.removeEventListener("click", onClick);
    if (hovered !== null) options.onSeatHover(null);
    surface.style.cursor = "";
  };
}
