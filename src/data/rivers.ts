/**
 * The rivers under the map (GSHHG, public/data/geo with its licence): fetched once per address and kept,
 * so that switching views again, or exporting the map, asks the network for nothing.
 */
import type { Region } from "./schema";

/** Where the file sits beside the app's index.html (and beside the module that mount() loads from). */
export const RIVERS_PATH = "data/geo/shanxi-rivers.geojson";

/** The rivers' extent (README of the geodata): a dataset elsewhere gets its seats without them. */
const RIVERS_EXTENT = { west: 110, east: 114.8, south: 34.4, north: 40.9 };

export interface RiverFeature {
  properties: { level?: number };
  geometry: { type: "LineString"; coordinates: Array<[number, number]> };
}

const requests = new Map<string, Promise<RiverFeature[]>>();
let latest: Promise<RiverFeature[]> | null = null;

/** The rivers at `url`; a file that is missing or unreadable gives none (the map is drawn without). */
export function loadRivers(url: string): Promise<RiverFeature[]> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url)
      .then((response) => (response.ok ? response.json() : { features: [] }))
      .then((json: { features?: RiverFeature[] }) => json.features ?? [])
      .catch(() => []);
    requests.set(url, request);
  }
  latest = request;
  return request;
}

/** The rivers the page's map asked for last (an export draws the same), else those beside the page. */
export function loadedRivers(pageUrl: string): Promise<RiverFeature[]> {
  return latest ?? loadRivers(new URL(RIVERS_PATH, pageUrl).href);
}

/** Whether most of the dataset's points lie where the rivers file has rivers. */
export function riversApply(regions: readonly Region[]): boolean {
  const points = regions.flatMap((region) => (region.point ? [region.point] : []));
  const inside = points.filter(
    (p) =>
      p.lon >= RIVERS_EXTENT.west &&
      p.lon <= RIVERS_EXTENT.east &&
      p.lat >= RIVERS_EXTENT.south &&
      p.lat <= RIVERS_EXTENT.north,
  );
  return points.length > 0 && inside.length * 2 >= points.length;
}
