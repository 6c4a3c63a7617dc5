/**
 * Keeps the address bar and the store in step, both ways. Discrete changes push a history entry
 * so Back steps through views; typing in the search box replaces the current entry.
 */
import { getNetworkIndex } from "./derived";
import { parseUrlState, sanitizeUrlState, serializeUrlState } from "./urlState";
import type { UrlHeldState, ViewState, ViewStoreApi } from "./viewStore";

function urlHeld(state: ViewState): UrlHeldState {
  const { filters, selectedId, lang, focusSector, mode, theme } = state;
  return { filters, selectedId, lang, focusSector, mode, theme };
}

/** Reads the current URL into the store, dropping (and reporting) what the dataset lacks. */
export function applyLocationToStore(store: ViewStoreApi, search: string): void {
  const { dataset } = store.getState();
  const parsed = parseUrlState(search);
  const sanitized = dataset
    ? sanitizeUrlState(parsed.state, getNetworkIndex(dataset))
    : { state: parsed.state, warnings: [] };
  for (const warning of [...parsed.warnings, ...sanitized.warnings]) console.warn(`[url] ${warning}`);
  store.getState().applyUrlState(sanitized.state);
}

export function startUrlSync(store: ViewStoreApi, win: Window = window): () => void {
  let lastWritten = serializeUrlState(urlHeld(store.getState()));
  const unsubscribe = store.subscribe((state, previous) => {
    const query = serializeUrlState(urlHeld(state));
    if (query === lastWritten) return;
    lastWritten = query;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    const onlyTyping = state.filters.query !== previous.filters.query;
    if (onlyTyping) win.history.replaceState(null, "", url);
    else win.history.pushState(null, "", url);
  });
  const onPopState = () => {
    applyLocationToStore(store, win.location.search);
    lastWritten = serializeUrlState(urlHeld(store.getState()));
  };
  win.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPopState);
  };
}
