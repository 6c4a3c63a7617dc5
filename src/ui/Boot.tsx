/**
 * Loads the dataset, the label glyphs and the link's language before the graph first draws, then shows
 * the app.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { isSpreadsheetUrl } from "../data/datasetUrl";
import { loadDatasetFromUrl } from "../data/fetchDataset";
import { type DatasetProblem, formatProblem } from "../data/problems";
import type { Dataset } from "../data/schema";
import { loadCatalogue, translate } from "../i18n/translate";
import { parseUrlState } from "../store/urlState";
import { applyLocationToStore, startUrlSync, type UrlSyncOptions } from "../store/urlSync";
import type { ViewStoreApi } from "../store/viewStore";
import { App } from "./App";
import { loadLabelFonts } from "./fontLoading";
import { importFromUrls } from "./importRunner";
import { useStoreApi, useViewStore } from "./storeContext";
import { useDocumentColourScheme } from "./useColourScheme";

const selectHasDataset = (s: { dataset: Dataset | null }) => s.dataset !== null;

export interface BootProps {
  /** One JSON dataset, or spreadsheet sheets to import (see data/datasetUrl.ts). */
  datasetUrls: readonly string[];
  /** The query string the first view is read from. */
  search: string;
  /** How the address bar follows the view; null leaves it alone (a component mounted in a host page). */
  urlSync: UrlSyncOptions | null;
  /** Parameters the page reads besides the view (dataset, embed flags): not reported as unknown. */
  otherParams?: readonly string[];
  /** Runs once the dataset is in the store; what it returns runs on unmount. */
  onLoaded?: (store: ViewStoreApi) => (() => void) | undefined;
  /**
   * What the page shows until the app is there (index.html's placeholder): left alone while the dataset
   * loads, removed once the app or an error is drawn. Without it Boot shows its own loading line.
   */
  placeholder?: Element | null;
}

export function Boot({ datasetUrls, search, urlSync, otherParams = [], onLoaded, placeholder }: BootProps) {
  const store = useStoreApi();
  const ready = useViewStore(selectHasDataset);
  const lang = useViewStore((s) => s.lang);
  const [errors, setErrors] = useState<DatasetProblem[] | null>(null);
  // Read once, when the dataset arrives: a parent re-rendering with new callbacks must not reload it.
  const boot = useRef({ search, urlSync, otherParams, onLoaded });
  useDocumentColourScheme();
  // A key, not the array: a parent re-rendering with an equal new array must not reload the dataset.
  const urlsKey = datasetUrls.join("\n");

  useEffect(() => {
    let cancelled = false;
    const stops: Array<() => void> = [];
    const urls = urlsKey.split("\n");
    const [first] = urls;
    // The link's language is fetched with the data, so that a Chinese page is not first drawn in English.
    const language = loadCatalogue(parseUrlState(boot.current.search).state.lang).catch(() => undefined);
    const loading =
      urls.length === 1 && first !== undefined && !isSpreadsheetUrl(first)
        ? loadDatasetFromUrl(first)
        : importFromUrls(urls);
    loading.then(async (result) => {
      if (cancelled) return;
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      for (const warning of result.warnings) console.warn(`[dataset] ${formatProblem(warning, "en")}`);
      await Promise.all([loadLabelFonts(result.dataset).catch(() => undefined), language]);
      if (cancelled) return;
      store.getState().setDataset(result.dataset);
      const { search, urlSync, otherParams, onLoaded } = boot.current;
      applyLocationToStore(store, search, otherParams);
      if (urlSync) stops.push(startUrlSync(store, window, { ...urlSync, otherParams }));
      const stopLoaded = onLoaded?.(store);
      if (stopLoaded) stops.push(stopLoaded);
    });
    return () => {
      cancelled = true;
      for (const stop of stops) stop();
    };
  }, [urlsKey, store]);

  const removePlaceholder = useCallback(() => placeholder?.remove(), [placeholder]);
  useLayoutEffect(() => {
    if (errors) removePlaceholder();
  }, [errors, removePlaceholder]);

  if (errors) {
    return (
      <div className="boot-error" role="alert">
        <h1>{translate(lang, "loadFailed")}</h1>
        <ul>
          {errors.map((problem) => (
            <li
              key={`${problem.file}|${problem.row}|${problem.field}|${problem.path}|${problem.code}|${problem.en}`}
            >
              {formatProblem(problem, lang)}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (!ready)
    return placeholder ? null : (
      <p className="boot-loading" role="status">
        {translate(lang, "loading")}
      </p>
    );
  return <App onShown={removePlaceholder} />;
}
