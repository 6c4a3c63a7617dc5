/**
 * The map view's base layer in a figure: rivers as paths, county seats as small circles (hollow and
 * dashed where the 1958 seat is to check), prefecture and county names as text, and the heading of the
 * "location not known" strip. Drawing primitives in figure pixels, under the graph, from the same map
 * layout the screen draws; pure, so the SVG's golden tests run it in Node.
 */
import { type RiverFeature, riversApply } from "../data/rivers";
import { type Lang, nameIn } from "../i18n/lang";
import { MAP_TEXT } from "../i18n/mapMessages";
import type { GraphElements } from "../model/elements";
import { computeMapLayout, type MapLayout, meanSeatSpacing } from "../model/mapLayout";
import { type NetworkIndex, shortRegionName } from "../model/networkIndex";
import { isUncertainSeat } from "../model/uncertainSeat";
import { MUTED, type Primitive, type PrimitiveGroup } from "./primitives";
import type { Box, GraphScene, Rect } from "./sceneTypes";
import { fmt, nodeShapePath } from "./shapes";
import type { FontSpec, MeasureText } from "./text";

export interface MapFigureInput {
  layout: MapLayout;
  /** Empty when the dataset's points lie outside the rivers' extent. */
  rivers: readonly RiverFeature[];
  /** Each seat's name by region id, as the screen names it (counties without their kind word). */
  names: ReadonlyMap<string, string>;
  /** `credit`: the rivers' credit line, null where no rivers are drawn (points outside their extent). */
  text: { strip: string; credit: string | null; key: string };
}

/** The map of a view, without its rivers (they come from a file); null when no region has a point. */
export function mapFigureInput(
  index: NetworkIndex,
  elements: GraphElements,
  lang: Lang,
): MapFigureInput | null {
  const layout = computeMapLayout(
    index,
    elements.nodes.map((node) => ({ id: node.data.id, size: node.data.size })),
  );
  if (!layout) return null;
  const names = new Map(
    layout.seats.map(({ regionId, kind }) => {
      const name = index.regions.get(regionId)?.name ?? {};
      return [
        regionId,
        kind === "county" ? shortRegionName(name, lang, regionId) : nameIn(name, lang, regionId),
      ];
    }),
  );
  const text = MAP_TEXT[lang];
  const credit = riversApply(index.dataset.regions) ? text.credit : null;
  return { layout, rivers: [], names, text: { strip: text.strip, credit, key: text.figureKey } };
}

/** The screen's river colour in the light theme (ui/map.css). */
export const RIVER_COLOUR = "#4a8cc4";

/** Sizes in CSS pixels of the figure, as on screen (ui/mapLayer.ts). */
const SEAT_PX = 2.5;
const COUNTY_FONT_PX = 11;
const PREFECTURE_FONT_PX = 13;
const STRIP_FONT_PX = 12;
const COUNTY_NAMES_FROM_SPACING_PX = 12;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function riverPaths(map: MapFigureInput, toFigure: (x: number, y: number) => [number, number], unit: number) {
  const major: string[] = [];
  const minor: string[] = [];
  for (const feature of map.rivers) {
    const points = feature.geometry.coordinates.flatMap((coordinate) => {
      const projected = map.layout.frame.projection(coordinate);
      return projected ? [toFigure(projected[0], projected[1])] : [];
    });
    if (points.length < 2) continue;
    const d = points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${fmt(x)} ${fmt(y)}`).join("");
    ((feature.properties.level ?? 3) <= 2 ? major : minor).push(d);
  }
  const river = (d: string, width: number, opacity: number): Primitive => ({
    kind: "path",
    d,
    fill: null,
    fillOpacity: 1,
    stroke: RIVER_COLOUR,
    strokeWidth: width * unit,
    strokeOpacity: 1,
    dash: null,
    opacity,
  });
  return [...minor.map((d) => river(d, 0.8, 0.45)), ...major.map((d) => river(d, 1.8, 0.85))];
}

export function buildBasemap(
  map: MapFigureInput,
  scene: Pick<GraphScene, "scale" | "offset" | "labels">,
  rect: Rect,
  unit: number,
  measure: MeasureText,
  stripShown: boolean,
): PrimitiveGroup[] {
  const toFigure = (x: number, y: number): [number, number] => [
    x * scene.scale + scene.offset.x,
    y * scene.scale + scene.offset.y,
  ];
  const inside = ([x, y]: [number, number]) =>
    x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
  const seats = map.layout.seats
    .map((seat) => ({ seat, at: toFigure(seat.x, seat.y) }))
    .filter(({ at }) => inside(at));

  const circles: Primitive[] = seats.map(({ seat, at: [x, y] }) => {
    const size = 2 * (seat.kind === "county" ? SEAT_PX : SEAT_PX * 1.6) * unit;
    const uncertain = isUncertainSeat(seat);
    return {
      kind: "path",
      d: nodeShapePath("ellipse", x, y, size, size),
      fill: uncertain ? null : MUTED,
      fillOpacity: 0.6,
      stroke: uncertain ? MUTED : null,
      strokeWidth: unit,
      strokeOpacity: 1,
      dash: uncertain ? [2 * unit, 1.5 * unit] : null,
      opacity: 1,
    };
  });

  // Names, prefectures first; none over another name or over a label of the graph.
  const taken: Box[] = scene.labels.map((label) => {
    const [x1, y1] = toFigure(label.box.x1, label.box.y1);
    const [x2, y2] = toFigure(label.box.x2, label.box.y2);
    return { x1, y1, x2, y2 };
  });
  const names: Primitive[] = [];
  const place = (text: string, x: number, y: number, font: FontSpec) => {
    const box = { x1: x, y1: y - font.size, x2: x + measure(text, font), y2: y };
    if (text === "" || taken.some((other) => overlaps(box, other))) return;
    if (box.x2 > rect.x + rect.width || box.y1 < rect.y) return;
    taken.push(box);
    names.push({ kind: "text", x, y, text, font, fill: MUTED, anchor: "start" });
  };
  for (const {
    seat,
    at: [x, y],
  } of seats)
    if (seat.kind === "prefecture")
      place(map.names.get(seat.regionId) ?? "", x + 6 * unit, y - 8 * unit, {
        size: PREFECTURE_FONT_PX * unit,
        weight: "bold",
      });
  const counties = map.layout.seats.filter((seat) => seat.kind === "county");
  if (meanSeatSpacing(counties) * scene.scale >= COUNTY_NAMES_FROM_SPACING_PX * unit)
    for (const {
      seat,
      at: [x, y],
    } of seats)
      if (seat.kind === "county")
        place(map.names.get(seat.regionId) ?? "", x + 4 * unit, y + 4 * unit, {
          size: COUNTY_FONT_PX * unit,
          weight: "normal",
        });

  const strip = map.layout.strip;
  if (strip && stripShown) {
    const [x, y] = toFigure(strip.x, strip.y);
    names.push({
      kind: "text",
      x,
      y: y + STRIP_FONT_PX * unit,
      text: map.text.strip,
      font: { size: STRIP_FONT_PX * unit, weight: "bold" },
      fill: MUTED,
      anchor: "middle",
    });
  }
  return [
    { id: "basemap-rivers", primitives: riverPaths(map, toFigure, unit) },
    { id: "basemap-seats", primitives: circles },
    { id: "basemap-names", primitives: names },
  ];
}
