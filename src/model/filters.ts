/**
 * Filtering and faceted counts. An empty list in a facet means "no constraint".
 * Commanders are kept as context whenever one of their contracted factories is shown,
 * so that a star never loses its hub.
 */
import type { DisplayLevel, Tier } from "../data/schema";
import { allPlaceholders, type Placeholder, type SectorTally, standsFor, tallyBySector } from "./attested";
import type { NetworkIndex } from "./networkIndex";
import { matchesQuery, normaliseSearchText } from "./search";

export interface Filters {
  sectors: string[];
  regions: string[];
  tiers: Tier[];
  provenance: DisplayLevel[];
  query: string;
}

export const EMPTY_FILTERS: Filters = { sectors: [], regions: [], tiers: [], provenance: [], query: "" };

export type Facet = Exclude<keyof Filters, "query">;

export interface Visibility {
  /** Enterprises that match every filter. */
  matching: ReadonlySet<string>;
  /** Commanders shown only because some of their contracted factories match. */
  context: ReadonlySet<string>;
  /** Links whose two ends are both shown. */
  links: ReadonlySet<string>;
  /** Placeholders for unnamed members whose stand-ins the provenance filter hides (model/attested.ts). */
  placeholders: ReadonlySet<string>;
}

type Predicate = (id: string) => boolean;

export function facetPredicates(index: NetworkIndex, filters: Filters): Record<Facet | "query", Predicate> {
  const sectors = new Set(filters.sectors);
  const regions = new Set(filters.regions);
  const tiers = new Set<string>(filters.tiers);
  const levels = new Set<string>(filters.provenance);
  const needle = normaliseSearchText(filters.query);
  return {
    sectors: (id) => sectors.size === 0 || sectors.has(index.enterprises.get(id)?.sector ?? ""),
    regions: (id) => regions.size === 0 || (index.regionPath.get(id) ?? []).some((r) => regions.has(r)),
    tiers: (id) => tiers.size === 0 || tiers.has(index.enterprises.get(id)?.tier ?? ""),
    provenance: (id) => levels.size === 0 || levels.has(index.level.get(id) ?? ""),
    query: (id) => needle === "" || matchesQuery(index.searchText.get(id) ?? "", filters.query),
  };
}

/** How many filter values are chosen: one per sector, region, tier or level, and one for a search. */
export function activeFilterCount(filters: Filters): number {
  return (
    filters.sectors.length +
    filters.regions.length +
    filters.tiers.length +
    filters.provenance.length +
    (filters.query.trim() === "" ? 0 : 1)
  );
}

export function isFiltered(filters: Filters): boolean {
  return activeFilterCount(filters) > 0;
}

export function computeVisibility(index: NetworkIndex, filters: Filters): Visibility {
  const predicates = Object.values(facetPredicates(index, filters));
  const matching = new Set<string>();
  for (const id of index.enterprises.keys()) {
    if (predicates.every((test) => test(id))) matching.add(id);
  }
  const context = new Set<string>();
  for (const id of matching) {
    const commander = index.commanderOf.get(id);
    if (commander !== undefined && !matching.has(commander)) context.add(commander);
  }
  const links = new Set<string>();
  for (const link of index.links.values()) {
    const sourceShown = matching.has(link.source) || context.has(link.source);
    const targetShown = matching.has(link.target) || context.has(link.target);
    if (sourceShown && targetShown) links.add(link.id);
  }
  const placeholders = new Set(hiddenUnnamedMembers(index, filters).map((p) => p.id));
  return { matching, context, links, placeholders };
}

/**
 * For each facet value, how many enterprises would match if that value were the facet's only
 * constraint while the other facets stay as they are (the usual faceted-search count).
 */
export function computeFacetCounts(
  index: NetworkIndex,
  filters: Filters,
): Record<Facet, Map<string, number>> {
  const predicates = facetPredicates(index, filters);
  const facets: Facet[] = ["sectors", "regions", "tiers", "provenance"];
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const facet of facets) {
    const others = (Object.keys(predicates) as Array<Facet | "query">)
      .filter((key) => key !== facet)
      .map((key) => predicates[key]);
    const facetCounts = new Map<string, number>();
    const bump = (key: string) => facetCounts.set(key, (facetCounts.get(key) ?? 0) + 1);
    for (const [id, enterprise] of index.enterprises) {
      if (!others.every((test) => test(id))) continue;
      if (facet === "sectors") bump(enterprise.sector);
      else if (facet === "tiers") bump(enterprise.tier);
      else if (facet === "provenance") bump(index.level.get(id) ?? "");
      else for (const region of index.regionPath.get(id) ?? []) bump(region);
    }
    counts[facet] = facetCounts;
  }
  return counts;
}

/**
 * For each network, the tally of the records every filter but the network filter lets through: what
 * each network's checkbox would show.
 */
export function computeSectorTallies(index: NetworkIndex, filters: Filters): Map<string, SectorTally> {
  const test = facetPredicates(index, filters);
  const ids = [...index.enterprises.keys()].filter(
    (id) => test.regions(id) && test.tiers(id) && test.provenance(id) && test.query(id),
  );
  return tallyBySector(index, ids);
}

/**
 * The groups whose stand-ins the provenance filter alone hides (some stand-in passes every other
 * filter): each keeps a placeholder, so hiding invented names does not hide what the source attests.
 */
export function hiddenUnnamedMembers(index: NetworkIndex, filters: Filters): Placeholder[] {
  if (filters.provenance.length === 0) return [];
  const test = facetPredicates(index, filters);
  const hiddenByProvenanceOnly = (id: string) =>
    !test.provenance(id) && test.sectors(id) && test.regions(id) && test.tiers(id) && test.query(id);
  return allPlaceholders(index).filter(({ sector, members }) =>
    index.dataset.enterprises.some(
      (e) => e.sector === sector && standsFor(e, members) && hiddenByProvenanceOnly(e.id),
    ),
  );
}
