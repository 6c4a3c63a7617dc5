import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { ENTERPRISE_COLUMNS, enterprisesCsv, escapeCsvCell, linksCsv, toCsv } from "../../../src/export/csv";
import { datasetSubset } from "../../../src/export/datasetSubset";
import { loadDefaultDataset, loadValidFixture } from "../../helpers/fixtures";
import { viewOf } from "./helpers";

describe("CSV escaping", () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=cmd", "'\t=cmd"],
    ["\r=cmd", `"'\r=cmd"`],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    [" padded", '" padded"'],
    ["太原矿务局", "太原矿务局"],
    ["a=b", "a=b"],
  ])("%j becomes %j", (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });

  it("writes numbers as numbers and empties as empty cells", () => {
    expect(escapeCsvCell(12)).toBe("12");
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell(undefined)).toBe("");
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    const csv = toCsv(["a", "b"], [["1", 2]]);
    expect(csv).toBe("\uFEFFa,b\r\n1,2\r\n");
  });
});

describe("CSV of the view", () => {
  it("lists exactly the shown enterprises with their commander, and only shown links", () => {
    const view = viewOf(loadDefaultDataset(), { sectors: ["coal"], tiers: ["small"] }, "zh");
    const rows = csvParse(enterprisesCsv(view.index, view.visibility, "zh").replace(/^\uFEFF/, ""));
    expect(rows.columns).toEqual([...ENTERPRISE_COLUMNS]);
    expect(rows.map((r) => r.id).sort()).toEqual(
      [...view.visibility.matching, ...view.visibility.context].sort(),
    );
    const context = rows.filter((r) => r.shown_as === "context");
    expect(context.map((r) => r.id).sort()).toEqual([...view.visibility.context].sort());
    for (const row of rows.filter((r) => r.tier === "small")) expect(row.commander).not.toBe("");
    const links = csvParse(linksCsv(view.index, view.visibility, "zh").replace(/^\uFEFF/, ""));
    expect(links.map((r) => r.id).sort()).toEqual([...view.visibility.links].sort());
  });

  it("escapes a hostile name from a user dataset", () => {
    const dataset = loadValidFixture("minimal.valid.json");
    const first = dataset.enterprises[0];
    if (!first) throw new Error("fixture has no enterprise");
    first.name = { en: "=cmd|' /C calc'!A0", zh: "@危险" };
    const view = viewOf(dataset, {}, "en");
    const csv = enterprisesCsv(view.index, view.visibility, "en");
    expect(csv).toContain(`'=cmd|' /C calc'!A0`);
    expect(csv).toContain("'@危险");
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });
});

describe("CSV and JSON of the map", () => {
  it("give each enterprise the lon/lat of the seat the map plots it at", () => {
    const view = viewOf(loadDefaultDataset(), { sectors: ["agmach"] }, "en");
    const rows = csvParse(enterprisesCsv(view.index, view.visibility, "en").replace(/^\uFEFF/, ""));
    const hequ = rows.find((r) => r.id === "agmach-s-hequ");
    const point = view.index.regions.get("hequ")?.point;
    expect(point).toBeDefined();
    expect(Number(hequ?.lon)).toBe(point?.lon);
    expect(Number(hequ?.lat)).toBe(point?.lat);
    // The five large factories' places are not known: no invented coordinates.
    const unplaced = rows.filter((r) => r.region === "");
    expect(unplaced.length).toBeGreaterThan(0);
    for (const row of unplaced) expect([row.lon, row.lat]).toEqual(["", ""]);

    const subset = datasetSubset(view.index, view.visibility, {
      view: { zh: "", en: "" },
      url: "https://example.org/",
      date: "2026-12-04",
    });
    const regions = new Map(subset?.regions.map((region) => [region.id, region]));
    for (const enterprise of subset?.enterprises ?? []) {
      if (enterprise.region === undefined) continue;
      const original = view.index.regions.get(enterprise.region)?.point;
      expect(regions.get(enterprise.region)?.point, enterprise.id).toEqual(original);
    }
  });
});
