/**
 * The embed's view of the store, shared by the postMessage bridge and the mount() module API:
 * applying a host's command, reading the state the host sees, and the events it is told about.
 */
import type { Dataset } from "../data/schema";
import { computeVisibility, EMPTY_FILTERS, type Filters } from "../model/filters";
import { getNetworkIndex } from "../store/derived";
import { sanitizeUrlState } from "../store/urlState";
import { urlHeld } from "../store/urlSync";
import type { ViewState, ViewStoreApi } from "../store/viewStore";
import type { EmbedCommand, EmbedEvent, EmbedState } from "./protocol";

// The store changes on every hover; the visible ids are recomputed only when the filters object does.
const visibleCache = new WeakMap<Filters, { dataset: Dataset; ids: string[] }>();

function visibleIdsOf(dataset: Dataset, filters: Filters): string[] {
  const cached = visibleCache.get(filters);
  if (cached?.dataset === dataset) return cached.ids;
  const { matching, context } = computeVisibility(getNetworkIndex(dataset), filters);
  const ids = dataset.enterprises.map((e) => e.id).filter((id) => matching.has(id) || context.has(id));
  visibleCache.set(filters, { dataset, ids });
  return ids;
}

export function readEmbedState(state: ViewState): EmbedState {
  const { filters, selectedId, focusSector, lang, theme, dataset } = state;
  const visibleIds = dataset ? visibleIdsOf(dataset, filters) : [];
  return { filters, selectedId, focusSector, lang, theme, visibleIds };
}

/**
 * Applies one command to the store. Ids the dataset lacks are dropped with a console warning (the
 * same rule as a link); getState changes nothing, its reply is the caller's job.
 */
export function applyEmbedCommand(store: ViewStoreApi, command: EmbedCommand): void {
  const current = store.getState();
  if (!current.dataset || command.type === "getState" || command.type === "exportImage") return;
  const held = urlHeld(current);
  let next = held;
  switch (command.type) {
    case "setFilters":
      next = { ...held, filters: { ...EMPTY_FILTERS, ...command.filters }, viewport: null };
      break;
    case "select":
      next = { ...held, selectedId: command.id };
      break;
    case "focusNetwork":
      next = { ...held, focusSector: command.sector, viewport: null };
      break;
    case "setLanguage":
      next = { ...held, lang: command.lang };
      break;
    case "setTheme":
      next = { ...held, theme: command.theme };
      break;
    case "setView":
      next = { ...held, mode: command.view, viewport: null };
      break;
    case "goToStep":
      next = { ...held, story: { file: held.story?.file ?? "1", step: command.step } };
      break;
    case "reset":
      next = { ...held, filters: EMPTY_FILTERS, selectedId: null, focusSector: null, viewport: null };
      break;
  }
  const { state, warnings } = sanitizeUrlState(next, getNetworkIndex(current.dataset));
  for (const warning of warnings) console.warn(`[embed] ${warning}`);
  current.applyUrlState(state);
}

const stateKey = (state: EmbedState) => JSON.stringify(state);

/**
 * Calls `emit` with stateChange when what the host sees changes, with select when the selection does,
 * and with stepChange when the story moves.
 */
export function watchEmbedEvents(store: ViewStoreApi, emit: (event: EmbedEvent) => void): () => void {
  let last = readEmbedState(store.getState());
  let lastKey = stateKey(last);
  return store.subscribe((state, previous) => {
    const step = state.story?.step ?? null;
    if (step !== (previous.story?.step ?? null)) emit({ type: "stepChange", step });
    const next = readEmbedState(state);
    const key = stateKey(next);
    if (key === lastKey) return;
    const selectionChanged = next.selectedId !== last.selectedId;
    last = next;
    lastKey = key;
    emit({ type: "stateChange", state: next });
    if (selectionChanged) emit({ type: "select", id: next.selectedId });
  });
}
