import type { Claim, DisplayLevel, LinkProvenance, Provenance } from "../data/schema";
import { PROVENANCE_LEVELS } from "../data/schema";

const RANK: Record<DisplayLevel, number> = { attested: 0, documented: 1, inferred: 2, illustrative: 3 };

function weakest(claims: Array<Claim | undefined>): DisplayLevel {
  let level: DisplayLevel = "attested";
  for (const claim of claims) {
    // An unidentified record is shown as what it is (an anonymous, attested thing), so `unknown` does not weaken it.
    if (!claim || claim.level === "unknown") continue;
    if (RANK[claim.level] > RANK[level]) level = claim.level;
  }
  return level;
}

/**
 * The level a node is drawn and filtered with: the weakest of the aspects the graph shows
 * (that it existed, who it was, its role). Location is shown separately in the details, since
 * the network layout is not geographic.
 */
export function enterpriseLevel(provenance: Provenance): DisplayLevel {
  return weakest([provenance.existence, provenance.identity, provenance.role]);
}

export function linkLevel(provenance: LinkProvenance): DisplayLevel {
  return weakest([provenance.existence, provenance.pairing]);
}

export function compareLevels(a: DisplayLevel, b: DisplayLevel): number {
  return RANK[a] - RANK[b];
}

export { PROVENANCE_LEVELS };
