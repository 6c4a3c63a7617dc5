import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/data/import/importFiles";
import type { Dataset } from "../../../src/data/schema";
import { computeLayoutFor } from "../../../src/model/elements";
import { layoutByLinks, type Point } from "../../../src/model/linkLayout";
import { linkLayoutInput } from "../../../src/model/linkLayoutInput";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { SECTOR_PALETTE } from "../../../src/model/scales";
import { fileFromBytes, importFixture } from "../../helpers/importFixtures";

async function open(...files: Parameters<typeof importFiles>[0]): Promise<Dataset> {
  const result = await importFiles(files, { paletteSize: SECTOR_PALETTE.length });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

/** The layout as a map from id to position. */
function positionsByLinks(dataset: Dataset, onProgress?: (fraction: number) => void): Map<string, Point> {
  const input = linkLayoutInput(dataset);
  const xy = layoutByLinks(input, onProgress);
  return new Map(
    input.ids.map((id, i) => [id, { x: xy[2 * i] ?? Number.NaN, y: xy[2 * i + 1] ?? Number.NaN }]),
  );
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function at(positions: ReadonlyMap<string, Point>, id: string): Point {
  const p = positions.get(id);
  if (!p) throw new Error(`no position for ${id}`);
  return p;
}

describe("layoutByLinks", () => {
  it("gives the same file the same positions, however often it is opened", async () => {
    const first = positionsByLinks(await open(importFixture("grove.links.valid.csv")));
    const second = positionsByLinks(await open(importFixture("grove.links.valid.csv")));
    expect([...second]).toEqual([...first]);
    const trade = await open(importFixture("trade.links.valid.csv"));
    expect([...positionsByLinks(trade)]).toEqual([...positionsByLinks(trade)]);
  });

  it("places every node at a finite, distinct place, spread out rather than stacked", async () => {
    for (const name of ["grove.links.valid.csv", "trade.links.valid.csv"]) {
      const dataset = await open(importFixture(name));
      const positions = positionsByLinks(dataset);
      expect(positions.size, name).toBe(dataset.enterprises.length);
      const points = [...positions.values()];
      expect(
        points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
        name,
      ).toBe(true);
      const nearest = points.map((p) =>
        Math.min(...points.filter((q) => q !== p).map((q) => distance(p, q))),
      );
      // No two nodes on one spot, and the typical node has room for its label beside it.
      expect(Math.min(...nearest), name).toBeGreaterThan(20);
      expect(nearest.sort((a, b) => a - b)[Math.floor(nearest.length / 2)], name).toBeGreaterThanOrEqual(79);
    }
  });

  it("draws linked nodes closer together than unlinked ones", async () => {
    const dataset = await open(importFixture("grove.links.valid.csv"));
    const positions = positionsByLinks(dataset);
    const linked = new Set(dataset.links.map((l) => [l.source, l.target].sort().join("|")));
    const ids = dataset.enterprises.map((e) => e.id);
    const [near, far] = [[] as number[], [] as number[]];
    for (const [i, a] of ids.entries())
      for (const b of ids.slice(i + 1))
        (linked.has([a, b].sort().join("|")) ? near : far).push(distance(at(positions, a), at(positions, b)));
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean(near) * 2.5).toBeLessThan(mean(far));
    // The three groves of the fixture are each drawn together: Alder is nearer Birch than Oak.
    expect(distance(at(positions, "Alder"), at(positions, "Birch"))).toBeLessThan(
      distance(at(positions, "Alder"), at(positions, "Oak")),
    );
  });

  it("lays each network out on its own links, and reports progress up to done", async () => {
    const nodes = [
      "id,sector",
      ...["a", "b", "c", "d"].map((id) => `${id},north`),
      ...["e", "f", "g"].map((id) => `${id},south`),
    ].join("\n");
    const links = "source,target\na,b\nb,c\nc,d\nd,a\ne,f\nf,g\ng,e\na,e\n";
    const encode = (text: string) => new TextEncoder().encode(text);
    const dataset = await open(
      fileFromBytes("towns.nodes.csv", encode(nodes)),
      fileFromBytes("towns.links.csv", encode(links)),
    );
    const progress: number[] = [];
    const positions = positionsByLinks(dataset, (fraction) => progress.push(fraction));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((f, i) => i === 0 || f >= (progress[i - 1] ?? 0))).toBe(true);
    expect(progress.at(-1)).toBe(1);
    // Each network is centred on its own: the packing places them apart in any case.
    for (const members of [
      ["a", "b", "c", "d"],
      ["e", "f", "g"],
    ]) {
      const cx = members.reduce((s, id) => s + at(positions, id).x, 0) / members.length;
      expect(Math.abs(cx)).toBeLessThan(60);
    }
  });

  it("gives positions that the star layout's code keeps as given", async () => {
    const dataset = await open(importFixture("grove.links.valid.csv"));
    const byLinks = positionsByLinks(dataset);
    const placed = {
      ...dataset,
      enterprises: dataset.enterprises.map((e) => ({ ...e, position: at(byLinks, e.id) })),
    };
    const layout = computeLayoutFor(createNetworkIndex(placed));
    for (const [id, p] of byLinks) expect(layout.positions.get(id)).toMatchObject(p);
  });
});
