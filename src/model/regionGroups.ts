/**
 * Enterprises grouped by where they stand, for a list a reader scans (a commander's factories): at
 * the coarsest level of the region tree that tells them apart. Factories spread over several
 * prefectures are grouped by prefecture (or provincial city); factories that all lie in one are
 * grouped by county within it, and that shared prefecture is said once.
 */
import type { NetworkIndex } from "./networkIndex";

export interface RegionGroup {
  /** The region the group stands for; null for the enterprises no source places. */
  regionId: string | null;
  /** In the order given. */
  ids: string[];
}

export interface RegionGrouping {
  /** Regions every placed enterprise shares, from the top down (e.g. the one prefecture), if any. */
  within: string[];
  /** In the order of the region tree; the unplaced last. */
  groups: RegionGroup[];
}

export function groupByRegion(
  ids: readonly string[],
  index: Pick<NetworkIndex, "regionPath" | "regionOrder">,
): RegionGrouping {
  // Paths from the top-level region down to the enterprise's own.
  const paths = new Map(ids.map((id) => [id, [...(index.regionPath.get(id) ?? [])].reverse()]));
  const placed = ids.filter((id) => (paths.get(id)?.length ?? 0) > 0);
  const deepest = Math.max(0, ...placed.map((id) => paths.get(id)?.length ?? 0));
  // An enterprise placed less deeply than the level grouped by stays in its own region's group.
  const regionAt = (id: string, depth: number): string | null => {
    const path = paths.get(id) ?? [];
    return path[Math.min(depth, path.length - 1)] ?? null;
  };
  const within: string[] = [];
  let depth = 0;
  // One level further down is worth grouping by only while some enterprise stands below it.
  while (depth < deepest - 1) {
    const regions = new Set(placed.map((id) => regionAt(id, depth)));
    const [shared] = regions;
    if (regions.size !== 1 || shared === undefined || shared === null) break;
    within.push(shared);
    depth += 1;
  }
  const byRegion = new Map<string | null, string[]>();
  for (const id of ids) {
    const region = regionAt(id, depth);
    const members = byRegion.get(region) ?? [];
    members.push(id);
    byRegion.set(region, members);
  }
  const order = (region: string | null) =>
    region === null ? Number.POSITIVE_INFINITY : (index.regionOrder.get(region) ?? Number.MAX_SAFE_INTEGER);
  const groups = [...byRegion]
    .map(([regionId, members]) => ({ regionId, ids: members }))
    .sort((a, b) => order(a.regionId) - order(b.regionId));
  return { within, groups };
}
