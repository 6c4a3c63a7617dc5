import { describe, expect, it } from "vitest";
import { computeVisibility, EMPTY_FILTERS } from "../../../src/model/filters";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { regionsMatching } from "../../../src/model/regionSearch";
import { placeSearchText } from "../../../src/model/search";
import { loadDefaultDataset } from "../../helpers/fixtures";

const index = createNetworkIndex(loadDefaultDataset());
const inRegion = (id: string) => [...index.regionPath.values()].filter((path) => path.includes(id)).length;
const found = (query: string) => computeVisibility(index, { ...EMPTY_FILTERS, query }).matching;

describe("search by region", () => {
  it("finds every enterprise of a prefecture by its name in English, pinyin or Chinese", () => {
    const yanbei = inRegion("yanbei");
    expect(yanbei).toBeGreaterThan(20);
    for (const query of ["Yanbei", "yànběi", "雁北", "Yanbei Prefecture"])
      expect(found(query).size, query).toBeGreaterThanOrEqual(yanbei);
  });

  it("finds a city's enterprises, Xishan Mining among Taiyuan's", () => {
    expect(found("Taiyuan").has("xishan-mining")).toBe(true);
    expect(found("太原").has("xishan-mining")).toBe(true);
  });

  it("offers the regions a query names, the largest first, and none for a plain name", () => {
    expect(regionsMatching(index, "雁北").map((m) => [m.region.id, m.count])).toEqual([
      ["yanbei", inRegion("yanbei")],
    ]);
    expect(regionsMatching(index, "Lingqiu").map((m) => m.region.id)).toEqual(["lingqiu"]);
    expect(regionsMatching(index, "Xishan Mining")).toEqual([]);
    expect(regionsMatching(index, "  ")).toEqual([]);
  });
});

describe("placeSearchText", () => {
  it("starts each of a place's names with a bar", () => {
    expect(placeSearchText(["雁北专区", "Yanbei Prefecture", "Yànběi Zhuānqū"])).toBe(
      "|雁北专区|yanbeiprefecture|yanbeizhuanqu",
    );
  });

  it("matches a place from the start of its name", () => {
    expect(found("anbei").size).toBeLessThan(found("Yanbei").size / 4);
    expect(found("Yanbei Prefecture").size).toBe(found("Yanbei").size);
  });
});
