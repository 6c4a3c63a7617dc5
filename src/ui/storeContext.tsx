import { createContext, type ReactNode, startTransition, useContext, useEffect, useState } from "react";
import { useStore } from "zustand";
import type { ViewStore, ViewStoreApi } from "../store/viewStore";
import { followAfterPaint, type PaintedView, panelView, samePanelView } from "./paintedView";

const StoreContext = createContext<ViewStoreApi | null>(null);
const PaintedViewContext = createContext<PaintedView | null>(null);

export function StoreProvider({ store, children }: { store: ViewStoreApi; children: ReactNode }) {
  const [painted, setPainted] = useState(() => panelView(store.getState()));
  useEffect(() => {
    // A transition: the panels' render yields to the next frames instead of holding them back.
    const publish = (next: PaintedView) =>
      startTransition(() => setPainted((previous) => (samePanelView(previous, next) ? previous : next)));
    const unfollow = followAfterPaint(store, publish);
    // A change between the first render and this subscription.
    publish(panelView(store.getState()));
    return unfollow;
  }, [store]);
  return (
    <StoreContext.Provider value={store}>
      <PaintedViewContext.Provider value={painted}>{children}</PaintedViewContext.Provider>
    </StoreContext.Provider>
  );
}

export function useStoreApi(): ViewStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useStoreApi must be used inside <StoreProvider>");
  return store;
}

export function useViewStore<T>(selector: (state: ViewStore) => T): T {
  return useStore(useStoreApi(), selector);
}

/** The view as the side panels show it: the store's, one painted frame later (see paintedView.ts). */
export function usePaintedView(): PaintedView {
  const store = useStoreApi();
  const painted = useContext(PaintedViewContext);
  // Until a dataset has been painted, the panels follow the store as it is, so the first view of a
  // dataset draws its panels with the graph rather than a frame later.
  return painted?.dataset ? painted : panelView(store.getState());
}
