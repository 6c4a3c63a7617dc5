/**
 * Lets the toolbar and dialogs ask the graph to fit, zoom, tell its camera or draw an export without
 * holding the controller or the cytoscape instance: the graph component registers its controller here
 * while mounted, and the others see only the narrow GraphHandle.
 */
import { createContext, type ReactNode, type RefObject, useContext, useRef } from "react";
import type { GraphHandle } from "../graph/controller";

const GraphHandleContext = createContext<RefObject<GraphHandle | null> | null>(null);

export function GraphHandleProvider({ children }: { children: ReactNode }) {
  const ref = useRef<GraphHandle | null>(null);
  return <GraphHandleContext.Provider value={ref}>{children}</GraphHandleContext.Provider>;
}

export function useGraphHandle(): RefObject<GraphHandle | null> {
  const ref = useContext(GraphHandleContext);
  if (!ref) throw new Error("useGraphHandle must be used inside <GraphHandleProvider>");
  return ref;
}
