import { describe, expect, it } from "vitest";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { groupByRegion } from "../../../src/model/regionGroups";
import { loadDefaultDataset } from "../../helpers/fixtures";

const index = createNetworkIndex(loadDefaultDataset());
const contracted = (commander: string) => index.contractedBy.get(commander) ?? [];

describe("groupByRegion", () => {
  it("groups factories spread over several prefectures by prefecture, in the region tree's order", () => {
    const { within, groups } = groupByRegion(contracted("taiyuan-soes"), index);
    expect(within).toEqual([]);
    expect(groups.map((g) => g.regionId)).toEqual(["yanbei", "xinxian", "yuci", "changzhi", "jinnan"]);
  });

  it("groups factories of one prefecture by county and says the prefecture once", () => {
    const ids = contracted("agmach-c5");
    expect(ids).toHaveLength(34);
    const { within, groups } = groupByRegion(ids, index);
    expect(within).toEqual(["jinnan"]);
    expect(groups.every((g) => index.regions.get(g.regionId ?? "")?.kind === "county")).toBe(true);
    expect(groups.flatMap((g) => g.ids).sort()).toEqual([...ids].sort());
    const linfen = groups.find((g) => g.regionId === "linfen");
    expect(linfen?.ids).toEqual(["agmach-m17", "agmach-s-linfen"]);
    const order = groups.map((g) => index.regionOrder.get(g.regionId ?? "") ?? -1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("keeps a record placed only in the shared prefecture as that prefecture's own group", () => {
    const { within, groups } = groupByRegion(
      ["local-industry-jinnan", "agmach-s-quwo", "agmach-s-jishan"],
      index,
    );
    expect(within).toEqual(["jinnan"]);
    expect(groups.map((g) => g.regionId)).toEqual(["jinnan", "quwo", "jishan"]);
  });

  it("puts enterprises no source places last, in a group of their own", () => {
    const unplaced = index.dataset.enterprises.find((e) => e.region === undefined)?.id ?? "";
    const { groups } = groupByRegion([unplaced, "maozequ", "shigejie"], index);
    expect(groups.at(-1)).toEqual({ regionId: null, ids: [unplaced] });
    expect(groups.map((g) => g.regionId)).toEqual(["changzhi", "jinnan", null]);
  });

  it("returns no groups for no enterprises", () => {
    expect(groupByRegion([], index)).toEqual({ within: [], groups: [] });
  });
});
