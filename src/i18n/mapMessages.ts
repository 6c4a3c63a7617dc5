/**
 * The map view's words, in Chinese and English: its key, credit line and strip, on screen and in figures,
 * its rows in the legend and what an enterprise's details say of where it is plotted. Out of the main catalogue: the map loads on first use, and so do its words.
 */
import type { Lang } from "./lang";

export const MAP_TEXT = {
  en: {
    credit: "Rivers: GSHHG (Wessel & Smith), LGPL-3.0 · county seats: modern positions, see each county",
    strip: "Location not known",
    seat: "county seat",
    seatToCheck: "seat to check: plotted at the modern seat",
    schematic: "Schematic: no boundaries",
    legendHeading: "On the map",
    legendSeat: "County seat: its factories sit on it, several on a ring around it",
    legendSeatToCheck:
      "Hollow, dashed seat: the 1958 seat is unchecked or stood elsewhere; plotted at the modern seat",
    legendStrip: "Location not known: enterprises no source places, in a column left of the map",
    plottedAt: "On the map: plotted at the modern seat of {place}.",
    notPlotted: "On the map: location not known, in the column left of the map.",
    /** A figure's key under the map. */
    figureKey: "Schematic map, no boundaries; hollow seats: 1958 seat to check, plotted at the modern seat.",
  },
  zh: {
    credit: "河流：GSHHG（Wessel & Smith），LGPL-3.0 · 县治：今址，详见各县",
    strip: "地点不详",
    seat: "县治",
    seatToCheck: "驻地待核：标在今址",
    schematic: "示意图：不绘边界",
    legendHeading: "地图",
    legendSeat: "县治：该县的厂标在此处，多个厂围成一圈",
    legendSeatToCheck: "空心虚线县治：1958年驻地未核实或不在此处，标在今址",
    legendStrip: "地点不详：无资料可定位的企业，列在地图左侧",
    plottedAt: "地图上：标在{place}的今址。",
    notPlotted: "地图上：地点不详，列在地图左侧。",
    figureKey: "示意地图，不绘边界；空心县治：1958年驻地待核，标在今址。",
  },
} as const satisfies Record<Lang, Record<string, string>>;
