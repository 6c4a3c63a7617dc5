/** An embed's layout: columns whose height is the content's, reported to the host page (embed.css). */
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
import { useT } from "./useDerived";

const selectMode = (s: ViewStore) => s.mode;
const selectStoryOpen = (s: ViewStore) => s.story !== null;
const keepLegend = () => undefined;

/** An embed keeps its columns: its height is its content's, reported to the host page (embed.css). */
export function EmbedLayout() {
  const t = useT();
  const mode = useViewStore(selectMode);
  const hasSelection = usePaintedView().selectedId !== null;
  const storyOpen = useViewStore(selectStoryOpen);
  const flags = useEmbedFlags();
  const controls = flags.controls && !flags.static;
  const titled = !flags.plain;
  // An embed without a legend keeps the side column only while an enterprise's details are open.
  const inspector = flags.legend || hasSelection;
  const className = ["app", "app--embed", flags.transparent && "app--transparent"].filter(Boolean).join(" ");
  return (
    <div className={className} data-testid="app-root">
      {titled && <Header />}
      <div className="app-body">
        {controls && <Sidebar />}
        <main className="main">
          <LinkNotice />
          <FilterSummary />
          {controls && <Toolbar />}
          <div className="stage-row">
            {mode !== "table" && controls && <GraphOutline />}
            <div className="stage">
              {mode !== "table" ? <GraphView /> : <EnterpriseTable />}
              <EmptyState />
              <OpenFullView />
            </div>
            {/* An embed's legend follows its flags, so a step's legend is not opened there. */}
            {storyOpen && <StoryBar onLegend={keepLegend} />}
          </div>
          <ViewAnnouncer />
        </main>
        {inspector && (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the column scrolls within the graph's height, so keyboard users must be able to reach it
          <aside className="inspector" tabIndex={0} aria-label={t("inspectorLabel")}>
            <DetailsPanel />
            {flags.legend && <Legend />}
          </aside>
        )}
      </div>
      {titled && <SourceLine />}
    </div>
  );
}
