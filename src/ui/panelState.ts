/**
 * Which side panels of the explorer are open. This is the reader's arrangement of their own screen,
 * not part of the view: it is remembered on the device (localStorage) and never put into a link.
 */
import { createStore } from "zustand/vanilla";

export type PanelId = "filters" | "outline" | "legend";

export type OpenPanels = Record<PanelId, boolean>;

export interface PanelState {
  open: OpenPanels;
  setOpen(panel: PanelId, open: boolean): void;
  toggle(panel: PanelId): void;
}

export const PANEL_STORAGE_KEY = "shanxi-networks:panels";

const CLOSED: OpenPanels = { filters: false, outline: false, legend: false };

/** Panels of one side share the side: opening one closes the other there. */
export const PANEL_SIDE: Record<PanelId, "start" | "end"> = {
  filters: "start",
  outline: "start",
  legend: "end",
};

function readStored(storage: Storage | undefined): OpenPanels | null {
  try {
    const raw = storage?.getItem(PANEL_STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return null;
    const record = parsed as Record<string, unknown>;
    return {
      filters: record.filters === true,
      outline: record.outline === true,
      legend: record.legend === true,
    };
  } catch {
    // Storage may be disabled (private mode, a sandboxed frame): the panels then start closed.
    return null;
  }
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * `initial` is what a first visit sees (wide screens open the filters); `persist` is false where the
 * arrangement belongs to someone else (an embed follows its host's flags).
 */
export function createPanelStore(initial: Partial<OpenPanels> = {}, persist = true) {
  const storage = persist ? localStorageOrUndefined() : undefined;
  const start = readStored(storage) ?? { ...CLOSED, ...initial };
  return createStore<PanelState>()((set, get) => {
    const write = (open: OpenPanels) => {
      set({ open });
      try {
        storage?.setItem(PANEL_STORAGE_KEY, JSON.stringify(open));
      } catch {
        // A full or disabled storage only loses the memory of the arrangement.
      }
    };
    return {
      open: start,
      setOpen(panel, open) {
        const next = { ...get().open, [panel]: open };
        if (open) {
          for (const other of Object.keys(next) as PanelId[]) {
            if (other !== panel && PANEL_SIDE[other] === PANEL_SIDE[panel]) next[other] = false;
          }
        }
        write(next);
      },
      toggle(panel) {
        get().setOpen(panel, !get().open[panel]);
      },
    };
  });
}

export type PanelStoreApi = ReturnType<typeof createPanelStore>;
