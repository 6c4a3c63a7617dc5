/**
 * Owns the one cytoscape instance: created on mount, fed from the store, destroyed on unmount.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import {
  createGraphController,
  type GestureMode,
  type GraphController,
  type Insets,
} from "../graph/controller";
import { hubNameGrowth } from "../graph/labels";
import { GRAPH_THEMES } from "../graph/stylesheet";
import { nameIn } from "../i18n/lang";
import { arrangeElements, buildElements } from "../model/elements";
import { neighbourhood } from "../model/neighbourhood";
import { shortRegionName } from "../model/networkIndex";
import { getLayout } from "../store/derived";
import { roundViewport } from "../store/urlState";
import type { Viewport, ViewStore } from "../store/viewStore";
import { useAppUrl, useEmbedFlags, useKiosk } from "./embedContext";
import { useGraphHandle } from "./graphHandle";
import type * as MapLayerModule from "./mapLayer";
import { useStoreApi, useViewStore } from "./storeContext";
import { useColourScheme, useReducedMotion } from "./useColourScheme";
import { useLang, useNetworkIndex, useT, useVisibility } from "./useDerived";
import { GRAPH_DESCRIPTION_ID, GRAPH_REGION_ID, useViewDescription } from "./useViewDescription";

const selectSelected = (s: ViewStore) => s.selectedId;
const selectHovered = (s: ViewStore) => s.hoveredId;
const selectFocus = (s: ViewStore) => s.focusSector;
const selectFocusedItem = (s: ViewStore) => s.focusedId;
const selectViewport = (s: ViewStore) => s.viewport;
const selectMode = (s: ViewStore) => s.mode;

/** The morph between the stars and the map (issue 17 allows at most 800 ms). */
const MORPH_MS = 700;

/** The camera is written to the store (and the URL) once the reader's gesture has settled. */
const CAMERA_SETTLE_MS = 300;
const GESTURE_HINT_MS = 1500;

/** Floating controls cover nothing in an embed, which has its own columns. */
const EVEN_INSETS: Insets = { top: 40, right: 40, bottom: 40, left: 40 };

/**
 * The frame's aspect ratio and width in steps of about 13 %: the networks are packed for them
 * (model/packing.ts), and a window resized by a few pixels must not move them.
 */
function packingFrame(width: number, height: number, insets: Insets): PackingFrame | null {
  const w = width - insets.left - insets.right;
  const h = height - insets.top - insets.bottom;
  if (w <= 0 || h <= 0) return null;
  const stepped = (value: number) => Math.round(Math.exp(Math.round(Math.log(value) * 8) / 8) * 1000) / 1000;
  return { aspect: stepped(w / h), width: stepped(w) };
}

/** What the networks are packed for: the frame's shape, and its width (CSS px) for the hub names' least size. */
interface PackingFrame {
  aspect: number;
  width: number;
}

/** A state update to the container's packing frame that keeps the last one when nothing changed. */
function measuredFrame(container: HTMLElement, insets: Insets) {
  const next = packingFrame(container.clientWidth, container.clientHeight, insets);
  return (last: PackingFrame | null) =>
    last !== null && next !== null && last.aspect === next.aspect && last.width === next.width ? last : next;
}

const sameCamera = (a: Viewport, b: Viewport) => {
  const rounded = roundViewport(b);
  return a.x === rounded.x && a.y === rounded.y && a.zoom === rounded.zoom;
};

const NOTHING_COVERED: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface GraphViewProps {
  /** How much of the frame, on each side, the page's floating controls cover (CSS pixels). */
  insets?: Insets;
  /** What open panels cover besides: framing keeps clear of it, but the networks are packed for the whole frame. */
  covered?: Insets;
}

