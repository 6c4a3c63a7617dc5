import { describe, expect, it } from "vitest";
import { arrangeElements, buildElements, computeLayoutFor } from "../../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS } from "../../../src/model/filters";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { packNetworks } from "../../../src/model/packing";
import { loadDefaultDataset } from "../../helpers/fixtures";

const shanxi = createNetworkIndex(loadDefaultDataset());
const sectorOrder = shanxi.dataset.sectors.map((s) => s.id);
const elements = buildElements(shanxi, computeLayoutFor(shanxi), "en");

function shownBy(filters: Partial<typeof EMPTY_FILTERS>) {
  const visibility = computeVisibility(shanxi, { ...EMPTY_FILTERS, ...filters });
  return (id: string) => visibility.matching.has(id) || visibility.context.has(id);
}

function extent(positions: Map<string, { x: number; y: number }>, ids: Iterable<string>) {
  const points = [...ids].map((id) => positions.get(id)).filter((p) => p !== undefined);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
}

const idsOf = (sector: string) =>
  elements.nodes.filter((n) => n.data.sector === sector).map((n) => n.data.id);

describe("packNetworks", () => {
  it("places boxes side by side in a wide frame and one above the other in a tall one", () => {
    const nodes = [
      { id: "a", sector: "s1", x: 0, y: 0, size: 10 },
      { id: "b", sector: "s2", x: 1000, y: 5000, size: 10 },
    ];
    const wide = packNetworks(nodes, () => true, ["s1", "s2"], 4);
    const tall = packNetworks(nodes, () => true, ["s1", "s2"], 0.25);
    const at = (p: typeof wide, id: string, x: number, y: number) => {
      const offset = p.offsets.get(id);
      return offset ? { x: x + offset.dx, y: y + offset.dy } : null;
    };
    const wideA = at(wide, "s1", 0, 0);
    const wideB = at(wide, "s2", 1000, 5000);
    expect(wideB?.x).toBeGreaterThan(wideA?.x ?? Number.POSITIVE_INFINITY);
    expect(wideB?.y).toBe(wideA?.y);
    const tallA = at(tall, "s1", 0, 0);
    const tallB = at(tall, "s2", 1000, 5000);
    expect(tallB?.y).toBeGreaterThan(tallA?.y ?? Number.POSITIVE_INFINITY);
    expect(tallB?.x).toBe(tallA?.x);
  });

  it("leaves out networks with nothing shown and keeps the sector list's order", () => {
    const nodes = ["s1", "s2", "s3"].map((sector, i) => ({ id: sector, sector, x: i * 500, y: 0, size: 10 }));
    const placement = packNetworks(nodes, (id) => id !== "s2", ["s3", "s2", "s1"], 10);
    expect([...placement.offsets.keys()]).toEqual(["s3", "s1"]);
    const s3 = 1000 + (placement.offsets.get("s3")?.dx ?? 0);
    const s1 = 0 + (placement.offsets.get("s1")?.dx ?? 0);
    expect(s3).toBeLessThan(s1);
  });
});

describe("arrangeElements", () => {
  it("moves each network as a whole: the star layout inside it is kept", () => {
    const positions = arrangeElements(elements, shownBy({ sectors: ["coal", "power"] }), sectorOrder, 1.9);
    for (const sector of ["coal", "power"]) {
      const [first, ...rest] = elements.nodes.filter((n) => n.data.sector === sector);
      if (!first) throw new Error(`no ${sector} node`);
      const moved = positions.get(first.data.id);
      if (!moved) throw new Error(`${first.data.id} not placed`);
      const dx = moved.x - first.position.x;
      const dy = moved.y - first.position.y;
      for (const node of rest) {
        expect(positions.get(node.data.id)?.x).toBeCloseTo(node.position.x + dx, 1);
        expect(positions.get(node.data.id)?.y).toBeCloseTo(node.position.y + dy, 1);
      }
    }
    expect(positions.has(idsOf("agmach")[0] ?? "")).toBe(false);
  });

  it("packs two networks so that together they fill a laptop's frame better than where the full layout put them", () => {
    const shown = shownBy({ sectors: ["coal", "power"] });
    const ids = [...idsOf("coal"), ...idsOf("power")];
    const aspect = 1366 / 700;
    const before = extent(new Map(elements.nodes.map((n) => [n.data.id, n.position])), ids);
    const after = extent(arrangeElements(elements, shown, sectorOrder, aspect), ids);
    const scale = (e: ReturnType<typeof extent>) => Math.min(aspect / (e.x2 - e.x1), 1 / (e.y2 - e.y1));
    expect(scale(after)).toBeGreaterThan(scale(before) * 1.3);
  });

  it("gives the same positions for the same filters and frame", () => {
    const first = arrangeElements(elements, shownBy({ regions: ["yanbei"] }), sectorOrder, 1.5);
    const second = arrangeElements(elements, shownBy({ regions: ["yanbei"] }), sectorOrder, 1.5);
    expect([...second]).toEqual([...first]);
    expect(first.size).toBeGreaterThan(0);
  });

  it("puts each network's title above the nodes it shows", () => {
    const positions = arrangeElements(elements, shownBy({}), sectorOrder, 1.9);
    for (const title of elements.titles) {
      const at = positions.get(title.data.id);
      if (!at) throw new Error(`${title.data.id} not placed`);
      const nodes = extent(positions, idsOf(title.data.sector));
      expect(at.y).toBeLessThan(nodes.y1);
      expect(at.x).toBeGreaterThan(nodes.x1 - 1);
      expect(at.x).toBeLessThan(nodes.x2 + 1);
    }
  });
});
