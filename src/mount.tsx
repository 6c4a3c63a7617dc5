/**
 * Module entry for same-origin hosts (built to dist/embed/mount.js):
 *
 *   import { mount } from "./embed/mount.js";
 *   const view = mount(element, { view: "sector=coal&lang=zh", flags: { legend: false } });
 *   view.on("select", ({ id }) => …); view.setState({ filters: { sectors: ["power"] } });
 *   view.destroy();
 *
 * The view is the embed view, rendered into the host's DOM. destroy() is idempotent and leaves nothing
 * behind: React unmounted (and with it cytoscape destroyed, store subscriptions and listeners removed),
 * the element emptied, the stylesheet removed when the last view goes.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DATASET_PARAM } from "./data/datasetUrl";
import { applyEmbedCommand, readEmbedState, watchEmbedEvents } from "./embed/embedApi";
import { EMBED_FLAG_PARAMS, type EmbedFlags, FULL_VIEW_FLAGS } from "./embed/flags";
import stylesheetUrl from "./embed/mountStyles.css?url";
import type { EmbedCommand, EmbedEvent, EmbedState, FiltersPatch } from "./embed/protocol";
import type { Lang } from "./i18n/lang";
import { createViewStore, type Theme, type ViewStoreApi } from "./store/viewStore";
import { Boot } from "./ui/Boot";
import { EmbedFlagsProvider } from "./ui/embedContext";
import { StoreProvider } from "./ui/storeContext";

export interface MountOptions {
  /** The first view, in the words of a link: "sector=coal&node=datong-mining&lang=zh". */
  view?: string;
  /** Embed flags; `embed` is always on and `origins` does not apply (no messages are involved). */
  flags?: Partial<Pick<EmbedFlags, "plain" | "controls" | "legend" | "static" | "transparent">>;
  /** Dataset file; by default the one shipped next to this module. */
  dataUrl?: string;
}

export interface ViewPatch {
  /** Replaces the whole filter set: a facet left out has no constraint. */
  filters?: FiltersPatch;
  selectedId?: string | null;
  focusSector?: string | null;
  lang?: Lang;
  theme?: Theme;
}

type EventType = EmbedEvent["type"];
type Listener<T extends EventType> = (event: Extract<EmbedEvent, { type: T }>) => void;

export interface MountedView {
  /** Applies a patch; before the dataset has loaded, it is applied once it has. */
  setState(patch: ViewPatch): void;
  getState(): EmbedState;
  /** Listens to ready, stateChange or select; returns the function that stops listening. */
  on<T extends Exclude<EventType, "state">>(type: T, listener: Listener<T>): () => void;
  destroy(): void;
}

// import.meta.url through a variable: Vite would otherwise try to bundle these files as assets.
const moduleUrl = import.meta.url;
let stylesheet: { link: HTMLLinkElement; users: number } | null = null;

function addStylesheet(): void {
  if (stylesheet) {
    stylesheet.users += 1;
    return;
  }
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = stylesheetUrl;
  document.head.append(link);
  stylesheet = { link, users: 1 };
}

function releaseStylesheet(): void {
  if (!stylesheet) return;
  stylesheet.users -= 1;
  if (stylesheet.users > 0) return;
  stylesheet.link.remove();
  stylesheet = null;
}

function commandsFor(patch: ViewPatch): EmbedCommand[] {
  const commands: EmbedCommand[] = [];
  if (patch.filters) commands.push({ type: "setFilters", filters: patch.filters });
  if (patch.focusSector !== undefined) commands.push({ type: "focusNetwork", sector: patch.focusSector });
  if (patch.selectedId !== undefined) commands.push({ type: "select", id: patch.selectedId });
  if (patch.lang) commands.push({ type: "setLanguage", lang: patch.lang });
  if (patch.theme) commands.push({ type: "setTheme", theme: patch.theme });
  return commands;
}

export function mount(element: HTMLElement, options: MountOptions = {}): MountedView {
  const flags: EmbedFlags = { ...FULL_VIEW_FLAGS, ...options.flags, embed: true, origins: [] };
  const store: ViewStoreApi = createViewStore();
  const listeners = new Map<EventType, Set<(event: EmbedEvent) => void>>();
  const emit = (event: EmbedEvent) => {
    for (const listener of listeners.get(event.type) ?? []) listener(event);
  };
  let pending: ViewPatch[] = [];
  let loaded = false;
  let destroyed = false;

  addStylesheet();
  const host = document.createElement("div");
  host.className = "shanxi-networks-view";
  element.append(host);
  const root = createRoot(host);
  const appUrl = new URL("../", moduleUrl).href;
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <EmbedFlagsProvider flags={flags} appUrl={appUrl}>
          <Boot
            datasetUrls={[options.dataUrl ?? new URL("../data/shanxi-1958.json", moduleUrl).href]}
            search={options.view ?? ""}
            urlSync={null}
            otherParams={[DATASET_PARAM, ...EMBED_FLAG_PARAMS]}
            onLoaded={() => {
              loaded = true;
              for (const patch of pending)
                for (const command of commandsFor(patch)) applyEmbedCommand(store, command);
              pending = [];
              const stop = watchEmbedEvents(store, emit);
              emit({ type: "ready", state: readEmbedState(store.getState()) });
              return stop;
            }}
          />
        </EmbedFlagsProvider>
      </StoreProvider>
    </StrictMode>,
  );

  return {
    setState(patch) {
      if (destroyed) return;
      if (!loaded) pending.push(patch);
      else for (const command of commandsFor(patch)) applyEmbedCommand(store, command);
    },
    getState: () => readEmbedState(store.getState()),
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      const wrapped = listener as (event: EmbedEvent) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      root.unmount();
      host.remove();
      listeners.clear();
      pending = [];
      releaseStylesheet();
    },
  };
}