export function GraphView({ insets = EVEN_INSETS, covered = NOTHING_COVERED }: GraphViewProps) {
  const store = useStoreApi();
  const handle = useGraphHandle();
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<GraphController | null>(null);
  const index = useNetworkIndex();
  const lang = useLang();
  const visibility = useVisibility();
  const description = useViewDescription();
  const scheme = useColourScheme();
  const reducedMotion = useReducedMotion();
  const focusedId = useViewStore(selectFocusedItem);
  // What the controller is created with; later changes go through setTheme and setReducedMotion.
  const initialDisplay = useRef({ scheme, reducedMotion });
  const selectedId = useViewStore(selectSelected);
  const hoveredId = useViewStore(selectHovered);
  const focusSector = useViewStore(selectFocus);
  const viewport = useViewStore(selectViewport);
  const flags = useEmbedFlags();
  // A kiosk is the whole screen even in a frame: there is no host page to scroll.
  const kiosk = useKiosk();
  const gestureMode: GestureMode = flags.static ? "none" : flags.embed && !kiosk ? "cooperative" : "free";
  const t = useT();
  const [gestureHint, setGestureHint] = useState<"wheel" | "touch" | null>(null);
  const [frame, setFrame] = useState<PackingFrame | null>(null);
  const mapMode = useViewStore(selectMode) === "map";
  // The map's code, data and rivers load on first use.
  const [mapModule, setMapModule] = useState<typeof MapLayerModule | null>(null);
  useEffect(() => {
    if (mapMode && mapModule === null) void import("./mapLayer").then(setMapModule);
  }, [mapMode, mapModule]);
  const baseRef = useRef<HTMLCanvasElement>(null);
  // Where the app's own files are: a view mount() made on another host finds them beside its module.
  const appBase = new URL(useAppUrl(), document.baseURI).href;
  const insetsRef = useRef(insets);
  insetsRef.current = insets;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    let hintTimer: ReturnType<typeof setTimeout> | undefined;
    const controller = createGraphController(
      container,
      {
        onSelect: (id) => store.getState().select(id),
        onHover: (id) => store.getState().hover(id),
        onUserViewport: () => {
          clearTimeout(settleTimer);
          settleTimer = setTimeout(
            () => store.getState().setViewport(roundViewport(controller.camera())),
            CAMERA_SETTLE_MS,
          );
        },
        onGestureHint: (kind) => {
          setGestureHint(kind);
          clearTimeout(hintTimer);
          hintTimer = setTimeout(() => setGestureHint(null), GESTURE_HINT_MS);
        },
      },
      {
        reducedMotion: initialDisplay.current.reducedMotion,
        theme: GRAPH_THEMES[initialDisplay.current.scheme],
      },
    );
    controllerRef.current = controller;
    handle.current = controller;
    // A read-only probe for end-to-end tests: they check what cytoscape really shows, not what React thinks.
    Object.defineProperty(container, "graphProbe", { configurable: true, value: controller.probe() });
    const observer = new ResizeObserver(() => {
      controller.resize();
      setFrame(measuredFrame(container, insetsRef.current));
    });
    observer.observe(container);
    return () => {
      clearTimeout(settleTimer);
      clearTimeout(hintTimer);
      observer.disconnect();
      Reflect.deleteProperty(container, "graphProbe");
      if (handle.current === controller) handle.current = null;
      controllerRef.current = null;
      controller.destroy();
    };
  }, [store, handle]);

  useEffect(() => {
    controllerRef.current?.setGestureMode(gestureMode);
  }, [gestureMode]);

  useEffect(() => {
    controllerRef.current?.setInsets({
      top: insets.top + covered.top,
      right: insets.right + covered.right,
      bottom: insets.bottom + covered.bottom,
      left: insets.left + covered.left,
    });
  }, [insets, covered]);

  useEffect(() => {
    const container = containerRef.current;
    if (container) setFrame(measuredFrame(container, insets));
  }, [insets]);

  useEffect(() => {
    controllerRef.current?.setTheme(GRAPH_THEMES[scheme]);
    containerRef.current?.setAttribute("data-colour-scheme", scheme);
  }, [scheme]);

  useEffect(() => {
    controllerRef.current?.setReducedMotion(reducedMotion);
    containerRef.current?.setAttribute("data-reduced-motion", String(reducedMotion));
  }, [reducedMotion]);

  const elements = useMemo(() => buildElements(index, getLayout(index), lang), [index, lang]);
  const mapLayout = useMemo(
    () =>
      mapModule?.computeMapLayout(
        index,
        elements.nodes.map((node) => ({ id: node.data.id, size: node.data.size })),
      ) ?? null,
    [mapModule, index, elements],
  );
  // A dataset without region points has no map: the graph stays (the toolbar says why).
  const onMap = mapMode && mapLayout !== null;
  useEffect(() => {
    controllerRef.current?.setElements(elements);
  }, [elements]);

  // Focusing an item in the outline highlights like hovering it ("focusing mirrors hovering"). Memoised on
  // the anchor alone: selecting the hovered node keeps the same highlight, which the graph then skips.
  // On the map, a seat under the pointer highlights the enterprises plotted there.
  const [seatHover, setSeatHover] = useState<ReadonlySet<string> | null>(null);
  const anchor = hoveredId ?? focusedId ?? selectedId;
  const highlighted = useMemo(() => {
    if (hoveredId === null && seatHover !== null) return seatHover;
    return anchor && index.enterprises.has(anchor) ? neighbourhood(index, anchor) : new Set<string>();
  }, [index, anchor, hoveredId, seatHover]);

  useEffect(() => {
    controllerRef.current?.sync({ ...visibility, selectedId, highlighted, focusedId, hoveredId, onMap });
    containerRef.current?.setAttribute("data-ready", "true");
  }, [visibility, selectedId, highlighted, focusedId, hoveredId, onMap]);

  // The networks left visible are packed to fill the frame and framed: instantly for new elements (a
  // dataset or a language), animated after a filter change. A new language or frame size that moves
  // nothing keeps the reader's camera.
  const sectorOrder = useMemo(() => index.dataset.sectors.map((sector) => sector.id), [index]);
  const arrangement = useMemo(() => {
    if (frame === null) return null;
    // Opened on the map: wait for its code rather than arrange the stars first.
    if (mapMode && mapModule === null) return null;
    if (onMap) return mapLayout.positions;
    const shown = (id: string) =>
      visibility.matching.has(id) || visibility.context.has(id) || visibility.placeholders.has(id);
    const growth = ({ width, height }: { width: number; height: number }) =>
      hubNameGrowth(Math.min(frame.width / width, frame.width / frame.aspect / height));
    return arrangeElements(elements, shown, sectorOrder, frame.aspect, growth);
  }, [elements, visibility, sectorOrder, frame, mapMode, mapModule, onMap, mapLayout]);
  const arranged = useRef<{
    elements: unknown;
    visibility: unknown;
    frame: PackingFrame | null;
    onMap: boolean;
  }>({
    elements: null,
    visibility: null,
    frame: null,
    onMap: false,
  });
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || arrangement === null) return;
    const last = arranged.current;
    arranged.current = { elements, visibility, frame, onMap };
    const newElements = last.elements !== elements;
    const morph = last.elements !== null && last.onMap !== onMap;
    const reframe = last.elements === null || morph || last.visibility !== visibility || last.frame !== frame;
    controller.arrange(arrangement, {
      instant: newElements,
      frame: reframe && visibility.matching.size > 0,
      ...(morph && { durationMs: MORPH_MS }),
    });
    if (last.elements !== null) return;
    // The first arrangement decides the first camera: the link's, or the selection's neighbourhood.
    const { viewport: linked, selectedId: selected } = store.getState();
    if (linked) controller.setCamera(linked);
    else if (selected && index.enterprises.has(selected))
      controller.frameNeighbourhood(selected, neighbourhood(index, selected));
  }, [arrangement, elements, visibility, frame, store, index, onMap]);

  // The map's base layer, redrawn after each frame cytoscape draws.
  useEffect(() => {
    const controller = controllerRef.current;
    const canvas = baseRef.current;
    const surface = containerRef.current;
    if (!controller || !canvas || !surface || !mapModule || !mapLayout || !onMap) return;
    return mapModule.attachMap(canvas, surface, controller, {
      layout: mapLayout,
      index,
      lang,
      appBase,
      nameIn,
      shortRegionName,
      onRegionClick: (regionId) => store.getState().toggleFacetValue("regions", regionId),
      // A seat the view put under a still pointer is not hovered either (ViewState.hoverHeld).
      onSeatHover: (ids) => {
        if (ids === null || !store.getState().hoverHeld) setSeatHover(ids);
      },
    });
  }, [mapModule, mapLayout, onMap, index, lang, appBase, store]);

  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || focusSector === null) return;
    controller.fit(index.dataset.enterprises.filter((e) => e.sector === focusSector).map((e) => e.id));
  }, [focusSector, index]);

  // A camera from a link or from history; after the frame effects above, so it wins over them.
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || viewport === null || sameCamera(viewport, controller.camera())) return;
    controller.setCamera(viewport);
  }, [viewport]);

  // A selection is brought to a size where its neighbours can be read (Fit goes back).
  useEffect(() => {
    if (selectedId && index.enterprises.has(selectedId))
      controllerRef.current?.frameNeighbourhood(selectedId, neighbourhood(index, selectedId));
  }, [selectedId, index]);

  // Keeps the item focused in the outline in view.
  useEffect(() => {
    if (focusedId) controllerRef.current?.reveal(focusedId);
  }, [focusedId]);

  return (
    <>
      {onMap && <canvas ref={baseRef} className="map-base" data-testid="map-base" />}
      <div
        ref={containerRef}
        id={GRAPH_REGION_ID}
        className="graph-canvas"
        data-testid="graph"
        role="img"
        aria-label={description.short}
        aria-describedby={GRAPH_DESCRIPTION_ID}
        tabIndex={-1}
      />
      <p id={GRAPH_DESCRIPTION_ID} className="visually-hidden">
        {description.long}
      </p>
      {gestureHint && (
        <div className="gesture-hint" aria-hidden="true" data-testid="gesture-hint">
          {gestureHint === "wheel"
            ? t("gestureHintWheel", { key: /Mac|iP(hone|ad)/.test(navigator.platform) ? "⌘" : "Ctrl" })
            : t("gestureHintTouch")}
        </div>
      )}
    </>
  );
}
