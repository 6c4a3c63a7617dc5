import { describe, expect, it } from "vitest";
import { syntheticDatasetText } from "../../../scripts/generate-synthetic.mjs";
import { parseDatasetText } from "../../../src/data/loadDataset";
import { computeVisibility, EMPTY_FILTERS, type Filters } from "../../../src/model/filters";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { ancestorKeys, computeOutline, networkKey, visibleRows } from "../../../src/model/outline";
import { loadDefaultDataset } from "../../helpers/fixtures";

const index = createNetworkIndex(loadDefaultDataset());
const outlineFor = (patch: Partial<Filters>, lang: "en" | "zh" = "en") =>
  computeOutline(index, computeVisibility(index, { ...EMPTY_FILTERS, ...patch }), lang);

describe("computeOutline", () => {
  it("keeps commanders that cooperate with each other at the top of their network", () => {
    // The synthetic networks link each network's commanders in a ring.
    const loaded = parseDatasetText(syntheticDatasetText(400));
    if (!loaded.ok) throw new Error("the synthetic dataset does not load");
    const synthetic = createNetworkIndex(loaded.dataset);
    const commanders = loaded.dataset.enterprises.filter((e) => e.tier === "commander").map((e) => e.id);
    expect(
      loaded.dataset.links.some((l) => commanders.includes(l.source) && commanders.includes(l.target)),
    ).toBe(true);
    const outline = computeOutline(synthetic, computeVisibility(synthetic, EMPTY_FILTERS), "en");
    expect(outline).toHaveLength(loaded.dataset.sectors.length);
    expect(outline.flatMap((network) => network.children.map((c) => c.enterpriseId)).sort()).toEqual(
      commanders.sort(),
    );
    expect(outline.reduce((sum, network) => sum + network.count, 0)).toBe(400);
  });

  it("lists the five networks, each with its commanders and their contracted factories", () => {
    const outline = outlineFor({});
    expect(outline.map((item) => item.key)).toEqual(index.dataset.sectors.map((s) => networkKey(s.id)));
    const coal = outline.find((item) => item.sector === "coal");
    expect(coal?.label).toBe("Coal");
    expect(coal?.children.map((c) => c.enterpriseId)).toEqual([
      "datong-mining",
      "yangquan-mining",
      "xishan-mining",
      "fenxi-mining",
    ]);
    for (const commander of coal?.children ?? []) {
      expect(commander.children.map((c) => c.enterpriseId)).toEqual(
        index.contractedBy.get(commander.key) ?? [],
      );
    }
    // Every enterprise appears exactly once.
    const keys: string[] = [];
    const walk = (items: typeof outline) => {
      for (const item of items) {
        if (item.kind === "enterprise") keys.push(item.key);
        walk(item.children);
      }
    };
    walk(outline);
    expect(keys.length).toBe(index.enterprises.size);
    expect(new Set(keys).size).toBe(keys.length);
    expect(outline.reduce((sum, n) => sum + n.count, 0)).toBe(index.enterprises.size);
  });

  it("keeps only what the filters show, with commanders kept for context marked", () => {
    const outline = outlineFor({ regions: ["jinnan"] });
    const visibility = computeVisibility(index, { ...EMPTY_FILTERS, regions: ["jinnan"] });
    const all = outline.flatMap((n) => n.children.flatMap((c) => [c, ...c.children]));
    expect(new Set(all.map((i) => i.key))).toEqual(new Set([...visibility.matching, ...visibility.context]));
    for (const item of all) expect(item.context).toBe(visibility.context.has(item.key));
    expect(outlineFor({ query: "zzzz" })).toEqual([]);
  });

  it("names items in the chosen language", () => {
    const coal = outlineFor({ sectors: ["coal"] }, "zh")[0];
    expect(coal?.label).toBe("煤炭网");
    expect(coal?.children[0]?.label).toBe("大同矿务局");
  });
});

describe("visibleRows and ancestorKeys", () => {
  const outline = outlineFor({ sectors: ["coal", "power"] });

  it("walks only expanded branches, with level, position and set size", () => {
    const collapsed = visibleRows(outline, new Set());
    expect(collapsed.map((r) => [r.item.key, r.level, r.position, r.setSize])).toEqual([
      ["network:coal", 1, 1, 2],
      ["network:power", 1, 2, 2],
    ]);
    const rows = visibleRows(outline, new Set(["network:coal", "datong-mining"]));
    expect(rows[1]).toMatchObject({ level: 2, parentKey: "network:coal", position: 1, setSize: 4 });
    expect(rows[1]?.item.key).toBe("datong-mining");
    expect(rows[2]).toMatchObject({ level: 3, parentKey: "datong-mining", position: 1 });
    expect(rows.at(-1)?.item.key).toBe("network:power");
  });

  it("finds the branch above an enterprise", () => {
    const factory = index.contractedBy.get("datong-mining")?.[0] ?? "";
    expect(ancestorKeys(outline, factory)).toEqual(["network:coal", "datong-mining"]);
    expect(ancestorKeys(outline, "network:coal")).toEqual([]);
    expect(ancestorKeys(outline, "ghost")).toEqual([]);
  });
});
