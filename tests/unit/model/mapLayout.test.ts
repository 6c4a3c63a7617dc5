import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/schema";
import { buildElements, computeLayoutFor } from "../../../src/model/elements";
import { computeMapLayout, fitMapFrame, ringOffsets } from "../../../src/model/mapLayout";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { loadDefaultDataset } from "../../helpers/fixtures";

const dataset = loadDefaultDataset();
const shanxi = createNetworkIndex(dataset);
const nodesOf = (index: typeof shanxi) =>
  buildElements(index, computeLayoutFor(index), "en").nodes.map((n) => ({
    id: n.data.id,
    size: n.data.size,
  }));
const layout = computeMapLayout(shanxi, nodesOf(shanxi));
if (!layout) throw new Error("the 1958 dataset has region points");

const seat = (regionId: string) => {
  const found = layout.seats.find((s) => s.regionId === regionId);
  if (!found) throw new Error(`no seat for ${regionId}`);
  return found;
};
const at = (id: string) => {
  const found = layout.positions.get(id);
  if (!found) throw new Error(`no position for ${id}`);
  return found;
};

describe("fitMapFrame", () => {
  it("puts west on the left and north at the top", () => {
    const frame = fitMapFrame([
      { lon: 111, lat: 36 },
      { lon: 114, lat: 40 },
    ]);
    if (!frame) throw new Error("expected a frame");
    const [westX = 0, southY = 0] = frame.projection([111, 36]) ?? [];
    const [eastX = 0, northY = 0] = frame.projection([114, 40]) ?? [];
    expect(westX).toBeLessThan(eastX);
    expect(northY).toBeLessThan(southY);
  });

  it("gives a frame for a single point", () => {
    const frame = fitMapFrame([{ lon: 112.5, lat: 37.9 }]);
    expect(frame?.width).toBeGreaterThan(0);
    expect(frame?.height).toBeGreaterThan(0);
  });

  it("has no frame without points", () => {
    expect(fitMapFrame([])).toBeNull();
  });
});

describe("computeMapLayout on the 1958 data", () => {
  it("keeps every county seat inside the fitted frame", () => {
    expect(layout.seats.length).toBe(dataset.regions.length);
    for (const s of layout.seats) {
      expect(s.x).toBeGreaterThan(0);
      expect(s.x).toBeLessThan(layout.frame.width);
      expect(s.y).toBeGreaterThan(0);
      expect(s.y).toBeLessThan(layout.frame.height);
    }
  });

  it("is taller than wide, like Shanxi, with Hequ west of Guangling and Tianzhen north of Ruicheng", () => {
    expect(layout.frame.height).toBeGreaterThan(layout.frame.width * 1.3);
    expect(seat("hequ").x).toBeLessThan(seat("guangling").x);
    expect(seat("tianzhen").y).toBeLessThan(seat("ruicheng").y);
  });

  it("puts a lone county factory at its county's seat", () => {
    const lone = dataset.enterprises.filter(
      (e) => e.region === "tianzhen" || e.region === "guangling" || e.region === "hequ",
    );
    expect(lone.length).toBeGreaterThan(0);
    for (const enterprise of lone) {
      const sharing = dataset.enterprises.filter((e) => e.region === enterprise.region);
      if (sharing.length !== 1) continue;
      const s = seat(enterprise.region ?? "");
      expect(at(enterprise.id)).toEqual({ x: s.x, y: s.y });
    }
  });

  it("rings the factories of one county around its seat without overlaps", () => {
    const inQingxu = dataset.enterprises.filter((e) => e.region === "qingxu").map((e) => e.id);
    expect(inQingxu.length).toBeGreaterThan(1);
    const centre = seat("qingxu");
    const distances = inQingxu.map((id) => Math.hypot(at(id).x - centre.x, at(id).y - centre.y));
    const radius = distances[0] ?? 0;
    expect(radius).toBeGreaterThan(0);
    for (const d of distances) expect(d).toBeCloseTo(radius, 6);
    const sizes = new Map(nodesOf(shanxi).map((n) => [n.id, n.size]));
    for (let i = 0; i < inQingxu.length; i++)
      for (let j = i + 1; j < inQingxu.length; j++) {
        const a = inQingxu[i] ?? "";
        const b = inQingxu[j] ?? "";
        const gap = Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
        expect(gap).toBeGreaterThanOrEqual(((sizes.get(a) ?? 0) + (sizes.get(b) ?? 0)) / 2);
      }
  });

  it("puts the commanders whose location is unknown in the strip, left of every seat", () => {
    const unknown = ["agmach-c1", "agmach-c2", "agmach-c3", "agmach-c4", "agmach-c5", "province-soes"];
    expect(layout.strip?.ids).toEqual(expect.arrayContaining(unknown));
    const westmost = Math.min(...layout.seats.map((s) => s.x));
    for (const id of unknown) expect(at(id).x).toBeLessThan(westmost);
    for (const id of layout.strip?.ids ?? []) {
      const enterprise = shanxi.enterprises.get(id);
      const region = enterprise?.region ? shanxi.regions.get(enterprise.region) : undefined;
      expect(region?.point).toBeUndefined();
    }
  });

  it("puts a commander with a known region at its region's seat", () => {
    const fenjiu = at("fenjiu");
    const s = seat("fenyang");
    // Fenyang's seat may hold the commander's factories too: the commander comes first, at the ring's top.
    const sharing = dataset.enterprises.filter((e) => e.region === "fenyang").length;
    if (sharing === 1) expect(fenjiu).toEqual({ x: s.x, y: s.y });
    else {
      expect(fenjiu.x).toBeCloseTo(s.x, 6);
      expect(fenjiu.y).toBeLessThan(s.y);
    }
  });

  it("places every enterprise, the same way each time", () => {
    expect(layout.positions.size).toBe(dataset.enterprises.length);
    const again = computeMapLayout(createNetworkIndex(loadDefaultDataset()), nodesOf(shanxi));
    expect([...(again?.positions ?? [])]).toEqual([...layout.positions]);
  });
});

describe("computeMapLayout without points", () => {
  it("has no map", () => {
    const bare: Dataset = {
      ...dataset,
      regions: dataset.regions.map(({ point: _point, ...region }) => region),
    };
    const index = createNetworkIndex(bare);
    expect(computeMapLayout(index, nodesOf(index))).toBeNull();
  });
});

describe("ringOffsets", () => {
  it("leaves a single node on its point and spaces several evenly from the top", () => {
    expect(ringOffsets([13])).toEqual([{ dx: 0, dy: 0 }]);
    const four = ringOffsets([13, 13, 13, 13]);
    expect(four[0]?.dx).toBeCloseTo(0, 9);
    expect(four[0]?.dy).toBeLessThan(0);
    expect(four[2]?.dy).toBeCloseTo(-(four[0]?.dy ?? 0), 9);
  });
});
