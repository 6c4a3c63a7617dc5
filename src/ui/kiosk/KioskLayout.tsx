/**
 * The kiosk (`?kiosk=1`): a gallery's touch screen showing the guided story over a graph that fills
 * the screen. Large type and targets, nothing to type, export, share or follow off the page; a tap
 * shows details, a pinch zooms the graph only. Left alone for `idle` seconds it starts again and plays
 * the story as an attract loop (KioskStory.tsx); any input hands control back to the visitor.
 */
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from "react";
import type { Insets } from "../../graph/controller";
import { nameIn } from "../../i18n/lang";
import { THEMES, type ViewStore } from "../../store/viewStore";
import { GraphView } from "../GraphView";
import { LanguageSwitch, SourceLine } from "../Header";
import { DetailsPanel, Legend, preloadViewsWhenIdle, ViewAnnouncer } from "../lazyViews";
import { Panel } from "../Panel";
import { useStoreApi, useViewStore } from "../storeContext";
import { THEME_LABEL } from "../ThemeSwitcher";
import { useMediaQuery } from "../useColourScheme";
import { useLang, useNetworkIndex, useT } from "../useDerived";
import { preventPageZoom } from "./pageZoom";
import "./kiosk.css";

const KioskStory = lazy(() => import("./KioskStory").then((m) => ({ default: m.KioskStory })));

/** What floats over the graph's edges: the credit line below; on a phone Start again above it too. */
const KIOSK_INSETS: Insets = { top: 24, right: 24, bottom: 40, left: 24 };
const PHONE_INSETS: Insets = { top: 76, right: 12, bottom: 12, left: 12 };
const PHONE_SCREEN = "(max-width: 700px)";
/** The details and legend column's width and margin (kiosk.css). */
const SIDE_COLUMN_PX = 472;
const LEGEND_PANEL_ID = "kiosk-legend";

const selectTheme = (s: ViewStore) => s.theme;
const selectHasSelection = (s: ViewStore) => s.selectedId !== null;

export function KioskLayout() {
  const store = useStoreApi();
  const lang = useLang();
  const t = useT();
  const { dataset } = useNetworkIndex();
  const theme = useViewStore(selectTheme);
  const hasSelection = useViewStore(selectHasSelection);
  const [legendOpen, setLegendOpen] = useState(false);
  const phone = useMediaQuery(PHONE_SCREEN);
  const [storyCover, setStoryCover] = useState({ left: 0, bottom: 0 });

  // A kiosk must not wait on the network for a tap's details: everything is fetched once idle.
  useEffect(() => preloadViewsWhenIdle(), []);

  useLayoutEffect(() => {
    // Base type 20 px (kiosk.css), set before the first paint so that the page never shows at 16 px.
    document.documentElement.dataset.kiosk = "";
    const allowZoom = preventPageZoom(document);
    return () => {
      delete document.documentElement.dataset.kiosk;
      allowZoom();
    };
  }, []);

  const nextTheme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? "auto";
  // Framing keeps clear of the story and of the details or legend column (a sheet on a phone).
  const sideOpen = hasSelection || legendOpen;
  const covered = useMemo(
    () =>
      phone
        ? { top: 0, right: 0, bottom: storyCover.bottom, left: 0 }
        : { top: 0, right: sideOpen ? SIDE_COLUMN_PX : 0, bottom: storyCover.bottom, left: storyCover.left },
    [phone, sideOpen, storyCover],
  );
  const closeLegend = useCallback(() => setLegendOpen(false), []);

  return (
    <div className="app app--kiosk" data-testid="app-root">
      <header className="kiosk-header">
        <h1>{nameIn(dataset.title, lang) || t("appTitleFallback")}</h1>
        <div className="kiosk-header__controls">
          <button
            type="button"
            data-testid="kiosk-theme"
            onClick={() => store.getState().setTheme(nextTheme)}
            aria-label={`${t("theme")}: ${t(THEME_LABEL[theme])}`}
          >
            <span aria-hidden="true">◐</span>
            <span className="kiosk-theme__name">{t(THEME_LABEL[theme])}</span>
          </button>
          <LanguageSwitch testId="kiosk-language" />
        </div>
      </header>
      <main className="kiosk-stage">
        <GraphView insets={phone ? PHONE_INSETS : KIOSK_INSETS} covered={covered} />
        <Suspense fallback={null}>
          <KioskStory onLegend={setLegendOpen} onCover={setStoryCover} />
        </Suspense>
        {sideOpen && (
          <div className="panel-column panel-column--end kiosk-side">
            <DetailsPanel />
            {legendOpen && (
              <Panel id={LEGEND_PANEL_ID} title={t("legend")} side="end" focusableBody onClose={closeLegend}>
                <Legend headless />
              </Panel>
            )}
          </div>
        )}
        <SourceLine />
      </main>
      <ViewAnnouncer />
    </div>
  );
}
