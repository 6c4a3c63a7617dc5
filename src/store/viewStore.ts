/**
 * The single source of truth for the view: serialisable user intent only. Everything derived
 * (visible ids, counts, elements) is computed by pure functions in `model/`.
 */
import { createStore } from "zustand/vanilla";
import type { Dataset } from "../data/schema";
import type { Lang } from "../i18n/lang";
import { isCatalogueLoaded, loadCatalogue } from "../i18n/translate";
import { EMPTY_FILTERS, type Facet, type Filters } from "../model/filters";

export type ViewMode = "graph" | "map" | "table";
export const VIEW_MODES: readonly ViewMode[] = ["graph", "map", "table"];
/** `auto` follows the reader's system preference (prefers-color-scheme). */
export type Theme = "auto" | "light" | "dark" | "contrast";
export const THEMES: readonly Theme[] = ["auto", "light", "dark", "contrast"];

/** The table's columns, as the `sort` parameter names them. */
export type TableColumn =
  | "name"
  | "otherName"
  | "sector"
  | "tier"
  | "region"
  | "prefecture"
  | "commander"
  | "provenance"
  | "weight";
export const TABLE_COLUMNS: readonly TableColumn[] = [
  "name",
  "otherName",
  "sector",
  "tier",
  "region",
  "prefecture",
  "commander",
  "provenance",
  "weight",
];
export interface TableSort {
  column: TableColumn;
  ascending: boolean;
}

/** A camera: the model point at the centre of the graph and the zoom level. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
/** A guided story being told: `file` is "1" for the default story or a story file on this site; steps count from 1. */
export interface StoryPlace {
  file: string;
  step: number;
}

/** A value of the link that was left out (not valid, or not in the dataset), for the note that says so. */
export interface DroppedValue {
  param: string;
  value: string;
}

/** Zoom levels a view may hold: far enough out for a network of tens of thousands of enterprises. */
export const ZOOM_RANGE = { min: 0.0001, max: 6 } as const;

export interface ViewState {
  dataset: Dataset | null;
  filters: Filters;
  selectedId: string | null;
  /** Ephemeral: the node under the pointer. Never written to the URL. */
  hoveredId: string | null;
  /**
   * Ephemeral: true from a view switch until the pointer really moves. A switch puts new things under a
   * pointer that stands still, and the browser reports them as entered; the reader pointed at none of
   * them, so hovering waits (see ui/pointerMoves.ts).
   */
  hoverHeld: boolean;
  /** Ephemeral: the enterprise focused in the keyboard outline; the canvas highlights it as if hovered. */
  focusedId: string | null;
  lang: Lang;
  /** The sector whose network the camera is focused on. */
  focusSector: string | null;
  mode: ViewMode;
  theme: Theme;
  /** A camera the view asks for (from a link, or after the reader pans or zooms); null lets the graph frame what is shown. */
  viewport: Viewport | null;
  /** The guided story open, if any (ui/story/): its step's view is applied to the state above. */
  story: StoryPlace | null;
  /** The column the table is sorted by, and which way. */
  tableSort: TableSort;
  /** Ephemeral: what the opening link asked for that could not be shown; the page says so once. */
  droppedFromLink: DroppedValue[];
}

export interface ViewActions {
  setDataset(dataset: Dataset): void;
  toggleFacetValue(facet: Facet, value: string): void;
  setFacet(facet: Facet, values: string[]): void;
  setQuery(query: string): void;
  /** Replaces every filter at once (one history entry). */
  setFilters(filters: Filters): void;
  resetFilters(): void;
  select(id: string | null): void;
  /** Ignored for an id while hovering is held (`hoverHeld`); clearing the hover always applies. */
  hover(id: string | null): void;
  /** The pointer moved: hovering follows it again. */
  releaseHover(): void;
  focusItem(id: string | null): void;
  setLang(lang: Lang): void;
  focus(sector: string | null): void;
  setMode(mode: ViewMode): void;
  setTheme(theme: Theme): void;
  setViewport(viewport: Viewport | null): void;
  setStory(story: StoryPlace | null): void;
  setTableSort(sort: TableSort): void;
  setDroppedFromLink(dropped: DroppedValue[]): void;
  /** Replaces the URL-held part of the state at once (opening a link, stepping back). */
  applyUrlState(state: UrlHeldState): void;
}

