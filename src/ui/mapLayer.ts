/**
 * The map view's base layer, loaded on first use: rivers (GSHHG, a separate file with its licence),
 * county seats and names, drawn on a canvas under cytoscape's after each frame cytoscape draws, so it
 * follows pan and zoom in the same frame. No boundary is drawn: none with an open licence exists
 * here (public/data/geo, /work/shared/data/geo/README.md), so the map is schematic.
 */
import { geoPath } from "d3-geo";
import { loadRivers, RIVERS_PATH, type RiverFeature, riversApply } from "../data/rivers";
import type { Lang, nameIn } from "../i18n/lang";
import { MAP_TEXT } from "../i18n/mapMessages";
import { computeMapLayout, type MapLayout, type MapSeat, meanSeatSpacing } from "../model/mapLayout";
import type { NetworkIndex, shortRegionName } from "../model/networkIndex";
import { isUncertainSeat } from "../model/uncertainSeat";
import { attachMapPointer, enterprisesAtSeats } from "./mapPointer";
import "./map.css";

export { computeMapLayout };

/** On-screen sizes in CSS pixels. */
const SEAT_PX = 2.5;
const COUNTY_FONT_PX = 11;
const PREFECTURE_FONT_PX = 13;
/** County names show once neighbouring seats are this far apart on screen, on average. */
const COUNTY_NAMES_FROM_SPACING_PX = 12;

export interface BaseLayerOptions {
  layout: MapLayout;
  lang: Lang;
  nameOf(seat: MapSeat): string;
}

export interface BaseLayer {
  draw(pan: { x: number; y: number }, zoom: number): void;
  setRivers(rivers: readonly RiverFeature[]): void;
  /** The region whose name was drawn at a point of the model, if any. */
  nameAt(x: number, y: number): string | null;
  /** Rings a seat (a hovered one), or none. */
  setHovered(regionId: string | null): void;
  /** The camera of the last frame drawn. */
  camera(): { pan: { x: number; y: number }; zoom: number } | null;
}

export function createBaseLayer(canvas: HTMLCanvasElement, options: BaseLayerOptions): BaseLayer {
  const { layout, lang } = options;
  const context = canvas.getContext("2d");
  const counties = layout.seats.filter((seat) => seat.kind === "county");
  const spacing = meanSeatSpacing(counties);
  const names = new Map(layout.seats.map((seat) => [seat.regionId, options.nameOf(seat)]));
  let majorRivers: Path2D | null = null;
  let minorRivers: Path2D | null = null;
  let lastCamera: { pan: { x: number; y: number }; zoom: number } | null = null;
  let nameBoxes: Array<{ regionId: string; box: [number, number, number, number] }> = [];
  let hovered: MapSeat | null = null;

  const draw: BaseLayer["draw"] = (pan, zoom) => {
    lastCamera = { pan: { ...pan }, zoom };
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(canvas.clientWidth * ratio);
    const height = Math.round(canvas.clientHeight * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const style = getComputedStyle(canvas);
    const ink = style.color;
    const river = style.getPropertyValue("--map-river").trim() || "#5b9bd5";
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    // Model units to device pixels; line widths and text are given in CSS pixels divided by the zoom.
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    context.lineJoin = "round";
    context.lineCap = "round";
    context.strokeStyle = river;
    if (minorRivers) {
      context.globalAlpha = 0.45;
      context.lineWidth = 0.8 / zoom;
      context.stroke(minorRivers);
    }
    if (majorRivers) {
      context.globalAlpha = 0.85;
      context.lineWidth = 1.8 / zoom;
      context.stroke(majorRivers);
    }
    context.globalAlpha = 1;

    context.fillStyle = ink;
    context.strokeStyle = ink;
    context.lineWidth = 1 / zoom;
    for (const seat of layout.seats) {
      const uncertain = isUncertainSeat(seat);
      // A hollow seat a little larger, so that its dashes read as a ring.
      const radius = (seat.kind === "county" ? SEAT_PX : SEAT_PX * 1.6) * (uncertain ? 1.3 : 1);
      context.beginPath();
      context.arc(seat.x, seat.y, radius / zoom, 0, 2 * Math.PI);
      if (uncertain) {
        context.setLineDash([2 / zoom, 1.5 / zoom]);
        context.stroke();
        context.setLineDash([]);
      } else {
        context.globalAlpha = 0.6;
        context.fill();
        context.globalAlpha = 1;
      }
    }

    if (hovered) {
      context.lineWidth = 2 / zoom;
      context.beginPath();
      context.arc(hovered.x, hovered.y, (SEAT_PX * 3) / zoom, 0, 2 * Math.PI);
      context.stroke();
      context.lineWidth = 1 / zoom;
    }

    // Names, prefectures first; a name that would cross one already drawn is left out.
    nameBoxes = [];
    const place = (seat: MapSeat, x: number, y: number, fontPx: number, weight: string) => {
      const text = names.get(seat.regionId) ?? "";
      context.font = `${weight} ${fontPx / zoom}px "Noto Sans SC", system-ui, sans-serif`;
      const w = context.measureText(text).width;
      const h = fontPx / zoom;
      const box: [number, number, number, number] = [x, y - h, x + w, y];
      if (nameBoxes.some(({ box: b }) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]))
        return;
      nameBoxes.push({ regionId: seat.regionId, box });
      context.fillText(text, x, y);
    };
    context.textBaseline = "alphabetic";
    context.globalAlpha = 0.9;
    for (const seat of layout.seats)
      if (seat.kind === "prefecture")
        place(seat, seat.x + 6 / zoom, seat.y - 8 / zoom, PREFECTURE_FONT_PX, "600");
    if (spacing * zoom >= COUNTY_NAMES_FROM_SPACING_PX) {
      context.globalAlpha = 0.75;
      for (const seat of counties) place(seat, seat.x + 4 / zoom, seat.y + 4 / zoom, COUNTY_FONT_PX, "400");
    }
    if (layout.strip) {
      context.globalAlpha = 1;
      context.font = `600 ${12 / zoom}px "Noto Sans SC", system-ui, sans-serif`;
      context.textAlign = "center";
      // Kept inside the frame: the camera fits the nodes, not this heading.
      const half = context.measureText(MAP_TEXT[lang].strip).width / 2;
      const x = Math.max(layout.strip.x, (4 - pan.x) / zoom + half);
      context.fillText(MAP_TEXT[lang].strip, x, layout.strip.y + 12 / zoom);
      context.textAlign = "start";
    }
    context.globalAlpha = 1;
  };

  return {
    draw,
    nameAt: (x, y) =>
      nameBoxes.find(({ box }) => box[0] <= x && x <= box[2] && box[1] <= y && y <= box[3])?.regionId ?? null,
    setHovered(regionId) {
      const next = layout.seats.find((seat) => seat.regionId === regionId) ?? null;
      if (next === hovered) return;
      hovered = next;
      if (lastCamera) draw(lastCamera.pan, lastCamera.zoom);
    },
    camera: () => lastCamera,
    setRivers(rivers) {
      const path = geoPath(layout.frame.projection);
      const major = new Path2D();
      const minor = new Path2D();
      for (const feature of rivers) {
        const d = path(feature.geometry);
        if (d) ((feature.properties.level ?? 3) <= 2 ? major : minor).addPath(new Path2D(d));
      }
      majorRivers = major;
      minorRivers = minor;
      // Tests and screenshots wait for this: the rivers come from a file of their own.
      canvas.dataset.rivers = String(rivers.length);
      if (lastCamera) draw(lastCamera.pan, lastCamera.zoom);
    },
  };
}

