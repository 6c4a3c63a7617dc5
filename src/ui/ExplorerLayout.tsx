/**
 * The full explorer: the graph fills the page under a slim header; filters, outline, legend and
 * details are panels over or beside it (see Panel.tsx and explorer.css).
 */
import { type MouseEvent, useCallback, useEffect, useMemo, useState } from "react";
import type { Insets } from "../graph/controller";
import { activeFilterCount } from "../model/filters";
import type { ViewStore } from "../store/viewStore";
import { EmptyState, FilterSummary } from "./FilterSummary";
import { GraphView } from "./GraphView";
import { Header, SourceLine, SourcesButton } from "./Header";
import { LinkNotice } from "./LinkNotice";
import {
  AboutSources,
  DetailsPanel,
  EnterpriseTable,
  FilterPanel,
  GraphOutline,
  Legend,
  preloadViewsWhenIdle,
  StoryBar,
  ViewAnnouncer,
} from "./lazyViews";
import { Panel, PanelButton, usePanelOpen } from "./Panel";
import { createPanelStore } from "./panelState";
import { usePaintedView, useStoreApi, useViewStore } from "./storeContext";
import { Toolbar, ZoomControls } from "./Toolbar";
import { useMediaQuery } from "./useColourScheme";
import { useT } from "./useDerived";
import "./explorer.css";

/** From this width on the filters may stay open beside the graph (and do on a first visit). */
export const WIDE_SCREEN_PX = 1600;

/** What the floating controls cover of the graph (explorer.css): the button row above, the count and zoom below. */
const DESKTOP_INSETS: Insets = { top: 60, right: 16, bottom: 56, left: 16 };
const PHONE_INSETS: Insets = { top: 60, right: 56, bottom: 110, left: 8 };
/** The panel columns' width and margin (explorer.css). */
const START_PANEL_PX = 356;
const END_PANEL_PX = 396;
const PHONE_SCREEN = "(max-width: 700px)";
/** On a phone the sheets rise from above the panel buttons (explorer.css). */
const PHONE_PANEL_BAR_PX = 68;

const FILTERS_PANEL_ID = "filters-panel";
const OUTLINE_PANEL_ID = "outline-panel";
const LEGEND_PANEL_ID = "legend-panel";

const selectMode = (s: ViewStore) => s.mode;
const selectActiveCount = (s: ViewStore) => activeFilterCount(s.filters);
const selectHasSelection = (s: ViewStore) => s.selectedId !== null;
const selectStoryOpen = (s: ViewStore) => s.story !== null;

/**
 * What the open panels cover of the graph, for framing: a column on a side on a laptop (the filters
 * stand beside the graph from 1600 px), the lower half on a phone.
 */
function coveredByPanels(phone: boolean, startOpen: boolean, endOpen: boolean): Insets {
  if (phone) {
    const sheet = startOpen || endOpen ? Math.round(window.innerHeight / 2) + PHONE_PANEL_BAR_PX : 0;
    return { top: 0, right: 0, bottom: sheet, left: 0 };
  }
  const beside = window.innerWidth >= WIDE_SCREEN_PX;
  return {
    top: 0,
    right: endOpen ? END_PANEL_PX : 0,
    bottom: 0,
    left: startOpen && !beside ? START_PANEL_PX : 0,
  };
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) ||
      !!target.closest("dialog"))
  );
}

/** Focus goes to the outline's current item (its one Tab stop), which opens the folded panel. */
function skipToOutline(event: MouseEvent<HTMLAnchorElement>) {
  const outline = document.getElementById(OUTLINE_PANEL_ID);
  const item = outline?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]');
  if (!item) return;
  event.preventDefault();
  item.focus();
}

