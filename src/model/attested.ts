/**
 * What the source attests about a network's size. Most records of the default dataset stand in for
 * members the article speaks of without naming ("twenty medium factories"): their names are invented,
 * so they are drawn and filtered as illustrative, yet that they existed, and how many, is attested.
 * A sector's `unnamedMembers` says so; this module counts with it and names the placeholders that
 * stand for such members when the provenance filter hides their stand-ins (filters.ts decides when).
 */
import type { Enterprise, UnnamedMembers } from "../data/schema";
import type { NetworkIndex } from "./networkIndex";

/** A record stands in for unnamed members when it has their tier and its existence rests on their quote. */
export function standsFor(enterprise: Enterprise, members: UnnamedMembers): boolean {
  const { existence } = enterprise.provenance;
  return (
    enterprise.tier === members.tier &&
    existence.level === "attested" &&
    existence.quoteId === members.quoteId
  );
}

export interface SectorTally {
  total: number;
  /** Records drawn as attested, plus stand-ins up to the number the source gives for their group. */
  attested: number;
}

function unnamedBySector(index: NetworkIndex): Map<string, readonly UnnamedMembers[]> {
  return new Map(index.dataset.sectors.map((s) => [s.id, s.unnamedMembers ?? []]));
}

/** How many of `ids` each network has, and how many of those the source attests. */
export function tallyBySector(index: NetworkIndex, ids: Iterable<string>): Map<string, SectorTally> {
  const unnamed = unnamedBySector(index);
  const tallies = new Map<string, SectorTally>();
  const counted = new Map<UnnamedMembers, number>();
  for (const id of ids) {
    const enterprise = index.enterprises.get(id);
    if (!enterprise) continue;
    let tally = tallies.get(enterprise.sector);
    if (!tally) {
      tally = { total: 0, attested: 0 };
      tallies.set(enterprise.sector, tally);
    }
    tally.total += 1;
    if (index.level.get(id) === "attested") {
      tally.attested += 1;
      continue;
    }
    const group = unnamed.get(enterprise.sector)?.find((members) => standsFor(enterprise, members));
    const seen = group ? (counted.get(group) ?? 0) : 0;
    if (group?.count !== undefined && seen < group.count) {
      counted.set(group, seen + 1);
      tally.attested += 1;
    }
  }
  return tallies;
}

/** Whether the dataset attests anything at all; without it a split count would only say "0 attested". */
export function attestsAny(index: NetworkIndex): boolean {
  for (const level of index.level.values()) if (level === "attested") return true;
  return index.dataset.sectors.some((s) => s.unnamedMembers?.some((m) => m.count !== undefined));
}

export interface Placeholder {
  id: string;
  sector: string;
  members: UnnamedMembers;
}

export function placeholderId(sector: string, members: UnnamedMembers): string {
  return `unnamed:${sector}:${members.tier}:${members.quoteId}`;
}

/** Every group of unnamed members in the dataset, each as the placeholder that may stand for it. */
export function allPlaceholders(index: NetworkIndex): Placeholder[] {
  return index.dataset.sectors.flatMap((sector) =>
    (sector.unnamedMembers ?? []).map((members) => ({
      id: placeholderId(sector.id, members),
      sector: sector.id,
      members,
    })),
  );
}
