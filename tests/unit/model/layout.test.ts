import { describe, expect, it } from "vitest";
import { buildElements, computeLayoutFor } from "../../../src/model/elements";
import { computeLayout, type LayoutInput } from "../../../src/model/layout";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { loadDefaultDataset } from "../../helpers/fixtures";

const shanxi = createNetworkIndex(loadDefaultDataset());

function overlaps(elements: ReturnType<typeof buildElements>): string[] {
  const found: string[] = [];
  const nodes = elements.nodes;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      if (!a || !b) continue;
      const distance = Math.hypot(a.position.x - b.position.x, a.position.y - b.position.y);
      if (distance < (a.data.size + b.data.size) / 2 + 4) found.push(`${a.data.id} ~ ${b.data.id}`);
    }
  }
  return found;
}

describe("computeLayout", () => {
  it("gives the same positions for the same input", () => {
    const first = computeLayoutFor(shanxi);
    const second = computeLayoutFor(createNetworkIndex(loadDefaultDataset()));
    expect([...second.positions]).toEqual([...first.positions]);
  });

  it("places every enterprise and overlaps no two nodes", () => {
    const elements = buildElements(shanxi, computeLayoutFor(shanxi), "en");
    expect(elements.nodes.every((n) => Number.isFinite(n.position.x) && Number.isFinite(n.position.y))).toBe(
      true,
    );
    expect(overlaps(elements)).toEqual([]);
  });

  it("keeps each sector in its own cluster box, with no two boxes intersecting", () => {
    const layout = computeLayoutFor(shanxi);
    expect(layout.clusters.map((c) => c.sector)).toEqual([
      "agmach",
      "coal",
      "fert",
      "power",
      "specialty",
      "ties",
    ]);
    for (const enterprise of shanxi.dataset.enterprises) {
      const box = layout.clusters.find((c) => c.sector === enterprise.sector);
      const p = layout.positions.get(enterprise.id);
      expect(
        box && p && p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2,
        enterprise.id,
      ).toBe(true);
    }
    for (const a of layout.clusters) {
      for (const b of layout.clusters) {
        if (a === b) continue;
        const apart = a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1;
        expect(apart, `${a.sector} and ${b.sector}`).toBe(true);
      }
    }
  });

  it("puts each commander at the centre of its contracted factories, medium inside small", () => {
    const layout = computeLayoutFor(shanxi);
    const hubs = [...shanxi.contractedBy].map(([commander, contracted]) => {
      const hub = layout.positions.get(commander);
      if (!hub) throw new Error(commander);
      const distance = (id: string) => {
        const p = layout.positions.get(id);
        return p ? Math.hypot(p.x - hub.x, p.y - hub.y) : Number.NaN;
      };
      const medium = contracted.filter((id) => shanxi.enterprises.get(id)?.tier === "medium").map(distance);
      const small = contracted.filter((id) => shanxi.enterprises.get(id)?.tier === "small").map(distance);
      return { commander, medium, small };
    });
    const withBothTiers = hubs.filter((h) => h.medium.length > 0 && h.small.length > 0);
    const rings = hubs.flatMap((h) => [h.medium, h.small].filter((ring) => ring.length > 1));
    // The 1958 networks have hubs with both tiers and rings of several spokes, so neither check is empty.
    expect(withBothTiers.length).toBeGreaterThan(0);
    expect(rings.length).toBeGreaterThan(0);
    for (const { commander, medium, small } of withBothTiers)
      expect(Math.max(...medium), commander).toBeLessThan(Math.min(...small));
    // All spokes of one ring are equidistant from the hub.
    for (const ring of rings) expect(Math.max(...ring) - Math.min(...ring)).toBeLessThan(0.1);
  });

  it("seats factories of the same prefecture next to each other on a ring", () => {
    const layout = computeLayoutFor(shanxi);
    const commander = "agmach-c5";
    const spokes = (shanxi.contractedBy.get(commander) ?? []).filter(
      (id) => shanxi.enterprises.get(id)?.tier === "small",
    );
    const hub = layout.positions.get(commander);
    if (!hub || spokes.length < 3) throw new Error("agmach-c5 should command a zone of counties");
    const angleOf = (id: string) => {
      const p = layout.positions.get(id);
      return p ? (Math.atan2(p.y - hub.y, p.x - hub.x) + 2.5 * Math.PI) % (2 * Math.PI) : 0;
    };
    const byAngle = [...spokes].sort((a, b) => angleOf(a) - angleOf(b));
    const order = byAngle.map((id) => shanxi.regionOrder.get(shanxi.enterprises.get(id)?.region ?? "") ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("lays out commander-less factories and a sector order it was not told about", () => {
    const nodes: LayoutInput[] = [
      { id: "a", sector: "x", tier: "commander", size: 30, order: 0 },
      { id: "b", sector: "x", tier: "small", size: 12, commander: "a", order: 1 },
      { id: "c", sector: "y", tier: "small", size: 12, order: 2 },
      { id: "d", sector: "y", tier: "medium", size: 18, commander: "missing", order: 3 },
    ];
    const layout = computeLayout(nodes, ["x"]);
    expect([...layout.positions.keys()].sort()).toEqual(["a", "b", "c", "d"]);
    expect(layout.clusters.map((c) => c.sector)).toEqual(["x", "y"]);
  });
});

describe("a file's own positions", () => {
  const node = (id: string, x: number, y: number, sector = "s"): LayoutInput => ({
    id,
    sector,
    tier: "medium",
    size: 20,
    order: 0,
    position: { x, y },
  });

  it("are kept when every node has one, and spread out when nodes would overlap", () => {
    const roomy = computeLayout([node("a", 0, 0), node("b", 300, 0), node("c", 0, 300, "t")], ["s", "t"]);
    expect([...roomy.positions].map(([id, p]) => [id, p.x, p.y])).toEqual([
      ["a", 0, 0],
      ["b", 300, 0],
      ["c", 0, 300],
    ]);
    expect(roomy.clusters.map((c) => c.sector)).toEqual(["s", "t"]);
    // Laid out in a unit square: scaled up evenly, so the shape is the file's.
    const cramped = computeLayout([node("a", 0, 0), node("b", 1, 0), node("c", 0, 1)], ["s"]);
    const b = cramped.positions.get("b");
    const c = cramped.positions.get("c");
    expect(b?.x).toBeGreaterThanOrEqual(40);
    expect(b?.x).toBe(c?.y);
  });

  it("are not used when only some nodes have one", () => {
    const mixed = computeLayout([node("a", 5, 5), { ...node("b", 0, 0), position: undefined }], ["s"]);
    expect(mixed.positions.get("a")).not.toMatchObject({ x: 5, y: 5 });
  });
});
