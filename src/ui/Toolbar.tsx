import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { nameIn } from "../i18n/lang";
import { VIEW_MODES, type ViewStore } from "../store/viewStore";
import { EmbedButton } from "./EmbedButton";
import { ExportButton } from "./ExportButton";
import { useEmbedFlags } from "./embedContext";
import { useGraphHandle } from "./graphHandle";
import { CopyLinkButton } from "./lazyViews";
import { useStoreApi, useViewStore } from "./storeContext";
import { useLang, useNetworkIndex, useT } from "./useDerived";

const selectMode = (s: ViewStore) => s.mode;
const selectFocus = (s: ViewStore) => s.focusSector;
const VIEW_LABEL = { graph: "graphView", map: "mapView", table: "tableView" } as const;

/**
 * `zoom`: the zoom buttons sit in the toolbar (an embed) rather than over the graph (the explorer).
 * `compact`: on a phone, export, embed and copy link fold into one menu so the row fits the screen.
 */
export function Toolbar({ zoom = true, compact = false }: { zoom?: boolean; compact?: boolean }) {
  const store = useStoreApi();
  const graph = useGraphHandle();
  const index = useNetworkIndex();
  const lang = useLang();
  const t = useT();
  const mode = useViewStore(selectMode);
  const focusSector = useViewStore(selectFocus);
  const { embed } = useEmbedFlags();
  const hasPoints = index.dataset.regions.some((region) => region.point !== undefined);
  // Said to screen readers as well as in the tooltip, which a disabled button may never show.
  const mapUnavailableId = useId();

  return (
    <fieldset className="toolbar">
      <legend className="visually-hidden">{t("viewMode")}</legend>
      <div className="segmented">
        {VIEW_MODES.map((value) => {
          const unavailable = value === "map" && !hasPoints;
          return (
            <button
              key={value}
              type="button"
              aria-pressed={mode === value}
              disabled={unavailable}
              title={unavailable ? t("mapUnavailable") : undefined}
              aria-describedby={unavailable ? mapUnavailableId : undefined}
              onClick={() => store.getState().setMode(value)}
            >
              {t(VIEW_LABEL[value])}
            </button>
          );
        })}
        {!hasPoints && (
          <span id={mapUnavailableId} className="visually-hidden">
            {t("mapUnavailable")}
          </span>
        )}
      </div>
      {mode !== "table" && (
        <>
          <label className="focus-select">
            <span>{t("focusNetwork")}</span>
            <select
              value={focusSector ?? ""}
              onChange={(event) => {
                const sector = event.target.value || null;
                store.getState().focus(sector);
                if (sector === null) graph.current?.fit();
              }}
            >
              <option value="">{t("allNetworks")}</option>
              {index.dataset.sectors.map((sector) => (
                <option key={sector.id} value={sector.id}>
                  {nameIn(sector.name, lang, sector.id)}
                </option>
              ))}
            </select>
          </label>
          {zoom && <ZoomControls />}
        </>
      )}
      {embed ? (
        <ExportButton />
      ) : compact ? (
        <ShareMenu>
          <ShareButtons />
        </ShareMenu>
      ) : (
        <ShareButtons />
      )}
    </fieldset>
  );
}

function ShareButtons() {
  return (
    <>
      <ExportButton />
      <EmbedButton />
      <CopyLinkButton />
    </>
  );
}

/**
 * Export, embed and copy link behind one button. Their dialogs render inside the menu, so it stays
 * open while one is shown; it closes on a press outside it, or on Escape when no dialog is open.
 */
function ShareMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const itemsId = useId();
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented && !document.querySelector("dialog[open]")) {
        setOpen(false);
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  return (
    <div className="share-menu" ref={menuRef}>
      <button type="button" aria-expanded={open} aria-controls={itemsId} onClick={() => setOpen(!open)}>
        {t("shareMenu")}
      </button>
      <div id={itemsId} className="share-menu-items" hidden={!open}>
        {children}
      </div>
    </div>
  );
}

export function ZoomControls() {
  const store = useStoreApi();
  const graph = useGraphHandle();
  const t = useT();
  return (
    <div className="zoom-controls">
      <button
        type="button"
        onClick={() => graph.current?.zoomBy(1.25)}
        aria-label={t("zoomIn")}
        title={t("zoomIn")}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => graph.current?.zoomBy(0.8)}
        aria-label={t("zoomOut")}
        title={t("zoomOut")}
      >
        −
      </button>
      <button
        type="button"
        onClick={() => {
          store.getState().setViewport(null);
          graph.current?.fit();
        }}
      >
        {t("fit")}
      </button>
    </div>
  );
}
