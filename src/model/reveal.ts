/**
 * What to do about a selection the filters hide: whether it is on screen, and the filters that would
 * show it. Apart from filters.ts, which the first screen loads, because only the details need it.
 */
import { type Facet, type Filters, facetPredicates, type Visibility } from "./filters";
import type { NetworkIndex } from "./networkIndex";

/** Whether filters leave an enterprise on screen: matching them, or as a commander shown for context. */
export function isShown(visibility: Visibility, id: string): boolean {
  return visibility.matching.has(id) || visibility.context.has(id);
}

/**
 * The filters widened just enough to show an enterprise: each facet that leaves it out gains its
 * value (its network, its region, its tier, its provenance level), and a search that misses it is
 * cleared. Facets that already let it through stay as they are.
 */
export function filtersShowing(index: NetworkIndex, filters: Filters, id: string): Filters {
  const enterprise = index.enterprises.get(id);
  if (!enterprise) return filters;
  const predicates = facetPredicates(index, filters);
  // Its own region, the most specific; one without a region is shown only with no region chosen.
  const region = index.regionPath.get(id)?.[0];
  const widen = <T extends string>(facet: Facet, values: T[], value: T | undefined): T[] =>
    predicates[facet](id) || value === undefined ? values : [...values, value];
  return {
    sectors: widen("sectors", filters.sectors, enterprise.sector),
    regions: region === undefined && !predicates.regions(id) ? [] : widen("regions", filters.regions, region),
    tiers: widen("tiers", filters.tiers, enterprise.tier),
    provenance: widen("provenance", filters.provenance, index.level.get(id)),
    query: predicates.query(id) ? filters.query : "",
  };
}
