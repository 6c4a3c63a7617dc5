import { lazy, Suspense, useEffect } from "react";
import type { ViewStore } from "../store/viewStore";
import { useEmbedFlags } from "./embedContext";
import { EmptyState, FilterSummary } from "./FilterSummary";
import { GraphOutline } from "./GraphOutline";
import { GraphView } from "./GraphView";
import { GraphHandleProvider } from "./graphHandle";
import { Header, SourceLine } from "./Header";
import { Legend } from "./Legend";
import { OpenFullView } from "./OpenFullView";
import { Sidebar } from "./Sidebar";
import { usePaintedView, useViewStore } from "./storeContext";
import { Toolbar } from "./Toolbar";
import { useLang, useT } from "./useDerived";
import { ViewAnnouncer } from "./ViewAnnouncer";

const selectMode = (s: ViewStore) => s.mode;
// The table is one click away from the graph and the details need a selection: neither is part of
// the initial JavaScript.
const DetailsPanel = lazy(() => import("./DetailsPanel").then((m) => ({ default: m.DetailsPanel })));
const EnterpriseTable = lazy(() => import("./EnterpriseTable").then((m) => ({ default: m.EnterpriseTable })));

export function App() {
  const lang = useLang();
  const t = useT();
  const mode = useViewStore(selectMode);
  const hasSelection = usePaintedView().selectedId !== null;
  const flags = useEmbedFlags();
  const controls = flags.controls && !flags.static;
  const titled = !flags.plain;
  // An embed without a legend keeps the side column only while an enterprise's details are open.
  const inspector = !flags.embed || flags.legend || hasSelection;

  useEffect(() => {
    const root = document.documentElement;
    const previous = root.lang;
    root.lang = lang === "zh" ? "zh-CN" : "en";
    return () => {
      root.lang = previous;
    };
  }, [lang]);

  const className = ["app", flags.embed && "app--embed", flags.transparent && "app--transparent"]
    .filter(Boolean)
    .join(" ");
  return (
    <GraphHandleProvider>
      <div className={className} data-testid="app-root">
        {titled && <Header />}
        <div className="app-body">
          {controls && <Sidebar />}
          <main className="main">
            <FilterSummary />
            {controls && <Toolbar />}
            <div className="stage-row">
              {mode === "graph" && controls && <GraphOutline />}
              <div className="stage">
                {mode === "graph" ? (
                  <GraphView />
                ) : (
                  <Suspense fallback={null}>
                    <EnterpriseTable />
                  </Suspense>
                )}
                <EmptyState />
                {flags.embed && <OpenFullView />}
              </div>
            </div>
            <ViewAnnouncer />
          </main>
          {inspector && (
            // In an embed the column scrolls within the graph's height, so keyboard users must be able to reach it.
            <aside
              className="inspector"
              tabIndex={flags.embed ? 0 : undefined}
              aria-label={flags.embed ? t("inspectorLabel") : undefined}
            >
              <Suspense fallback={null}>
                <DetailsPanel />
              </Suspense>
              {flags.legend && <Legend />}
            </aside>
          )}
        </div>
        {titled && <SourceLine />}
      </div>
    </GraphHandleProvider>
  );
}
