import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { degreesOf, sparingHubRule } from "../../../../src/data/import/hubRule";

type Edge = { source: string; target: string };

function hubsOf(nodes: string[], links: Edge[]) {
  const degree = degreesOf(nodes, links);
  const rule = sparingHubRule(degree, links);
  return { rule, hubs: nodes.filter((id) => (degree.get(id) ?? 0) >= rule.minHubDegree) };
}

/** Each of `count` nodes linked to its `reach` nearest neighbours on either side: every degree is 2 × reach. */
function ringLattice(count: number, reach: number): { nodes: string[]; links: Edge[] } {
  const nodes = Array.from({ length: count }, (_, i) => `n${i}`);
  const links: Edge[] = [];
  for (let i = 0; i < count; i++)
    for (let step = 1; step <= reach; step++)
      links.push({ source: `n${i}`, target: `n${(i + step) % count}` });
  return { nodes, links };
}

function withLeaders(lattice: { nodes: string[]; links: Edge[] }, leaders: number, followers: number) {
  const nodes = [...lattice.nodes];
  const links = [...lattice.links];
  for (let l = 0; l < leaders; l++) {
    nodes.push(`leader${l}`);
    for (let f = 0; f < followers; f++)
      links.push({
        source: `leader${l}`,
        target: lattice.nodes[(l * 7 + f * 2) % lattice.nodes.length] ?? "",
      });
  }
  return { nodes, links };
}

describe("sparing hub inference", () => {
  it("keeps a single star's centre as its hub", () => {
    const nodes = ["hub", ...Array.from({ length: 10 }, (_, i) => `s${i}`)];
    const links = nodes.slice(1).map((id) => ({ source: "hub", target: id }));
    const { rule, hubs } = hubsOf(nodes, links);
    expect(rule.basis).toBe("stars");
    expect(hubs).toEqual(["hub"]);
  });

  it("keeps every centre of a forest of small stars, as the old rule of 2 links did", () => {
    const nodes: string[] = [];
    const links: Edge[] = [];
    for (let h = 0; h < 5; h++) {
      nodes.push(`hub${h}`);
      for (let s = 0; s < 3; s++) {
        nodes.push(`hub${h}-s${s}`);
        links.push({ source: `hub${h}`, target: `hub${h}-s${s}` });
      }
    }
    const { rule, hubs } = hubsOf(nodes, links);
    expect(rule).toMatchObject({ basis: "stars", minHubDegree: 2 });
    expect(hubs).toEqual(["hub0", "hub1", "hub2", "hub3", "hub4"]);
  });

  it("finds exactly the two leaders of a densely linked network", () => {
    const { nodes, links } = withLeaders(ringLattice(30, 2), 2, 14);
    const { rule, hubs } = hubsOf(nodes, links);
    expect(rule.basis).toBe("spread");
    expect(hubs).toEqual(["leader0", "leader1"]);
  });

  it("finds exactly the three leaders of a densely linked network", () => {
    const { nodes, links } = withLeaders(ringLattice(40, 3), 3, 16);
    expect(hubsOf(nodes, links).hubs).toEqual(["leader0", "leader1", "leader2"]);
  });

  it("finds no hub where every node has about as many links as the others", () => {
    const { nodes, links } = ringLattice(24, 2);
    const { rule, hubs } = hubsOf(nodes, links);
    expect(rule).toMatchObject({ basis: "spread", meanDegree: 4, standardDeviation: 0, minHubDegree: 5 });
    expect(hubs).toEqual([]);
  });

  it("finds no hub in a ring, whose degree of 2 is under the floor of 3", () => {
    const { nodes, links } = ringLattice(12, 1);
    expect(hubsOf(nodes, links).hubs).toEqual([]);
  });

  it("never makes more than a fifth of the nodes hubs when the data is not a forest of stars", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 4, max: 40 })
          .chain((count) =>
            fc.tuple(
              fc.constant(count),
              fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { minLength: 1, maxLength: 150 }),
            ),
          ),
        ([count, pairs]) => {
          const nodes = Array.from({ length: count }, (_, i) => `n${i}`);
          const seen = new Set<string>();
          const links = pairs
            .filter(
              ([a, b]) =>
                a !== b && !seen.has(`${a}-${b}`) && !seen.has(`${b}-${a}`) && seen.add(`${a}-${b}`),
            )
            .map(([a, b]) => ({ source: `n${a}`, target: `n${b}` }));
          const { rule, hubs } = hubsOf(nodes, links);
          if (rule.basis === "spread") expect(hubs.length).toBeLessThanOrEqual(count / 5);
        },
      ),
      { numRuns: 300, seed: 18 },
    );
  });
});
