/**
 * Regions whose names a search matches (prefecture, city or county, in Chinese, pinyin or English),
 * so that a search for a place can offer the region filter instead.
 */
import type { Region } from "../data/schema";
import type { NetworkIndex } from "./networkIndex";
import { matchesQuery, normaliseSearchText, placeSearchText } from "./search";

export interface RegionMatch {
  region: Region;
  /** Enterprises in the region or in the regions inside it. */
  count: number;
}

export function regionsMatching(index: NetworkIndex, query: string, limit = 3): RegionMatch[] {
  if (normaliseSearchText(query) === "") return [];
  const counts = new Map<string, number>();
  for (const path of index.regionPath.values())
    for (const id of path) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...index.regions.values()]
    .filter((region) => {
      const { zh, en, pinyin } = region.name;
      return (
        (counts.get(region.id) ?? 0) > 0 && matchesQuery(`\n${placeSearchText([zh, en, pinyin])}`, query)
      );
    })
    .map((region) => ({ region, count: counts.get(region.id) ?? 0 }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (index.regionOrder.get(a.region.id) ?? 0) - (index.regionOrder.get(b.region.id) ?? 0),
    )
    .slice(0, limit);
}
