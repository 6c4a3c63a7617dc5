import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RiverFeature } from "../../../src/data/rivers";
import { mapFigureInput, RIVER_COLOUR } from "../../../src/export/basemap";
import { composeFigure, figureSvg, textByWeight } from "../../../src/export/compose";
import { ALL_PARTS } from "../../../src/export/figure";
import { presetSize } from "../../../src/export/presets";
import { approximateMeasure } from "../../../src/export/text";
import { MAP_TEXT } from "../../../src/i18n/mapMessages";
import type { Filters } from "../../../src/model/filters";
import { loadDefaultDataset, loadValidFixture } from "../../helpers/fixtures";
import { FIXED_DATE, FIXED_URL, viewOf } from "./helpers";

const RIVERS: RiverFeature[] = JSON.parse(
  readFileSync(new URL("../../../public/data/geo/shanxi-rivers.geojson", import.meta.url), "utf8"),
).features;

const { JSDOM } = (await import("jsdom" as string)) as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};

function mapFigure(lang: "en" | "zh" = "en", filters: Partial<Filters> = {}, parts = {}) {
  const view = viewOf(loadDefaultDataset(), filters, lang);
  const map = mapFigureInput(view.index, view.elements, lang);
  if (!map) throw new Error("the 1958 data has points");
  return composeFigure({
    ...view,
    size: presetSize("screen-1x"),
    parts: { ...ALL_PARTS, ...parts },
    extent: null,
    date: FIXED_DATE,
    url: FIXED_URL,
    measure: approximateMeasure,
    map: { ...map, rivers: RIVERS },
  });
}

const parse = (svg: string) => new new JSDOM("").window.DOMParser().parseFromString(svg, "image/svg+xml");

describe("the map view as a figure", () => {
  const figure = mapFigure();
  const doc = parse(figureSvg(figure, { background: "white" }));

  it("puts the base layer under the graph: rivers as paths, names as text", () => {
    const layers = [...doc.documentElement.children].filter((el) => el.tagName === "g").map((el) => el.id);
    expect(layers.slice(0, 2)).toEqual(["basemap", "edges"]);
    const basemap = doc.getElementById("basemap");
    const rivers = [...(basemap?.querySelectorAll("#basemap-rivers path") ?? [])];
    expect(rivers.length).toBeGreaterThan(50);
    for (const river of rivers) expect(river.getAttribute("stroke")).toBe(RIVER_COLOUR);
    const names = [...(basemap?.querySelectorAll("#basemap-names text") ?? [])].map((t) => t.textContent);
    expect(names).toContain("Jinnan Prefecture");
    expect(names).toContain(MAP_TEXT.en.strip);
  });

  it("draws a seat to check hollow and dashed, a known one filled", () => {
    const seats = [...(doc.querySelectorAll("#basemap-seats path") ?? [])];
    const hollow = seats.filter((seat) => seat.getAttribute("fill") === "none");
    expect(hollow.length).toBeGreaterThan(10);
    for (const seat of hollow) expect(seat.getAttribute("stroke-dasharray")).toBeTruthy();
    expect(seats.length - hollow.length).toBeGreaterThan(50);
  });

  it("places the enterprises where the map does, with no network titles", () => {
    const view = viewOf(loadDefaultDataset());
    const map = mapFigureInput(view.index, view.elements, "en");
    for (const id of ["agmach-s-hequ", "agmach-s-guangling", "datong-mining"])
      expect(figure.scene.placements.get(id)).toEqual(map?.layout.positions.get(id));
    expect(figure.scene.titles.shown.size).toBe(0);
    const hequ = figure.scene.placements.get("agmach-s-hequ");
    const guangling = figure.scene.placements.get("agmach-s-guangling");
    expect(hequ?.x ?? 0).toBeLessThan(guangling?.x ?? 0);
  });

  it("prints the credit line in both languages, even when the source is left out", () => {
    const caption = doc.getElementById("caption")?.textContent ?? "";
    expect(caption).toContain(MAP_TEXT.en.credit);
    const zh = mapFigure("zh", {}, { source: false, link: false, date: false });
    const zhCaption = parse(figureSvg(zh, { background: "white" })).getElementById("caption")?.textContent;
    expect(zhCaption).toContain(MAP_TEXT.zh.credit);
    // The embedded font must carry the names' characters.
    expect(textByWeight(zh).bold).toContain("晋");
  });

  it("draws no strip heading when the strip shows nothing", () => {
    const coal = mapFigure("en", { sectors: ["coal"] });
    const svg = parse(figureSvg(coal, { background: "white" }));
    const names = [...svg.querySelectorAll("#basemap-names text")].map((t) => t.textContent);
    expect(names).not.toContain(MAP_TEXT.en.strip);
  });
});

describe("the map of a dataset elsewhere", () => {
  it("prints no rivers' credit where the rivers do not reach", () => {
    const dataset = loadValidFixture("minimal.valid.json");
    dataset.regions = dataset.regions.map((region, i) => ({
      ...region,
      point: { lon: 118.5 + i * 0.3, lat: 31.5 + i * 0.3 },
    }));
    const view = viewOf(dataset);
    const map = mapFigureInput(view.index, view.elements, "en");
    expect(map?.text.credit).toBeNull();
    const figure = composeFigure({
      ...view,
      size: presetSize("screen-1x"),
      parts: ALL_PARTS,
      extent: null,
      date: FIXED_DATE,
      url: FIXED_URL,
      measure: approximateMeasure,
      map,
    });
    const caption = parse(figureSvg(figure, { background: "white" })).getElementById("caption")?.textContent;
    expect(caption).toContain(MAP_TEXT.en.figureKey);
    expect(caption).not.toContain("GSHHG");
  });
});
