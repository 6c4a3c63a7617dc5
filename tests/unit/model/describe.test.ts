import { describe, expect, it } from "vitest";
import { describeView } from "../../../src/model/describe";
import { computeVisibility, EMPTY_FILTERS, type Filters } from "../../../src/model/filters";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { createDescriptionText } from "../../../src/ui/descriptionText";
import { loadDefaultDataset } from "../../helpers/fixtures";

const index = createNetworkIndex(loadDefaultDataset());
const describeFor = (patch: Partial<Filters>, lang: "en" | "zh", focus: string | null = null) => {
  const filters = { ...EMPTY_FILTERS, ...patch };
  return describeView(
    index,
    filters,
    computeVisibility(index, filters),
    createDescriptionText(lang, index.words),
    focus,
  );
};

describe("describeView", () => {
  it("describes the unfiltered view network by network", () => {
    const en = describeFor({}, "en");
    expect(en.short).toBe("Network graph: 6 networks, 187 enterprises");
    expect(en.long).toMatch(/^Showing 187 of 187 enterprises in 6 of 6 networks\. /);
    expect(en.long).toContain("Coal network: 4 commanders, 2 medium factories and 18 small factories in ");
    expect(en.long).toMatch(/No filters\.$/);
    const zh = describeFor({}, "zh");
    expect(zh.short).toBe("网络图：6个工业网，187家企业");
    expect(zh.long).toContain("煤炭网：4家统帅企业、2家中型厂和18家小型厂，分布在");
    expect(zh.long).toMatch(/未筛选。$/);
  });

  it("describes a region filter, naming the region and the commanders kept for context", () => {
    const en = describeFor({ sectors: ["coal"], regions: ["jinnan"] }, "en");
    expect(en.long).toMatch(
      /^Showing 2 of 187 enterprises in 1 of 6 networks, with 1 commander shown for context\. Coal network: 1 commander, /,
    );
    expect(en.long).toContain("Filtered by Networks: Coal; Regions: Jinnan Prefecture.");
    const zh = describeFor({ sectors: ["coal"], regions: ["jinnan"] }, "zh");
    expect(zh.long).toContain("涉及6个工业网中的1个，另有1家统帅企业作为背景显示。煤炭网：");
    expect(zh.long).toContain("筛选条件：工业网：煤炭网；地区：晋南专区。");
  });

  it("describes tier, provenance and search filters, and the camera focus", () => {
    const en = describeFor({ tiers: ["commander"], provenance: ["inferred"], query: "mining" }, "en", "coal");
    expect(en.long).toMatch(
      /^Showing [1-9]\d* of 187 enterprises in 1 of 6 networks\. Coal network: \d+ commanders? in /,
    );
    expect(en.long).toContain("Tier: Commander; Provenance: Inferred; Search: “mining”.");
    expect(en.long).toMatch(/Focused on the Coal network\.$/);
    const zh = describeFor({ tiers: ["commander"], provenance: ["inferred"], query: "mining" }, "zh", "coal");
    expect(zh.long).toContain("层级：统帅企业；史料依据：推断；搜索：“mining”。");
    expect(zh.long).toMatch(/镜头聚焦于煤炭网。$/);
  });

  it("says so when nothing matches", () => {
    expect(describeFor({ query: "zzzz" }, "en").long).toBe(
      "No enterprise matches these filters. Filtered by Search: “zzzz”.",
    );
    expect(describeFor({ query: "zzzz" }, "zh").long).toBe(
      "没有符合筛选条件的企业。筛选条件：搜索：“zzzz”。",
    );
    expect(describeFor({ query: "zzzz" }, "en").short).toBe("Network graph: 0 networks, 0 enterprises");
  });
});