export interface MapOptions {
  layout: MapLayout;
  index: NetworkIndex;
  lang: Lang;
  /** The address the app's own files are under (a mounted view's are on its module's host). */
  appBase: string;
  /**
   * The page's own naming functions, passed in rather than imported: a module this chunk imported from the
   * first load would be split into a chunk of its own, which the first load's budget cannot pay for.
   */
  nameIn: typeof nameIn;
  shortRegionName: typeof shortRegionName;
  /** A prefecture's or county's name was clicked. */
  onRegionClick(regionId: string): void;
  /** The enterprises plotted at the seat under the pointer, or null when it leaves. */
  onSeatHover(ids: ReadonlySet<string> | null): void;
}

/**
 * The map's key and, where the rivers are drawn, their credit line, over the graph's corner; the rivers'
 * licence is a file beside them.
 */
function createKey(lang: Lang, withRivers: boolean): HTMLElement {
  const text = MAP_TEXT[lang];
  const key = document.createElement("div");
  key.className = "map-key";
  key.dataset.testid = "map-key";
  const line = (content: Array<string | HTMLElement>, testId?: string) => {
    const p = document.createElement("p");
    p.append(...content);
    if (testId) p.dataset.testid = testId;
    return p;
  };
  const swatch = (modifier: string) => {
    const span = document.createElement("span");
    span.className = `map-key__seat ${modifier}`;
    return span;
  };
  key.append(
    line([swatch(""), ` ${text.seat} `, swatch("map-key__seat--uncertain"), ` ${text.seatToCheck}`]),
    line([text.schematic]),
    ...(withRivers ? [line([text.credit], "map-credit")] : []),
  );
  return key;
}

/**
 * Draws the base layer under the graph after each frame the graph draws, fetches the rivers (once per
 * page) where they apply, and puts the key beside the canvas. Returns what undoes it all.
 */
export function attachMap(
  canvas: HTMLCanvasElement,
  surface: HTMLElement,
  graph: { onFrame(draw: BaseLayer["draw"]): () => void },
  options: MapOptions,
): () => void {
  const { layout, index, lang } = options;
  const nameOf = ({ regionId, kind }: MapSeat) => {
    const region = index.regions.get(regionId);
    if (!region) return regionId;
    return kind === "county"
      ? options.shortRegionName(region.name, lang, regionId)
      : options.nameIn(region.name, lang, regionId);
  };
  const layer = createBaseLayer(canvas, { layout, lang, nameOf });
  let live = true;
  const withRivers = riversApply(index.dataset.regions);
  if (withRivers)
    void loadRivers(new URL(RIVERS_PATH, options.appBase).href).then((rivers) => {
      if (live) layer.setRivers(rivers);
    });
  else canvas.dataset.rivers = "0";
  const stop = graph.onFrame(layer.draw);
  const detachPointer = attachMapPointer(surface, canvas, layer, {
    seats: layout.seats,
    enterprisesAt: enterprisesAtSeats(layout, index),
    onRegionClick: options.onRegionClick,
    onSeatHover: options.onSeatHover,
  });
  const key = createKey(lang, withRivers);
  canvas.parentElement?.append(key);
  return () => {
    live = false;
    stop();
    detachPointer();
    key.remove();
  };
}
