import { describe, expect, it } from "vitest";
import { exportFileName, slug, viewPart } from "../../../src/export/fileName";
import { EMPTY_FILTERS } from "../../../src/model/filters";

const date = new Date(2026, 10, 28, 12);

describe("export file names", () => {
  it("say the dataset, the filters and the date", () => {
    const name = exportFileName({
      datasetId: "shanxi-1958",
      filters: { ...EMPTY_FILTERS, sectors: ["coal"], regions: ["jinnan"] },
      format: "png",
      date,
    });
    expect(name).toBe("shanxi-1958_coal_jinnan_2026-11-28.png");
  });

  it("name an unfiltered view 'all' and a CSV by its table", () => {
    expect(
      exportFileName({
        datasetId: "shanxi-1958",
        filters: EMPTY_FILTERS,
        format: "csv",
        table: "links",
        date,
      }),
    ).toBe("shanxi-1958_all_links_2026-11-28.csv");
  });

  it("join several values, count many, and keep searches readable", () => {
    expect(viewPart({ ...EMPTY_FILTERS, sectors: ["coal", "power"], tiers: ["small"] })).toBe(
      "coal+power_small",
    );
    expect(viewPart({ ...EMPTY_FILTERS, regions: ["a", "b", "c", "d"] })).toBe("4-regions");
    expect(viewPart({ ...EMPTY_FILTERS, query: "Taiyuan works" })).toBe("q-taiyuan-works");
    expect(viewPart({ ...EMPTY_FILTERS, query: "太原" })).toBe("search");
    expect(viewPart(EMPTY_FILTERS, "coal")).toBe("focus-coal");
  });

  it("keep only portable characters", () => {
    expect(slug("../Évry / C:\\x*?")).toBe("evry-c-x");
    const name = exportFileName({
      datasetId: "我的 数据",
      filters: { ...EMPTY_FILTERS, sectors: ["a/b", "<c>"] },
      format: "svg",
      date,
    });
    expect(name).toMatch(/^[a-z0-9._+-]+$/);
  });
});
