/**
 * The map view's words, in Chinese and English: its key, credit line and strip, on screen and in figures. Out of the main catalogue: the map loads on first use, and so do its words.
 */
import type { Lang } from "./lang";

export const MAP_TEXT = {
  en: {
    credit: "Rivers: GSHHG (Wessel & Smith), LGPL-3.0 · county seats: modern positions, see each county",
    strip: "Location not known",
    seat: "county seat",
    seatToCheck: "seat to check: plotted at the modern seat",
    schematic: "Schematic: no boundaries",
    /** A figure's key under the map. */
    figureKey: "Schematic map, no boundaries; hollow seats: 1958 seat to check, plotted at the modern seat.",
  },
  zh: {
    credit: "河流：GSHHG（Wessel & Smith），LGPL-3.0 · 县治：今址，详见各县",
    strip: "地点不详",
    seat: "县治",
    seatToCheck: "驻地待核：标在今址",
    schematic: "示意图：不绘边界",
    figureKey: "示意地图，不绘边界；空心县治：1958年驻地待核，标在今址。",
  },
} as const satisfies Record<Lang, Record<string, string>>;
