/**
 * The view in URL query parameters, so that a link reopens it:
 * sector, region, tier, prov, q, node, lang, focus, view, theme, viewport (x,y,zoom), story and step, and the
 * table's sort (`sort=region`, or `sort=-region` for descending; the default, by network, is not written). Lists are
 * comma-separated; each id is percent-encoded on its own, so an id that contains a comma survives.
 * Bad values and unknown parameters are dropped with a warning, never thrown.
 */
import { type DisplayLevel, PROVENANCE_LEVELS, TIERS, type Tier } from "../data/schema";
import type { Lang } from "../i18n/lang";
import type { NetworkIndex } from "../model/networkIndex";
import {
  DEFAULT_URL_STATE,
  type DroppedValue,
  type StoryPlace,
  TABLE_COLUMNS,
  type TableSort,
  THEMES,
  type UrlHeldState,
  VIEW_MODES,
  type Viewport,
  ZOOM_RANGE,
} from "./viewStore";

const LIST_PARAMS = { sectors: "sector", regions: "region", tiers: "tier", provenance: "prov" } as const;
const LANGS: readonly Lang[] = ["zh", "en"];
const VIEW_PARAMS = [
  ...Object.values(LIST_PARAMS),
  "q",
  "node",
  "focus",
  "lang",
  "view",
  "theme",
  "viewport",
  "story",
  "step",
  "sort",
];

/**
 * Model coordinates to a tenth of a unit and zoom to four significant digits (1.235, 0.002134): finer
 * than a pixel at any zoom, short in a link.
 */
export function roundViewport(viewport: Viewport): Viewport {
  const round = (value: number, digits: number) => Number(value.toFixed(digits)) || 0;
  return { x: round(viewport.x, 1), y: round(viewport.y, 1), zoom: Number(viewport.zoom.toPrecision(4)) };
}

function encodeList(values: readonly string[]): string {
  return values.map(encodeURIComponent).join(",");
}

export function serializeUrlState(state: UrlHeldState): string {
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${key}=${value}`);
  for (const [facet, key] of Object.entries(LIST_PARAMS) as Array<[keyof typeof LIST_PARAMS, string]>) {
    const values = state.filters[facet];
    if (values.length > 0) add(key, encodeList(values));
  }
  if (state.filters.query !== "") add("q", encodeURIComponent(state.filters.query));
  if (state.selectedId !== null) add("node", encodeURIComponent(state.selectedId));
  if (state.focusSector !== null) add("focus", encodeURIComponent(state.focusSector));
  if (state.lang !== DEFAULT_URL_STATE.lang) add("lang", state.lang);
  if (state.mode !== DEFAULT_URL_STATE.mode) add("view", state.mode);
  if (state.theme !== DEFAULT_URL_STATE.theme) add("theme", state.theme);
  if (state.viewport !== null) {
    const { x, y, zoom } = roundViewport(state.viewport);
    add("viewport", `${x},${y},${zoom}`);
  }
  if (state.story !== null) {
    add("story", encodeURIComponent(state.story.file));
    add("step", String(state.story.step));
  }
  const { tableSort } = state;
  const defaultSort = DEFAULT_URL_STATE.tableSort;
  if (tableSort.column !== defaultSort.column || tableSort.ascending !== defaultSort.ascending)
    add("sort", `${tableSort.ascending ? "" : "-"}${tableSort.column}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

export interface ParsedUrlState {
  state: UrlHeldState;
  /** For the console, in English. */
  warnings: string[];
  /** The values of view parameters that were left out, for the reader. */
  dropped: DroppedValue[];
}

/**
 * Reads the raw query string; `search` may start with "?". Ids are checked later, against a dataset.
 * `otherParams` are parameters the page reads elsewhere (dataset, embed flags), so not reported as unknown.
 */
export function parseUrlState(search: string, otherParams: readonly string[] = []): ParsedUrlState {
  const warnings: string[] = [];
  const dropped: DroppedValue[] = [];
  const raw = new Map<string, string>();
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = eq === -1 ? pair : pair.slice(0, eq);
    raw.set(key, eq === -1 ? "" : pair.slice(eq + 1).replace(/\+/g, "%20"));
  }
  for (const key of raw.keys())
    if (!VIEW_PARAMS.includes(key) && !otherParams.includes(key))
      warnings.push(`ignored unknown parameter "${key}"`);
  const decode = (value: string): string | undefined => {
    try {
      return decodeURIComponent(value);
    } catch {
      warnings.push(`ignored a badly encoded value "${value}"`);
      return undefined;
    }
  };
  const list = (key: string): string[] => {
    const value = raw.get(key);
    if (value === undefined || value === "") return [];
    const items = value
      .split(",")
      .map(decode)
      .filter((item): item is string => item !== undefined && item !== "");
    return [...new Set(items)];
  };
  const single = (key: string): string | null => {
    const value = raw.get(key);
    return value === undefined || value === "" ? null : (decode(value) ?? null);
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], values: string[]): T[] =>
    values.filter((value): value is T => {
      if ((allowed as readonly string[]).includes(value)) return true;
      warnings.push(`ignored ${key}="${value}": expected one of ${allowed.join(", ")}`);
      dropped.push({ param: key, value });
      return false;
    });

  const oneValue = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = single(key);
    return value === null ? fallback : (oneOf(key, allowed, [value])[0] ?? fallback);
  };
  const state: UrlHeldState = {
    filters: {
      sectors: list(LIST_PARAMS.sectors),
      regions: list(LIST_PARAMS.regions),
      tiers: oneOf<Tier>("tier", TIERS, list(LIST_PARAMS.tiers)),
      provenance: oneOf<DisplayLevel>("prov", PROVENANCE_LEVELS, list(LIST_PARAMS.provenance)),
      query: single("q") ?? "",
    },
    selectedId: single("node"),
    focusSector: single("focus"),
    lang: oneValue("lang", LANGS, DEFAULT_URL_STATE.lang),
    mode: oneValue("view", VIEW_MODES, DEFAULT_URL_STATE.mode),
    theme: oneValue("theme", THEMES, DEFAULT_URL_STATE.theme),
    viewport: parseViewport(single("viewport"), warnings, dropped),
    story: parseStory(single("story"), single("step"), warnings, dropped),
    tableSort: parseTableSort(single("sort"), warnings, dropped),
  };
  return { state, warnings, dropped };
}

