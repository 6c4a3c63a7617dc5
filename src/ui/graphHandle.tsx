/**
 * Lets the toolbar ask the graph to fit or zoom without holding the cytoscape instance:
 * the graph component registers its controller here while mounted.
 */
import { createContext, type ReactNode, type RefObject, useContext, useRef } from "react";
import type { GraphController } from "../graph/controller";

const GraphHandleContext = createContext<RefObject<GraphController | null> | null>(null);

export function GraphHandleProvider({ children }: { children: ReactNode }) {
  const ref = useRef<GraphController | null>(null);
  return <GraphHandleContext.Provider value={ref}>{children}</GraphHandleContext.Provider>;
}

export function useGraphHandle(): RefObject<GraphController | null> {
  const ref = useContext(GraphHandleContext);
  if (!ref) throw new Error("useGraphHandle must be used inside <GraphHandleProvider>");
  return ref;
}
