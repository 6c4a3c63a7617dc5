/**
 * Visual encodings, computed with d3-scale so the graph, the legend and exports read the same values.
 */
import { scaleOrdinal, scaleSqrt } from "d3-scale";
import type { Tier } from "../data/schema";

/**
 * Colour-blind-safe categorical colours (after Okabe & Ito, darkened where needed so that each
 * keeps at least 3:1 contrast against a white background).
 */
export const SECTOR_PALETTE = [
  "#0072B2",
  "#5C4B3B",
  "#007A5E",
  "#B85C00",
  "#A2478F",
  "#3A6B8C",
  "#7A7A00",
  "#B03A2E",
];
/** For sectors beyond the palette: grey, still told apart by the legend and the table. */
export const OVERFLOW_COLOUR = "#6B6B6B";

export function createSectorColour(sectorIds: readonly string[]): (sectorId: string) => string {
  const scale = scaleOrdinal<string, string>()
    .domain(sectorIds.slice(0, SECTOR_PALETTE.length))
    .range(SECTOR_PALETTE)
    .unknown(OVERFLOW_COLOUR);
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

/** Shape carries tier, so colour is never the only cue. */
export const TIER_SHAPE: Record<Tier, "star" | "round-diamond" | "ellipse"> = {
  commander: "star",
  medium: "round-diamond",
  small: "ellipse",
};
