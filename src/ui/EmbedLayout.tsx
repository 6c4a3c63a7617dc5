/** An embed's layout: columns whose height is the content's, reported to the host page (embed.css). */
import { useMemo } from "react";
import type { Insets } from "../graph/controller";
import type { ViewStore } from "../store/viewStore";
import { useEmbedFlags } from "./embedContext";
import { EmptyState, FilterSummary } from "./FilterSummary";
import { GraphView } from "./GraphView";
import { Header, SourceLine } from "./Header";
import { LinkNotice } from "./LinkNotice";
import { DetailsPanel, EnterpriseTable, GraphOutline, Legend, StoryBar, ViewAnnouncer } from "./lazyViews";
import { OpenFullView } from "./OpenFullView";
import { Sidebar } from "./Sidebar";
import { usePaintedView, useViewStore } from "./storeContext";
import { Toolbar } from "./Toolbar";
import { useMediaQuery } from "./useColourScheme";
import { useT } from "./useDerived";

const selectMode = (s: ViewStore) => s.mode;
const selectStoryOpen = (s: ViewStore) => s.story !== null;
const selectHasSelection = (s: ViewStore) => s.selectedId !== null;
const NOTHING_COVERED: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
const keepLegend = () => undefined;

/** Below this frame width the details rise from the bottom of the graph rather than sit at its side. */
const NARROW_FRAME = "(max-width: 560px)";
/** The details card's width and the share of the graph's height it may take when narrow (embed.css). */
const DETAILS_CARD_PX = 340;
const NARROW_DETAILS_SHARE = 0.55;

/** The graph's height in an embed: clamp(300px, 60vw, 560px) in embed.css. */
function stageHeight(): number {
  return Math.min(560, Math.max(300, 0.6 * window.innerWidth));
}

/**
 * An embed keeps its columns: its height is its content's, reported to the host page (embed.css).
 * An enterprise's details open as a card over the graph, so a selection never changes that height.
 */
export function EmbedLayout() {
  const t = useT();
  const mode = useViewStore(selectMode);
  const hasSelection = usePaintedView().selectedId !== null;
  const selecting = useViewStore(selectHasSelection);
  const storyOpen = useViewStore(selectStoryOpen);
  const narrow = useMediaQuery(NARROW_FRAME);
  const flags = useEmbedFlags();
  const controls = flags.controls && !flags.static;
  const titled = !flags.plain;
  const covered = useMemo<Insets>(() => {
    if (!selecting) return NOTHING_COVERED;
    return narrow
      ? { ...NOTHING_COVERED, bottom: Math.round(stageHeight() * NARROW_DETAILS_SHARE) }
      : { ...NOTHING_COVERED, right: DETAILS_CARD_PX + 16 };
  }, [selecting, narrow]);
  const className = ["app", "app--embed", flags.transparent && "app--transparent"].filter(Boolean).join(" ");
  return (
    <div className={className} data-testid="app-root">
      {titled && <Header />}
      <div className="app-body">
        {controls && <Sidebar />}
        <main className="main">
          <LinkNotice />
          <FilterSummary interactive={controls} />
          {controls && <Toolbar />}
          <div className="stage-row">
            {mode !== "table" && controls && <GraphOutline />}
            <div className="stage">
              {mode !== "table" ? <GraphView covered={covered} /> : <EnterpriseTable />}
              <EmptyState />
              <OpenFullView />
              {hasSelection && (
                <div className="embed-details">
                  <DetailsPanel />
                </div>
              )}
            </div>
            {/* An embed's legend follows its flags, so a step's legend is not opened there. */}
            {storyOpen && <StoryBar onLegend={keepLegend} />}
          </div>
          <ViewAnnouncer />
        </main>
        {flags.legend && (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the column scrolls within the graph's height, so keyboard users must be able to reach it
          <aside className="inspector" tabIndex={0} aria-label={t("inspectorLabel")}>
            <Legend />
          </aside>
        )}
      </div>
      {titled && <SourceLine />}
    </div>
  );
}
