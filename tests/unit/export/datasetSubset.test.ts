import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/loadDataset";
import { datasetJson, datasetSubset, EXPORT_SOURCE_ID } from "../../../src/export/datasetSubset";
import type { Filters } from "../../../src/model/filters";
import { loadDefaultDataset, loadValidFixture } from "../../helpers/fixtures";
import { FIXED_DATE, FIXED_URL, viewOf } from "./helpers";

const metadata = { view: { en: "Coal", zh: "煤炭" }, url: FIXED_URL, date: FIXED_DATE };

describe("JSON subset of the view", () => {
  const dataset = loadDefaultDataset();
  const cases: Array<Partial<Filters>> = [
    {},
    { sectors: ["coal"] },
    { regions: ["jinnan"] },
    { tiers: ["small"], provenance: ["illustrative"] },
    { query: "taiyuan" },
  ];

  it.each(cases)("loads back as a valid dataset for %j", (filters) => {
    const view = viewOf(dataset, filters);
    const subset = datasetSubset(view.index, view.visibility, metadata);
    if (!subset) throw new Error("expected a subset");
    const reloaded = loadDataset(JSON.parse(datasetJson(subset)));
    expect(reloaded.ok ? [] : reloaded.errors).toEqual([]);
    const shown = new Set([...view.visibility.matching, ...view.visibility.context]);
    expect(subset.enterprises.map((e) => e.id).sort()).toEqual([...shown].sort());
    expect(subset.links.map((l) => l.id).sort()).toEqual([...view.visibility.links].sort());
  });

  it("keeps only the records the shown enterprises refer to", () => {
    const view = viewOf(dataset, { sectors: ["coal"] });
    const subset = datasetSubset(view.index, view.visibility, metadata);
    expect(subset?.sectors.map((s) => s.id)).toEqual(["coal"]);
    expect(subset?.regions.length).toBeLessThan(dataset.regions.length);
    expect(subset?.facts).toEqual([]);
  });

  it("carries the names a dataset gives its tiers", () => {
    const tierNames = { commander: { en: "depot", zh: "仓库" }, medium: { en: "branch" } };
    const view = viewOf({ ...loadValidFixture("minimal.valid.json"), tierNames }, {});
    expect(datasetSubset(view.index, view.visibility, metadata)?.tierNames).toEqual(tierNames);
  });

  it("records the citation, the view and its link", () => {
    const view = viewOf(loadValidFixture("minimal.valid.json"), { sectors: ["coal"] });
    const subset = datasetSubset(view.index, view.visibility, metadata);
    expect(subset?.citation).toEqual(view.index.dataset.citation);
    expect(subset?.subtitle?.en).toContain("Coal");
    expect(subset?.subtitle?.en).toContain(FIXED_DATE);
    const source = subset?.sources.find((s) => s.id === EXPORT_SOURCE_ID);
    expect(source?.url).toBe(FIXED_URL);
    expect(
      datasetJson(subset as NonNullable<typeof subset>).startsWith(
        '{\n "schemaVersion": "1",\n "id": "minimal"',
      ),
    ).toBe(true);
  });

  it("has nothing to give for an empty view", () => {
    const view = viewOf(dataset, { query: "no such enterprise anywhere" });
    expect(datasetSubset(view.index, view.visibility, metadata)).toBeNull();
  });
});