export type UrlHeldState = Pick<
  ViewState,
  "filters" | "selectedId" | "lang" | "focusSector" | "mode" | "theme" | "viewport" | "story" | "tableSort"
>;

export type ViewStore = ViewState & ViewActions;

export const DEFAULT_URL_STATE: UrlHeldState = {
  filters: EMPTY_FILTERS,
  selectedId: null,
  lang: "en",
  focusSector: null,
  mode: "graph",
  theme: "auto",
  viewport: null,
  story: null,
  tableSort: { column: "sector", ascending: true },
};

type ViewUpdate = Partial<ViewStore> | ((state: ViewStore) => Partial<ViewStore>);

export function createViewStore(initial: Partial<ViewState> = {}) {
  const { lang: initialLang = DEFAULT_URL_STATE.lang, ...initialRest } = initial;
  const store = createStore<ViewStore>()((setState, getState) => {
    // A language whose messages are still loading is switched to once they are here, so no frame
    // mixes languages; the latest wish wins if the reader switches again meanwhile.
    let wantedLang: Lang | undefined;
    const set = (update: ViewUpdate) => {
      const patch = typeof update === "function" ? update(getState()) : update;
      if (patch.lang === undefined) return setState(patch);
      const { lang, ...rest } = patch;
      wantedLang = lang;
      if (isCatalogueLoaded(lang)) return setState(patch);
      setState(rest);
      loadCatalogue(lang).then(
        () => {
          if (wantedLang === lang) setState({ lang });
        },
        (error: unknown) => console.error("The messages in this language could not be loaded", error),
      );
    };
    return createViewActions(set, initialRest);
  });
  store.getState().setLang(initialLang);
  return store;
}

function createViewActions(set: (update: ViewUpdate) => void, initial: Partial<ViewState>): ViewStore {
  return {
    dataset: null,
    hoveredId: null,
    hoverHeld: false,
    focusedId: null,
    droppedFromLink: [],
    ...DEFAULT_URL_STATE,
    ...initial,
    // Ids of the previous dataset mean nothing in a new one, so filters and selection start afresh.
    setDataset: (dataset) =>
      set({
        dataset,
        filters: EMPTY_FILTERS,
        selectedId: null,
        hoveredId: null,
        focusedId: null,
        focusSector: null,
      }),
    toggleFacetValue: (facet, value) =>
      set((state) => {
        const current: string[] = state.filters[facet];
        const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
        return { filters: { ...state.filters, [facet]: next }, viewport: null };
      }),
    // A filter or focus change frames the new view, so a camera asked for earlier no longer applies.
    setFacet: (facet, values) =>
      set((state) => ({ filters: { ...state.filters, [facet]: [...values] }, viewport: null })),
    setQuery: (query) => set((state) => ({ filters: { ...state.filters, query }, viewport: null })),
    setFilters: (filters) => set({ filters, viewport: null }),
    resetFilters: () => set({ filters: EMPTY_FILTERS, focusSector: null, viewport: null }),
    select: (selectedId) => set({ selectedId }),
    hover: (hoveredId) => set((state) => (hoveredId !== null && state.hoverHeld ? state : { hoveredId })),
    releaseHover: () => set((state) => (state.hoverHeld ? { hoverHeld: false } : state)),
    focusItem: (focusedId) => set({ focusedId }),
    setLang: (lang) => set({ lang }),
    focus: (focusSector) => set({ focusSector, viewport: null }),
    // What was hovered belongs to the view left; what the new one puts under the pointer is not hovered.
    setMode: (mode) =>
      set((state) => (state.mode === mode ? state : { mode, hoveredId: null, hoverHeld: true })),
    setTheme: (theme) => set({ theme }),
    setViewport: (viewport) => set({ viewport }),
    setStory: (story) => set({ story }),
    setTableSort: (tableSort) => set({ tableSort }),
    setDroppedFromLink: (droppedFromLink) => set({ droppedFromLink }),
    applyUrlState: (state) =>
      set((current) => ({
        ...state,
        hoveredId: null,
        hoverHeld: current.hoverHeld || state.mode !== current.mode,
      })),
  };
}

export type ViewStoreApi = ReturnType<typeof createViewStore>;
