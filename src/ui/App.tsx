import { lazy, Suspense, useEffect, useLayoutEffect } from "react";
import { ExplorerLayout } from "./ExplorerLayout";
import { useEmbedFlags, useKiosk } from "./embedContext";
import { GraphHandleProvider } from "./graphHandle";
import { watchPointerMoves } from "./pointerMoves";
import { useStoreApi } from "./storeContext";
import { useLang } from "./useDerived";

/**
 * Only embeds and kiosks (`?kiosk=1`, alone or in an embed) need their layouts: they load with them
 * rather than with every explorer.
 */
const loadLayouts = () => import("./layouts");
const EmbedLayout = lazy(() => loadLayouts().then((m) => ({ default: m.EmbedLayout })));
const KioskLayout = lazy(() => loadLayouts().then((m) => ({ default: m.KioskLayout })));

/** Calls `onShown` when it is first drawn: beside a layout in a Suspense boundary, once that layout has loaded. */
function Shown({ onShown }: { onShown: (() => void) | undefined }) {
  useLayoutEffect(() => onShown?.(), [onShown]);
  return null;
}

export interface AppProps {
  /** Runs when the layout is first drawn, before the browser paints it. */
  onShown?: () => void;
}

export function App({ onShown }: AppProps) {
  const lang = useLang();
  const { embed } = useEmbedFlags();
  const kiosk = useKiosk();
  const store = useStoreApi();

  // Hovering, held after a view switch, follows the pointer again once it moves.
  useEffect(() => watchPointerMoves(window, () => store.getState().releaseHover()), [store]);

  useEffect(() => {
    const root = document.documentElement;
    const previous = root.lang;
    root.lang = lang === "zh" ? "zh-CN" : "en";
    return () => {
      root.lang = previous;
    };
  }, [lang]);

  return (
    <GraphHandleProvider>
      {kiosk || embed ? (
        <Suspense fallback={null}>
          {kiosk ? <KioskLayout /> : <EmbedLayout />}
          <Shown onShown={onShown} />
        </Suspense>
      ) : (
        <>
          <ExplorerLayout />
          <Shown onShown={onShown} />
        </>
      )}
    </GraphHandleProvider>
  );
}
