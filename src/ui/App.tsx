import { lazy, Suspense, useEffect } from "react";
import { ExplorerLayout } from "./ExplorerLayout";
import { useEmbedFlags } from "./embedContext";
import { GraphHandleProvider } from "./graphHandle";
import { useLang } from "./useDerived";

/** Only embeds need their layout: it loads with the embed rather than with every explorer. */
const EmbedLayout = lazy(() => import("./EmbedLayout").then((m) => ({ default: m.EmbedLayout })));

export function App() {
  const lang = useLang();
  const { embed } = useEmbedFlags();

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
      {embed ? (
        <Suspense fallback={null}>
          <EmbedLayout />
        </Suspense>
      ) : (
        <ExplorerLayout />
      )}
    </GraphHandleProvider>
  );
}
