/** Hooks over the pure model: each derivation is memoised on exactly the state it reads. */
import { useMemo } from "react";
import type { Dataset } from "../data/schema";
import { type MessageKey, translate } from "../i18n/translate";
import type { Visibility } from "../model/filters";
import type { NetworkIndex } from "../model/networkIndex";
import { type Register, wordsOf } from "../model/vocabulary";
import {
  getAttestsAny,
  getFacetCounts,
  getNetworkIndex,
  getSectorTallies,
  getVisibility,
} from "../store/derived";
import type { ViewStore } from "../store/viewStore";
import { usePaintedView, useViewStore } from "./storeContext";

const selectDataset = (s: ViewStore) => s.dataset;
const selectFilters = (s: ViewStore) => s.filters;
const selectLang = (s: ViewStore) => s.lang;

/** The loaded dataset's index; components using it render only once a dataset is loaded. */
export function useNetworkIndex(): NetworkIndex {
  const dataset = useViewStore(selectDataset);
  if (!dataset) throw new Error("useNetworkIndex needs a loaded dataset");
  return getNetworkIndex(dataset as Dataset);
}

export function useVisibility(): Visibility {
  const index = useNetworkIndex();
  const filters = useViewStore(selectFilters);
  return getVisibility(index, filters);
}

/** The dataset's index as the side panels show it (see paintedView.ts). */
export function usePaintedIndex(): NetworkIndex {
  const { dataset } = usePaintedView();
  if (!dataset) throw new Error("usePaintedIndex needs a loaded dataset");
  return getNetworkIndex(dataset);
}

export function usePaintedVisibility(): Visibility {
  return getVisibility(usePaintedIndex(), usePaintedView().filters);
}

export function usePaintedFacetCounts() {
  return getFacetCounts(usePaintedIndex(), usePaintedView().filters);
}

/** Each network's records and attested records under the other filters; null when the dataset attests nothing. */
export function usePaintedSectorTallies() {
  const index = usePaintedIndex();
  const { filters } = usePaintedView();
  return getAttestsAny(index) ? getSectorTallies(index, filters) : null;
}

/** The register of the dataset shown (see model/vocabulary.ts). */
export function useRegister(): Register {
  const dataset = useViewStore(selectDataset);
  return dataset ? wordsOf(dataset as Dataset).register : "article";
}

/** Messages in the page's language, in the words of the dataset shown. */
export function useT() {
  const lang = useViewStore(selectLang);
  const register = useRegister();
  return useMemo(
    () => (key: MessageKey, params?: Record<string, string | number>) =>
      translate(lang, key, params, register),
    [lang, register],
  );
}

export function useLang() {
  return useViewStore(selectLang);
}
