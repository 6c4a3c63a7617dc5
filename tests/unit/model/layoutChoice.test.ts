import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/schema";
import {
  MAX_LINKS_OUTSIDE_STARS,
  placedByFile,
  starFit,
  suggestLayout,
} from "../../../src/model/layoutChoice";
import { loadDefaultDataset } from "../../helpers/fixtures";
import { importFixtures } from "../../helpers/importFixtures";

async function opened(name: string): Promise<Dataset> {
  const result = await importFixtures(name);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.dataset;
}

type Tiered = Pick<Dataset, "enterprises" | "links">;

/** A network from hub ids and links written "a-b"; every other end is a small node. */
function network(hubs: string[], links: string[]): Tiered {
  const ids = [...new Set(links.flatMap((l) => l.split("-")))];
  const enterprises = ids.map((id) => ({
    id,
    name: { en: id },
    sector: "s",
    tier: hubs.includes(id) ? ("commander" as const) : ("small" as const),
    provenance: { existence: { level: "unknown" as const } },
  }));
  return {
    enterprises,
    links: links.map((l, i) => {
      const [source = "", target = ""] = l.split("-");
      return { id: `l${i}`, source, target, provenance: { existence: { level: "unknown" as const } } };
    }),
  } as Tiered;
}

describe("suggestLayout", () => {
  it("keeps the 1958 networks as stars: every link runs from a commander to its own factory", () => {
    const shanxi = loadDefaultDataset();
    expect(starFit(shanxi)).toMatchObject({ outside: 0, links: shanxi.links.length });
    expect(suggestLayout(shanxi)).toBe("stars");
  });

  it("lays a star forest out as stars and a network of many cross links by links", async () => {
    expect(suggestLayout(await opened("edge-list.valid.csv"))).toBe("stars");
    expect(suggestLayout(await opened("trade.links.valid.csv"))).toBe("links");
    // No node stands out as a hub in the grove, so there is no star to draw.
    const grove = await opened("grove.links.valid.csv");
    expect(starFit(grove)).toMatchObject({ hubs: 0, links: 36, outside: 36 });
    expect(suggestLayout(grove)).toBe("links");
  });

  it("counts links between hubs, between spokes and to a spoke's second hub as outside the stars", () => {
    const fit = starFit(network(["h", "k"], ["h-a", "h-b", "k-c", "h-k", "a-b", "k-a"]));
    // h-k joins two hubs, a-b two spokes; a reaches two hubs, so both its hub links cross the drawing.
    expect(fit).toEqual({ links: 6, outside: 4, hubs: 2 });
  });

  it("switches to links once more than one link in ten falls outside the stars", () => {
    const spokes = Array.from({ length: 8 }, (_, i) => `h-s${i}`);
    // Ten links, one between the hubs: exactly one in ten.
    const atLimit = network(["h", "k"], [...spokes, "k-t", "h-k"]);
    expect(starFit(atLimit)).toEqual({ links: 10, outside: 1, hubs: 2 });
    expect(MAX_LINKS_OUTSIDE_STARS).toBe(0.1);
    expect(suggestLayout(atLimit)).toBe("stars");
    // Ten links, two outside: one between the hubs, one between two spokes.
    const over = network(["h", "k"], [...spokes.slice(1), "k-t", "h-k", "s1-s2"]);
    expect(starFit(over)).toEqual({ links: 10, outside: 2, hubs: 2 });
    expect(suggestLayout(over)).toBe("links");
  });

  it("lays out by links a linked network without hubs, and keeps stars when there is no link", () => {
    expect(suggestLayout(network([], ["a-b", "b-c", "c-a"]))).toBe("links");
    const lonely = { ...network([], ["a-b"]), links: [] };
    expect(suggestLayout(lonely)).toBe("stars");
    // A self-loop is neither in nor outside a star.
    expect(starFit(network(["h"], ["h-a", "a-a"]))).toEqual({ links: 1, outside: 0, hubs: 1 });
  });
});

describe("placedByFile", () => {
  it("is true only when the file placed every node", async () => {
    const depots = await opened("depots.valid.gexf");
    expect(placedByFile(depots)).toBe(true);
    const [first, ...rest] = depots.enterprises;
    if (!first) throw new Error("no node");
    const { position: _, ...unplaced } = first;
    expect(placedByFile({ enterprises: [unplaced, ...rest] })).toBe(false);
    expect(placedByFile({ enterprises: [] })).toBe(false);
  });
});
