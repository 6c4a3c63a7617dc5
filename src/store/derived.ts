/**
 * Memoised derivations keyed by the dataset object: the index and the layout are computed once
 * per dataset, however many components ask for them.
 */
import type { Dataset } from "../data/schema";
import { attestsAny } from "../model/attested";
import { computeLayoutFor } from "../model/elements";
import {
  computeFacetCounts,
  computeSectorTallies,
  computeVisibility,
  type Filters,
  type Visibility,
} from "../model/filters";
import type { Layout } from "../model/layout";
import { createNetworkIndex, type NetworkIndex } from "../model/networkIndex";

const indexCache = new WeakMap<Dataset, NetworkIndex>();
const layoutCache = new WeakMap<NetworkIndex, Layout>();
const visibilityCache = new WeakMap<NetworkIndex, WeakMap<Filters, Visibility>>();
const facetCountCache = new WeakMap<NetworkIndex, WeakMap<Filters, ReturnType<typeof computeFacetCounts>>>();
const sectorTallyCache = new WeakMap<
  NetworkIndex,
  WeakMap<Filters, ReturnType<typeof computeSectorTallies>>
>();
const attestsCache = new WeakMap<NetworkIndex, boolean>();

/** Memoised on (index, filters object): the graph, outline, summary and table share one computation. */
function memo<V>(
  cache: WeakMap<NetworkIndex, WeakMap<Filters, V>>,
  compute: (index: NetworkIndex, filters: Filters) => V,
) {
  return (index: NetworkIndex, filters: Filters): V => {
    let byFilters = cache.get(index);
    if (!byFilters) {
      byFilters = new WeakMap();
      cache.set(index, byFilters);
    }
    let value = byFilters.get(filters);
    if (value === undefined) {
      value = compute(index, filters);
      byFilters.set(filters, value);
    }
    return value;
  };
}

export const getVisibility = memo(visibilityCache, computeVisibility);
export const getFacetCounts = memo(facetCountCache, computeFacetCounts);
export const getSectorTallies = memo(sectorTallyCache, computeSectorTallies);

/** Whether counts are split into "n · m attested" for this dataset (model/attested.ts). */
export function getAttestsAny(index: NetworkIndex): boolean {
  let attests = attestsCache.get(index);
  if (attests === undefined) {
    attests = attestsAny(index);
    attestsCache.set(index, attests);
  }
  return attests;
}

export function getNetworkIndex(dataset: Dataset): NetworkIndex {
  let index = indexCache.get(dataset);
  if (!index) {
    index = createNetworkIndex(dataset);
    indexCache.set(dataset, index);
  }
  return index;
}

export function getLayout(index: NetworkIndex): Layout {
  let layout = layoutCache.get(index);
  if (!layout) {
    layout = computeLayoutFor(index);
    layoutCache.set(index, layout);
  }
  return layout;
}