/** `story=1` opens the default story at step 1; `step=N` (a whole number from 1) opens step N. */
function parseStory(
  file: string | null,
  step: string | null,
  warnings: string[],
  dropped: DroppedValue[],
): StoryPlace | null {
  if (file === null) return null;
  if (step === null || /^[1-9]\d{0,3}$/.test(step)) return { file, step: step === null ? 1 : Number(step) };
  warnings.push(`ignored step="${step}": expected a step number from 1`);
  dropped.push({ param: "step", value: step });
  return { file, step: 1 };
}

function parseTableSort(value: string | null, warnings: string[], dropped: DroppedValue[]): TableSort {
  if (value === null) return DEFAULT_URL_STATE.tableSort;
  const ascending = !value.startsWith("-");
  const column = TABLE_COLUMNS.find((name) => name === (ascending ? value : value.slice(1)));
  if (column) return { column, ascending };
  warnings.push(
    `ignored sort="${value}": expected a column (${TABLE_COLUMNS.join(", ")}), "-" before it to sort descending`,
  );
  dropped.push({ param: "sort", value });
  return DEFAULT_URL_STATE.tableSort;
}

function parseViewport(value: string | null, warnings: string[], dropped: DroppedValue[]): Viewport | null {
  if (value === null) return null;
  const numbers = value.split(",").map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  const [x, y, zoom] = numbers;
  if (
    numbers.length === 3 &&
    x !== undefined &&
    y !== undefined &&
    zoom !== undefined &&
    Number.isFinite(x) &&
    Number.isFinite(y) &&
    zoom >= ZOOM_RANGE.min &&
    zoom <= ZOOM_RANGE.max
  )
    return { x, y, zoom };
  warnings.push(
    `ignored viewport="${value}": expected x,y,zoom with zoom from ${ZOOM_RANGE.min} to ${ZOOM_RANGE.max}`,
  );
  dropped.push({ param: "viewport", value });
  return null;
}

/** Drops ids that the dataset does not have. */
export function sanitizeUrlState(state: UrlHeldState, index: NetworkIndex): ParsedUrlState {
  const warnings: string[] = [];
  const dropped: DroppedValue[] = [];
  const sectorIds = new Set(index.dataset.sectors.map((s) => s.id));
  const known = (key: string, has: (id: string) => boolean) => (id: string) => {
    if (has(id)) return true;
    warnings.push(`ignored ${key}="${id}": not in this dataset`);
    dropped.push({ param: key, value: id });
    return false;
  };
  const keepSingle = (key: string, id: string | null, has: (id: string) => boolean) =>
    id !== null && known(key, has)(id) ? id : null;
  return {
    state: {
      ...state,
      filters: {
        ...state.filters,
        sectors: state.filters.sectors.filter(known("sector", (id) => sectorIds.has(id))),
        regions: state.filters.regions.filter(known("region", (id) => index.regions.has(id))),
      },
      selectedId: keepSingle("node", state.selectedId, (id) => index.enterprises.has(id)),
      focusSector: keepSingle("focus", state.focusSector, (id) => sectorIds.has(id)),
      tableSort: keepTableSort(state.tableSort, index, warnings, dropped),
    },
    warnings,
    dropped,
  };
}

/** Weights are a column only of a dataset whose links have them. */
function keepTableSort(
  sort: TableSort,
  index: NetworkIndex,
  warnings: string[],
  dropped: DroppedValue[],
): TableSort {
  if (sort.column !== "weight" || index.strength.size > 0) return sort;
  const value = `${sort.ascending ? "" : "-"}${sort.column}`;
  warnings.push(`ignored sort="${value}": this dataset's links have no weights`);
  dropped.push({ param: "sort", value });
  return DEFAULT_URL_STATE.tableSort;
}
