/**
 * Keeps the address bar and the store in step, both ways. Discrete changes push a history entry
 * so Back steps through views; typing in the search box and moving the camera replace the current
 * entry, and so does each step of a guided story. An embedded page only ever replaces: its entries would join the host page's history and
 * take over the host's Back button.
 */
import { DATASET_PARAM } from "../data/datasetUrl";
import { getNetworkIndex } from "./derived";
import { parseUrlState, sanitizeUrlState, serializeUrlState } from "./urlState";
import type { UrlHeldState, ViewState, ViewStoreApi } from "./viewStore";

export function urlHeld(state: ViewState): UrlHeldState {
  const { filters, selectedId, lang, focusSector, mode, theme, viewport, story, tableSort } = state;
  return { filters, selectedId, lang, focusSector, mode, theme, viewport, story, tableSort };
}

/**
 * Reads a query string into the store, dropping (and reporting) what the dataset lacks.
 * `otherParams` are the page's other parameters (dataset, embed flags), which are not view state.
 */
export function applyLocationToStore(
  store: ViewStoreApi,
  search: string,
  otherParams: readonly string[] = [],
): void {
  const { dataset } = store.getState();
  const parsed = parseUrlState(search, otherParams);
  const sanitized = dataset
    ? sanitizeUrlState(parsed.state, getNetworkIndex(dataset))
    : { state: parsed.state, warnings: [], dropped: [] };
  for (const warning of [...parsed.warnings, ...sanitized.warnings]) console.warn(`[url] ${warning}`);
  store.getState().applyUrlState(sanitized.state);
  store.getState().setDroppedFromLink([...parsed.dropped, ...sanitized.dropped]);
}

export interface UrlSyncOptions {
  /** Query parameters the page keeps in its URL besides the view (e.g. `embed=1`), without "?". */
  keep?: string;
  history?: "push" | "replace";
  otherParams?: readonly string[];
}

export function startUrlSync(
  store: ViewStoreApi,
  win: Window = window,
  options: UrlSyncOptions = {},
): () => void {
  const { history = "push", otherParams = [] } = options;
  let keep = options.keep ?? "";
  const toQuery = (state: ViewState) => {
    const view = serializeUrlState(urlHeld(state)).replace(/^\?/, "");
    const query = [keep, view].filter((part) => part !== "").join("&");
    return query === "" ? "" : `?${query}`;
  };
  let lastWritten = toQuery(store.getState());
  // While Back or Forward is being applied the address is already right: writing it would push a
  // duplicate entry and cut off the Forward history.
  let followingHistory = false;
  const unsubscribe = store.subscribe((state, previous) => {
    if (followingHistory) return;
    const query = toQuery(state);
    if (query === lastWritten) return;
    lastWritten = query;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    const withPreviousMinor = {
      ...state,
      filters: { ...state.filters, query: previous.filters.query },
      viewport: previous.viewport,
    };
    const onlyMinor = toQuery(withPreviousMinor) === toQuery(previous);
    // A story's steps are one place in the reader's history: stepping replaces it.
    const inStory = state.story !== null && previous.story !== null;
    if (history === "replace" || onlyMinor || inStory) win.history.replaceState(null, "", url);
    else win.history.pushState(null, "", url);
  });
  const onPopState = () => {
    followingHistory = true;
    try {
      applyLocationToStore(store, win.location.search, otherParams);
    } finally {
      followingHistory = false;
    }
    lastWritten = toQuery(store.getState());
  };
  const onDatasetForgotten = () => {
    keep = keep
      .split("&")
      .filter((pair) => !isDatasetParam(pair))
      .join("&");
    lastWritten = toQuery(store.getState());
  };
  win.addEventListener("popstate", onPopState);
  win.addEventListener(DATASET_FORGOTTEN, onDatasetForgotten);
  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPopState);
    win.removeEventListener(DATASET_FORGOTTEN, onDatasetForgotten);
  };
}

const DATASET_FORGOTTEN = "datasetforgotten";
const isDatasetParam = (pair: string) => pair.startsWith(`${DATASET_PARAM}=`);

/**
 * After a local file replaced the dataset a `?data=` named, the address must no longer name that
 * file: it is dropped now and from what the URL sync keeps.
 */
export function forgetDatasetUrl(win: Window): void {
  win.dispatchEvent(new Event(DATASET_FORGOTTEN));
  const kept = win.location.search
    .replace(/^\?/, "")
    .split("&")
    .filter((pair) => pair !== "" && !isDatasetParam(pair));
  const search = kept.length > 0 ? `?${kept.join("&")}` : "";
  if (search !== win.location.search)
    win.history.replaceState(null, "", `${win.location.pathname}${search}${win.location.hash}`);
}
