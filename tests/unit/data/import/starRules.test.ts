/** The one note that replaces the star-rule warnings for a network that is not a set of stars. */
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../../src/data/import/importFiles";
import { SECTOR_PALETTE } from "../../../../src/model/scales";
import { fileFromBytes } from "../../../helpers/importFixtures";

async function noteFor(csv: string) {
  const file = fileFromBytes("links.csv", new TextEncoder().encode(csv));
  const result = await importFiles([file], { paletteSize: SECTOR_PALETTE.length });
  expect(result.ok).toBe(true);
  return result.warnings.filter((w) => w.code === "not-hub-and-spoke").map((w) => [w.en, w.zh]);
}

const spokes = (hub: string, names: string[]) => names.map((name) => `${hub},${name}`);

describe("the note on a network that is not a set of stars", () => {
  it("counts the links between spokes and the spokes shared by two real hubs", async () => {
    const rows = [
      "source,target",
      ...spokes("H1", ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "shared"]),
      ...spokes("H2", ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "shared"]),
      "a1,a2",
    ];
    expect(await noteFor(rows.join("\n"))).toEqual([
      [
        "this network is not a set of stars: 1 link(s) join two nodes that are not hubs and 1 node(s) link to more than one hub; it is drawn as it is (nothing to do)",
        "这个网络不是若干星形：1 条连线连接两个非枢纽节点，1 个节点与多个枢纽相连；按原样绘制（无需处理）",
      ],
    ]);
  });

  it("names only what happens: spokes shared by hubs, with no link between spokes", async () => {
    const rows = [
      "source,target",
      ...spokes("H1", ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "shared"]),
      ...spokes("H2", ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "shared"]),
    ];
    expect((await noteFor(rows.join("\n"))).map(([en]) => en)).toEqual([
      "this network is not a set of stars: 1 node(s) link to more than one hub; it is drawn as it is (nothing to do)",
    ]);
  });

  it("does not speak of hubs that a chain does not have", async () => {
    const chain = ["source,target", "a,b", "b,c", "c,d", "d,e", "e,f"].join("\n");
    expect(await noteFor(chain)).toEqual([
      [
        "no node meets the hub rule; it is drawn as it is (nothing to do)",
        "没有节点符合枢纽规则；按原样绘制（无需处理）",
      ],
    ]);
  });
});
