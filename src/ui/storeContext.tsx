import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type { ViewStore, ViewStoreApi } from "../store/viewStore";

const StoreContext = createContext<ViewStoreApi | null>(null);

export function StoreProvider({ store, children }: { store: ViewStoreApi; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStoreApi(): ViewStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useStoreApi must be used inside <StoreProvider>");
  return store;
}

export function useViewStore<T>(selector: (state: ViewStore) => T): T {
  return useStore(useStoreApi(), selector);
}
