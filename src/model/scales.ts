/**
 * Visual encodings, computed with d3-scale so the graph, the legend and exports read the same values.
 */
import { scaleOrdinal, scaleSqrt } from "d3-scale";
import type { Tier } from "../data/schema";

/** The three colour schemes the app draws in; `auto` in the store resolves to one of these. */
export type ColourScheme = "light" | "dark" | "contrast";
export const COLOUR_SCHEMES: readonly ColourScheme[] = ["light", "dark", "contrast"];

/**
 * Categorical sector colours per scheme, chosen with the checks in tests/unit/model/palette.test.ts:
 * every colour keeps at least 3:1 against its scheme's page and panel backgrounds (4.5:1 in dark,
 * 7:1 in high contrast), and any two stay apart by a CIEDE2000 distance of at least 12 for normal
 * vision and for simulated protanopia, deuteranopia and tritanopia (at least 15 among the first five,
 * which the default dataset uses). Hues keep one meaning across schemes: machinery blue, coal
 * brown-grey, fertiliser teal, power orange, local specialties violet.
 */
export const SECTOR_PALETTES: Record<ColourScheme, readonly string[]> = {
  light: ["#1a4d73", "#4d4640", "#338c80", "#d94d00", "#a660d2", "#996653", "#664620", "#200dd9"],
  dark: ["#1386ff", "#938c80", "#79f2cc", "#cc730d", "#e6b9f2", "#f2a680", "#e6e640", "#8c99a6"],
  contrast: ["#2099ff", "#a69380", "#80ffd2", "#ec7906", "#f2d2ff", "#ffb980", "#f9ff00", "#9393ac"],
};
/** The light palette: exports and anything drawn on white use it. */
export const SECTOR_PALETTE = SECTOR_PALETTES.light;

/** For sectors beyond the palette: grey, still told apart by the legend and the table. */
export const OVERFLOW_COLOURS: Record<ColourScheme, string> = {
  light: "#6b6b6b",
  dark: "#a3a3a3",
  contrast: "#c8c8c8",
};
export const OVERFLOW_COLOUR = OVERFLOW_COLOURS.light;

export function createSectorColour(
  sectorIds: readonly string[],
  scheme: ColourScheme = "light",
): (sectorId: string) => string {
  const palette = SECTOR_PALETTES[scheme];
  const scale = scaleOrdinal<string, string>()
    .domain(sectorIds.slice(0, palette.length))
    .range(palette)
    .unknown(OVERFLOW_COLOURS[scheme]);
  return (sectorId) => scale(sectorId);
}

const BASE_SIZE: Record<Tier, number> = { commander: 34, medium: 20, small: 13 };
const LARGEST_COMMANDER = 72;

/** Node diameter: by tier, and for commanders by the number of factories contracted to them. */
export function createNodeSize(maxContracted: number): (tier: Tier, contracted: number) => number {
  const commanderScale = scaleSqrt()
    .domain([0, Math.max(1, maxContracted)])
    .range([BASE_SIZE.commander, LARGEST_COMMANDER])
    .clamp(true);
  return (tier, contracted) =>
    tier === "commander" ? Math.round(commanderScale(contracted)) : BASE_SIZE[tier];
}

/** Line width of a link without a weight, and the range weighted links are drawn in. */
export const DEFAULT_EDGE_WIDTH = 1.8;
const EDGE_WIDTH_RANGE: [number, number] = [0.8, 8];

/**
 * Line width by weight on a square-root scale, so that a line's width grows as the square root of
 * its weight (a link of four times the weight is twice as wide above the thinnest).
 */
export function createEdgeWidth(maxWeight: number): (weight: number) => number {
  const scale = scaleSqrt()
    .domain([0, maxWeight > 0 ? maxWeight : 1])
    .range(EDGE_WIDTH_RANGE)
    .clamp(true);
  return (weight) => Math.round(scale(weight) * 100) / 100;
}

/** The lightest and heaviest weight of the links that have one; null when none has. */
export function weightExtent(links: ReadonlyArray<{ weight?: number | undefined }>): [number, number] | null {
  let extent: [number, number] | null = null;
  for (const { weight } of links) {
    if (weight === undefined) continue;
    extent = extent ? [Math.min(extent[0], weight), Math.max(extent[1], weight)] : [weight, weight];
  }
  return extent;
}

/** Shape carries tier, so colour is never the only cue. */
export const TIER_SHAPE: Record<Tier, "star" | "round-diamond" | "ellipse"> = {
  commander: "star",
  medium: "round-diamond",
  small: "ellipse",
};
