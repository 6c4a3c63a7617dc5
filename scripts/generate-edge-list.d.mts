/** A seeded synthetic edge list (CSV with source and target) of `count` towns that is not hub-and-spoke. */
export function syntheticEdgeListText(count: number, options?: { seed?: number }): string;
