import { useEffect } from "react";
import type { ViewStore } from "../store/viewStore";
import { DetailsPanel } from "./DetailsPanel";
import { EnterpriseTable } from "./EnterpriseTable";
import { EmptyState, FilterSummary } from "./FilterSummary";
import { GraphOutline } from "./GraphOutline";
import { GraphView } from "./GraphView";
import { GraphHandleProvider } from "./graphHandle";
import { Header, SourceLine } from "./Header";
import { Legend } from "./Legend";
import { Sidebar } from "./Sidebar";
import { useViewStore } from "./storeContext";
import { Toolbar } from "./Toolbar";
import { useLang } from "./useDerived";
import { ViewAnnouncer } from "./ViewAnnouncer";

const selectMode = (s: ViewStore) => s.mode;

export function App() {
  const lang = useLang();
  const mode = useViewStore(selectMode);

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [lang]);

  return (
    <GraphHandleProvider>
      <div className="app" data-testid="app-root">
        <Header />
        <div className="app-body">
          <Sidebar />
          <main className="main">
            <FilterSummary />
            <Toolbar />
            <div className="stage-row">
              {mode === "graph" && <GraphOutline />}
              <div className="stage">
                {mode === "graph" ? <GraphView /> : <EnterpriseTable />}
                <EmptyState />
              </div>
            </div>
            <ViewAnnouncer />
          </main>
          <aside className="inspector">
            <DetailsPanel />
            <Legend />
          </aside>
        </div>
        <SourceLine />
      </div>
    </GraphHandleProvider>
  );
}
