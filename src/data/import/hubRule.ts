/**
 * Which enterprises count as hubs when no tier says so. A forest of stars (every link has an end with
 * no other link) keeps its centres as hubs. Any other network is sparing: a hub's degree stands well
 * above the rest, at least 3 and more than the mean plus 2 standard deviations. By Cantelli's
 * inequality at most a fifth of the nodes lie two standard deviations above the mean, so at most 20%
 * are hubs; "more than" rather than "at least" keeps a network where every node has the same degree
 * (standard deviation 0) free of hubs.
 */

export interface HubRule {
  /**
   * "stars": every link has a leaf end, so each centre (2 or more links) is a hub; "spread": degree
   * well above the rest.
   */
  basis: "stars" | "spread";
  minHubDegree: number;
  /** Over every node, isolated ones included. */
  meanDegree: number;
  standardDeviation: number;
}

/** The rule's floor: two links make a path, not a hub. */
export const MIN_SPREAD_HUB_DEGREE = 3;

export function degreesOf(
  nodeIds: Iterable<string>,
  links: ReadonlyArray<{ source: string; target: string }>,
): Map<string, number> {
  const degree = new Map<string, number>();
  for (const id of nodeIds) degree.set(id, 0);
  for (const { source, target } of links)
    for (const end of [source, target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return degree;
}

export function sparingHubRule(
  degree: ReadonlyMap<string, number>,
  links: ReadonlyArray<{ source: string; target: string }>,
): HubRule {
  const values = [...degree.values()];
  const count = Math.max(1, values.length);
  const meanDegree = values.reduce((sum, d) => sum + d, 0) / count;
  const variance = values.reduce((sum, d) => sum + (d - meanDegree) ** 2, 0) / count;
  const standardDeviation = Math.sqrt(variance);
  const stats = { meanDegree, standardDeviation };
  const leaf = (id: string) => degree.get(id) === 1;
  if (links.length > 0 && links.every((l) => leaf(l.source) || leaf(l.target)))
    return { basis: "stars", minHubDegree: 2, ...stats };
  // Degrees are whole numbers: the least one above mean + 2 sd. The epsilon absorbs rounding (3.9999999 is 4).
  const aboveSpread = Math.floor(meanDegree + 2 * standardDeviation + 1e-9) + 1;
  return { basis: "spread", minHubDegree: Math.max(MIN_SPREAD_HUB_DEGREE, aboveSpread), ...stats };
}
