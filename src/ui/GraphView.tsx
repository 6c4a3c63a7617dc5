/**
 * Owns the one cytoscape instance: created on mount, fed from the store, destroyed on unmount.
 */
import { useEffect, useMemo, useRef } from "react";
import { createGraphController, type GraphController } from "../graph/controller";
import { buildElements } from "../model/elements";
import { neighbourhood } from "../model/neighbourhood";
import { getLayout } from "../store/derived";
import type { ViewStore } from "../store/viewStore";
import { useGraphHandle } from "./graphHandle";
import { useStoreApi, useViewStore } from "./storeContext";
import { useLang, useNetworkIndex, useT, useVisibility } from "./useDerived";

const selectSelected = (s: ViewStore) => s.selectedId;
const selectHovered = (s: ViewStore) => s.hoveredId;
const selectFocus = (s: ViewStore) => s.focusSector;

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches
  );
}

export function GraphView() {
  const store = useStoreApi();
  const handle = useGraphHandle();
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<GraphController | null>(null);
  const index = useNetworkIndex();
  const lang = useLang();
  const t = useT();
  const visibility = useVisibility();
  const selectedId = useViewStore(selectSelected);
  const hoveredId = useViewStore(selectHovered);
  const focusSector = useViewStore(selectFocus);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = createGraphController(
      container,
      {
        onSelect: (id) => store.getState().select(id),
        onHover: (id) => store.getState().hover(id),
      },
      { reducedMotion: prefersReducedMotion() },
    );
    controllerRef.current = controller;
    handle.current = controller;
    // A read-only probe for end-to-end tests: they check what cytoscape really shows, not what React thinks.
    Object.defineProperty(container, "graphProbe", {
      configurable: true,
      value: {
        shownIds: () => controller.shownEnterpriseIds(),
        positionOf: (id: string) => controller.renderedPositionOf(id),
        labelBoxes: () => controller.drawnLabelBoxes(),
      },
    });
    const observer = new ResizeObserver(() => controller.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      Reflect.deleteProperty(container, "graphProbe");
      if (handle.current === controller) handle.current = null;
      controllerRef.current = null;
      controller.destroy();
    };
  }, [store, handle]);

  const elements = useMemo(() => buildElements(index, getLayout(index), lang), [index, lang]);
  useEffect(() => {
    controllerRef.current?.setElements(elements);
  }, [elements]);

  const highlighted = useMemo(() => {
    const anchor = hoveredId ?? selectedId;
    return anchor && index.enterprises.has(anchor) ? neighbourhood(index, anchor) : new Set<string>();
  }, [index, hoveredId, selectedId]);

  useEffect(() => {
    controllerRef.current?.sync({ ...visibility, selectedId, highlighted });
    containerRef.current?.setAttribute("data-ready", "true");
  }, [visibility, selectedId, highlighted]);

  // Frame what the filters leave: instantly for a new dataset, animated after a filter change.
  const framedIndex = useRef<unknown>(null);
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || visibility.matching.size === 0) return;
    const instant = framedIndex.current !== index;
    framedIndex.current = index;
    controller.fit(undefined, { instant });
  }, [visibility, index]);

  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || focusSector === null) return;
    controller.fit(index.dataset.enterprises.filter((e) => e.sector === focusSector).map((e) => e.id));
  }, [focusSector, index]);

  useEffect(() => {
    if (selectedId) controllerRef.current?.reveal(selectedId);
  }, [selectedId]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="graph"
      role="img"
      aria-label={t("graphLabel")}
    />
  );
}
