/**
 * Memoised derivations keyed by the dataset object: the index and the layout are computed once
 * per dataset, however many components ask for them.
 */
import type { Dataset } from "../data/schema";
import { computeLayoutFor } from "../model/elements";
import type { Layout } from "../model/layout";
import { createNetworkIndex, type NetworkIndex } from "../model/networkIndex";

const indexCache = new WeakMap<Dataset, NetworkIndex>();
const layoutCache = new WeakMap<NetworkIndex, Layout>();

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