export function ExplorerLayout() {
  const t = useT();
  const store = useStoreApi();
  const panels = useMemo(
    () => createPanelStore({ filters: typeof window !== "undefined" && window.innerWidth >= WIDE_SCREEN_PX }),
    [],
  );
  const mode = useViewStore(selectMode);
  const activeCount = useViewStore(selectActiveCount);
  const hasSelection = usePaintedView().selectedId !== null;
  const filtersOpen = usePanelOpen(panels, "filters");
  const outlineOpen = usePanelOpen(panels, "outline");
  const legendOpen = usePanelOpen(panels, "legend");
  const outlineShown = mode !== "table";
  const phone = useMediaQuery(PHONE_SCREEN);
  const storyOpen = useViewStore(selectStoryOpen);
  const [storyCover, setStoryCover] = useState({ left: 0, bottom: 0 });
  const showLegend = useCallback((open: boolean) => panels.getState().setOpen("legend", open), [panels]);

  useEffect(() => preloadViewsWhenIdle(), []);

  // Escape closes the details, unless something inside the page used the key (the outline, a dialog).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || isTyping(event.target)) return;
      if (store.getState().selectedId !== null) store.getState().select(null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [store]);

  const startOpen = filtersOpen || (outlineShown && outlineOpen);
  const endOpen = hasSelection || legendOpen;
  // The store's selection, not the painted one: the camera frames a selection before its details are drawn.
  const selecting = useViewStore(selectHasSelection);
  const covered = useMemo(() => {
    const byPanels = coveredByPanels(phone, startOpen, selecting || legendOpen);
    return {
      ...byPanels,
      left: Math.max(byPanels.left, storyCover.left),
      bottom: Math.max(byPanels.bottom, storyCover.bottom),
    };
  }, [phone, startOpen, selecting, legendOpen, storyCover]);
  const className = ["workspace", startOpen && "workspace--start-open", endOpen && "workspace--end-open"]
    .filter(Boolean)
    .join(" ");

  return (
    <div className="app app--explorer" data-testid="app-root">
      {outlineShown && (
        <a className="skip-link" href={`#${OUTLINE_PANEL_ID}`} onClick={skipToOutline}>
          {t("skipToOutline")}
        </a>
      )}
      <Header />
      <div className={className}>
        {/* First in the page: after a panel's button, Tab goes into the panel it opened. */}
        <nav className="panel-bar" aria-label={t("panelsLabel")}>
          <PanelButton
            panels={panels}
            panel="filters"
            controls={FILTERS_PANEL_ID}
            label={activeCount > 0 ? t("filtersActive", { count: activeCount }) : t("filters")}
          />
          {outlineShown && (
            <PanelButton
              panels={panels}
              panel="outline"
              controls={OUTLINE_PANEL_ID}
              label={t("outlinePanel")}
            />
          )}
          <PanelButton panels={panels} panel="legend" controls={LEGEND_PANEL_ID} label={t("legend")} />
          <SourcesButton />
          {!storyOpen && (
            <button type="button" onClick={() => store.getState().setStory({ file: "1", step: 1 })}>
              {t("story")}
            </button>
          )}
        </nav>
        <div className="panel-column panel-column--start">
          {filtersOpen && (
            <Panel
              id={FILTERS_PANEL_ID}
              title={t("filters")}
              side="start"
              className="sidebar"
              testId="filters-panel"
              onClose={() => panels.getState().setOpen("filters", false)}
            >
              <FilterPanel />
              <AboutSources />
            </Panel>
          )}
          {outlineShown && (
            // Always in the page: the outline is the keyboard's way into the graph, one Tab stop even when
            // folded away, and it opens as soon as it takes focus.
            <Panel
              id={OUTLINE_PANEL_ID}
              title={t("outlinePanel")}
              side="start"
              folded={!outlineOpen}
              onFocusWhileFolded={() => panels.getState().setOpen("outline", true)}
              onClose={() => panels.getState().setOpen("outline", false)}
              className="outline-panel"
            >
              <GraphOutline />
            </Panel>
          )}
        </div>
        <main className="main">
          <div className="stage">
            {mode !== "table" ? (
              <GraphView insets={phone ? PHONE_INSETS : DESKTOP_INSETS} covered={covered} />
            ) : (
              <EnterpriseTable />
            )}
            <EmptyState />
          </div>
          <div className="stage-top">
            <Toolbar zoom={false} compact={phone} />
          </div>
          <LinkNotice />
          <div className="stage-bottom">
            <FilterSummary />
            {mode !== "table" && <ZoomControls />}
          </div>
          {storyOpen && <StoryBar onLegend={showLegend} onCover={setStoryCover} />}
          <SourceLine />
          <ViewAnnouncer />
        </main>
        {endOpen && (
          <div className="panel-column panel-column--end inspector">
            <DetailsPanel />
            {legendOpen && (
              <Panel
                id={LEGEND_PANEL_ID}
                title={t("legend")}
                side="end"
                focusableBody
                onClose={() => panels.getState().setOpen("legend", false)}
              >
                <Legend headless />
              </Panel>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
