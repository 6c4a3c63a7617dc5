// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { figureSvg } from "../../../src/export/compose";
import { linksCsv } from "../../../src/export/csv";
import { createStylesheet } from "../../../src/graph/stylesheet";
import { buildElements, computeLayoutFor } from "../../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS } from "../../../src/model/filters";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { createEdgeWidth, DEFAULT_EDGE_WIDTH } from "../../../src/model/scales";
import { importFixtures } from "../../helpers/importFixtures";
import { figureOf } from "../export/helpers";

async function imported(name: string) {
  const result = await importFixtures(name);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe("link weights", () => {
  it("draw as width on a square-root scale: four times the weight, twice the width above the thinnest", () => {
    const width = createEdgeWidth(16);
    expect(width(0)).toBe(0.8);
    expect(width(16)).toBe(8);
    expect(width(4) - width(0)).toBeCloseTo((width(16) - width(0)) / 2, 2);
    expect(width(1) - width(0)).toBeCloseTo((width(4) - width(0)) / 2, 2);
    expect(width(64)).toBe(8);
  });

  it("are read from a weight column, and a bad weight is reported where it is and drawn at the default width", async () => {
    const result = await imported("bad-weights.links.valid.csv");
    const weights = result.dataset.links.map((l) => [l.source, l.target, l.weight]);
    expect(weights).toEqual([
      ["a", "b", 2],
      ["a", "c", undefined],
      ["b", "c", undefined],
      ["c", "d", undefined],
      ["d", "a", 8],
    ]);
    const located = result.warnings
      .filter((w) => w.code.startsWith("weight-"))
      .map((w) => [w.code, w.row, w.field, w.en]);
    expect(located).toEqual([
      [
        "weight-negative",
        3,
        "weight",
        "the weight -1 is negative; the link is drawn at the default width. Write a number of 0 or more, such as 2.5",
      ],
      [
        "weight-not-a-number",
        4,
        "weight",
        '"heavy" is not a number; the link is drawn at the default width. Write a number of 0 or more, such as 2.5',
      ],
      [
        "weight-missing",
        5,
        "weight",
        "the weight is empty; the link is drawn at the default width. Write a number of 0 or more, such as 2.5",
      ],
    ]);
    const index = createNetworkIndex(result.dataset);
    const edges = buildElements(index, computeLayoutFor(index), "en").edges.map((e) => e.data);
    expect(edges.map((e) => e.width)).toEqual([4.4, undefined, undefined, undefined, 8]);
    const rules = createStylesheet() as Array<{ selector: string; style: Record<string, unknown> }>;
    expect(rules.find((rule) => rule.selector === "edge")?.style.width).toBe(DEFAULT_EDGE_WIDTH);
    expect(rules.find((rule) => rule.selector === "edge[width]")?.style.width).toBe("data(width)");
  });

  it("are carried by the CSV export and drawn as line widths in the SVG export", async () => {
    const { dataset } = await imported("trade.links.valid.csv");
    const index = createNetworkIndex(dataset);
    const csv = linksCsv(index, computeVisibility(index, EMPTY_FILTERS), "en").split("\r\n");
    expect(csv[0]?.endsWith(",weight")).toBe(true);
    expect(csv.slice(1, -1).map((row) => Number(row.split(",").at(-1)))).toEqual(
      dataset.links.map((l) => l.weight),
    );
    const svg = figureSvg(figureOf(dataset), { background: "white" });
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const widthOf = new Map(
      [...doc.querySelectorAll("line[data-id]")].map((line) => [
        line.getAttribute("data-id"),
        Number(line.getAttribute("stroke-width")),
      ]),
    );
    const [lightest, heaviest] = [...dataset.links]
      .sort((a, b) => (a.weight ?? 0) - (b.weight ?? 0))
      .filter((_, i, all) => i === 0 || i === all.length - 1);
    expect(widthOf.get(heaviest?.id ?? "")).toBeGreaterThan(
      3 * (widthOf.get(lightest?.id ?? "") ?? Number.NaN),
    );
  });
});
