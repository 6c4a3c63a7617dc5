import { describe, expect, it } from "vitest";
import {
  computeFacetCounts,
  computeVisibility,
  EMPTY_FILTERS,
  type Filters,
} from "../../../src/model/filters";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { filtersShowing, isShown } from "../../../src/model/reveal";
import { loadDefaultDataset, loadValidFixture } from "../../helpers/fixtures";

const index = createNetworkIndex(loadValidFixture("minimal.valid.json"));
const filters = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe("computeVisibility", () => {
  it("shows everything without filters", () => {
    const visibility = computeVisibility(index, EMPTY_FILTERS);
    expect(visibility.matching.size).toBe(6);
    expect(visibility.context.size).toBe(0);
    expect(visibility.links.size).toBe(4);
  });

  it("filters by sector", () => {
    const visibility = computeVisibility(index, filters({ sectors: ["coal"] }));
    expect(sorted(visibility.matching)).toEqual(["coal-c1", "coal-s1"]);
    expect(sorted(visibility.links)).toEqual(["l4"]);
  });

  it("includes a prefecture's counties and keeps their commander as context", () => {
    const visibility = computeVisibility(index, filters({ regions: ["north"] }));
    expect(sorted(visibility.matching)).toEqual(["ag-m1", "ag-s1"]);
    expect(sorted(visibility.context)).toEqual(["ag-c1"]);
    expect(sorted(visibility.links)).toEqual(["l1", "l2"]);
  });

  it("combines several regions and a tier", () => {
    const visibility = computeVisibility(
      index,
      filters({ regions: ["lingqiu", "linfen"], tiers: ["small"] }),
    );
    expect(sorted(visibility.matching)).toEqual(["ag-s2", "coal-s1"]);
    expect(sorted(visibility.context)).toEqual(["ag-c1", "coal-c1"]);
  });

  it("hides illustrative records when only stronger levels are chosen", () => {
    const visibility = computeVisibility(
      index,
      filters({ provenance: ["attested", "documented", "inferred"] }),
    );
    expect(sorted(visibility.matching)).toEqual(["ag-c1", "coal-c1"]);
    expect(visibility.links.size).toBe(0);
  });

  it("searches Chinese, pinyin with tones or spaces, and English", () => {
    const search = (query: string) => sorted(computeVisibility(index, filters({ query })).matching);
    expect(search("浑源")).toEqual(["ag-s1"]);
    expect(search("Hún Yuán")).toEqual(["ag-s1"]);
    expect(search("hunyuanxian")).toEqual(["ag-s1"]);
    expect(search("mining administration")).toEqual(["coal-c1"]);
    expect(search("no such thing")).toEqual([]);
  });
});

describe("computeFacetCounts", () => {
  it("counts each facet value under the other active filters", () => {
    const counts = computeFacetCounts(index, filters({ sectors: ["coal"], tiers: ["small"] }));
    // Sector counts ignore the sector filter but respect the tier filter.
    expect(counts.sectors.get("agmach")).toBe(2);
    expect(counts.sectors.get("coal")).toBe(1);
    // Tier counts ignore the tier filter but respect the sector filter.
    expect(counts.tiers.get("commander")).toBe(1);
    expect(counts.tiers.get("small")).toBe(1);
    // A prefecture counts its counties.
    expect(counts.regions.get("south")).toBe(1);
  });

  it("gives the default dataset's coal network a count that matches its filter", () => {
    const shanxi = createNetworkIndex(loadDefaultDataset());
    const counts = computeFacetCounts(shanxi, EMPTY_FILTERS);
    const coal = computeVisibility(shanxi, filters({ sectors: ["coal"] }));
    expect(counts.sectors.get("coal")).toBe(coal.matching.size);
    expect(coal.matching.size).toBeGreaterThan(5);
  });
});

describe("filtersShowing", () => {
  const shanxi = createNetworkIndex(loadDefaultDataset());
  const shows = (f: Filters, id: string) => isShown(computeVisibility(shanxi, f), id);

  it("adds the network, tier and level that hide an enterprise and keeps the other choices", () => {
    const hiding = filters({ sectors: ["power"], tiers: ["small"], provenance: ["documented"] });
    expect(shows(hiding, "datong-mining")).toBe(false);
    const widened = filtersShowing(shanxi, hiding, "datong-mining");
    expect(widened.sectors).toEqual(["power", "coal"]);
    expect(widened.tiers).toEqual(["small", "commander"]);
    expect(shows(widened, "datong-mining")).toBe(true);
  });

  it("adds the enterprise's own region and clears a search that misses it", () => {
    const hiding = filters({ regions: ["jinnan"], query: "Taiyuan" });
    const widened = filtersShowing(shanxi, hiding, "datong-mining");
    expect(widened.regions).toEqual(["jinnan", "datong"]);
    expect(widened.query).toBe("");
    expect(shows(widened, "datong-mining")).toBe(true);
  });

  it("changes nothing for an enterprise the filters already show", () => {
    const showing = filters({ sectors: ["coal"] });
    expect(filtersShowing(shanxi, showing, "datong-mining")).toEqual(showing);
  });
});
