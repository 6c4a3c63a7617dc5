/**
 * Which layout an imported network gets by default. The star layout (layout.ts) draws each spoke on a
 * ring round its one hub; a link it cannot draw that way (between two hubs, between two spokes, or to a
 * spoke's second hub) crosses the drawing. When few links cross, stars read best; otherwise the network
 * is laid out by its links (linkLayout.ts).
 */
import type { Dataset } from "../data/schema";

/** Stars round the hubs, by links (force-directed), or where the file placed every node. */
export type LayoutKind = "stars" | "links" | "file";

/** Up to this share of links may fall outside the stars before the network is laid out by links. */
export const MAX_LINKS_OUTSIDE_STARS = 0.1;

export interface StarFit {
  links: number;
  /** Links the star layout cannot draw as a spoke of one hub. */
  outside: number;
  hubs: number;
}

/** How well a network fits a forest of stars; self-loops count for neither. */
export function starFit({ enterprises, links }: Pick<Dataset, "enterprises" | "links">): StarFit {
  const hubs = new Set(enterprises.filter((e) => e.tier === "commander").map((e) => e.id));
  const hubsOf = new Map<string, Set<string>>();
  const between: Array<[string, string]> = [];
  for (const link of links) {
    if (link.source === link.target) continue;
    between.push([link.source, link.target]);
    const [hub, spoke] = hubs.has(link.source) ? [link.source, link.target] : [link.target, link.source];
    if (!hubs.has(hub) || hubs.has(spoke)) continue;
    const set = hubsOf.get(spoke) ?? new Set();
    set.add(hub);
    hubsOf.set(spoke, set);
  }
  let outside = 0;
  for (const [a, b] of between) {
    const spoke = hubs.has(a) ? b : a;
    const hubEnds = Number(hubs.has(a)) + Number(hubs.has(b));
    if (hubEnds !== 1 || (hubsOf.get(spoke)?.size ?? 0) > 1) outside += 1;
  }
  return { links: between.length, outside, hubs: hubs.size };
}

/**
 * Stars for a forest of stars (at most one link in ten outside them, and at least one hub); by links
 * otherwise. A network without links has nothing to lay out by, so it keeps the stars.
 */
export function suggestLayout(dataset: Pick<Dataset, "enterprises" | "links">): "stars" | "links" {
  const fit = starFit(dataset);
  if (fit.links === 0) return "stars";
  if (fit.hubs === 0) return "links";
  return fit.outside / fit.links <= MAX_LINKS_OUTSIDE_STARS ? "stars" : "links";
}

/** Whether the file placed every node, so that its own drawing can be kept. */
export function placedByFile({ enterprises }: Pick<Dataset, "enterprises">): boolean {
  return enterprises.length > 0 && enterprises.every((e) => e.position !== undefined);
}
