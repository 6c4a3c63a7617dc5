/** One line style per combination of support kinds, and one legend row per style drawn (issue 19, item 4). */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/schema";
import { createStyleResolver, type StyleRule } from "../../../src/export/styleResolver";
import { createStylesheet } from "../../../src/graph/stylesheet";
import { buildElements, computeLayoutFor } from "../../../src/model/elements";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { supportRowName } from "../../../src/model/supportRowName";
import { computeSupportStyles, LINE_STYLES } from "../../../src/model/supportStyles";
import { loadShanxi } from "../../helpers/shanxiDataset";
import { figureOf } from "../export/helpers";

function withLinkSupports(dataset: Dataset, supports: string[][]): Dataset {
  const links = supports.map((support, i) => ({
    ...(dataset.links[i] as Dataset["links"][number]),
    support,
  }));
  return { ...dataset, links };
}

describe("support line styles", () => {
  const shanxi = loadShanxi();

  it("gives each combination in the Shanxi data its own style and legend row", () => {
    const { rows, styleOf } = computeSupportStyles(shanxi);
    const index = createNetworkIndex(shanxi);
    expect(rows.map((r) => supportRowName(index, r, "en"))).toEqual([
      "Technical instruction + Help with production and construction problems",
      "Technical personnel + Equipment + Materials",
      "Equipment + Materials",
      "Support not stated",
    ]);
    expect(new Set(rows.map((r) => r.style)).size).toBe(rows.length);
    // Links with the same kinds (in any order) share a style; different kinds never do.
    const key = (support: string[]) => [...new Set(support)].sort().join("+");
    const styleOfKey = new Map<string, string>();
    for (const link of shanxi.links) {
      const style = styleOf.get(link.id);
      const known = styleOfKey.get(key(link.support));
      if (known) expect(style, link.id).toBe(known);
      else styleOfKey.set(key(link.support), style ?? "");
    }
    expect(new Set(styleOfKey.values()).size).toBe(styleOfKey.size);
    expect(supportRowName(index, rows[2] ?? { style: "solid", kinds: [] }, "zh")).toBe("设备 + 材料");
  });

  it("folds the rarest combinations into one row when there are more than marks", () => {
    const kinds = shanxi.supportKinds.map((k) => k.id);
    const supports = kinds.flatMap((kind, i) => Array.from({ length: kinds.length - i }, () => [kind]));
    const { rows, styleOf } = computeSupportStyles(withLinkSupports(shanxi, supports));
    expect(rows).toHaveLength(LINE_STYLES.length);
    expect(rows.at(-1)?.kinds).toBeNull();
    expect(rows.slice(0, -1).map((r) => r.kinds)).toEqual(
      kinds.slice(0, LINE_STYLES.length - 1).map((k) => [k]),
    );
    expect(new Set(styleOf.values())).toEqual(new Set(LINE_STYLES));
  });

  it("draws each style distinctly: the graph's stylesheet gives every style its own dash", () => {
    const index = createNetworkIndex(shanxi);
    const elements = buildElements(index, computeLayoutFor(index), "en");
    const resolve = createStyleResolver(createStylesheet() as unknown as StyleRule[]);
    const marks = new Map<string, string>();
    for (const edge of elements.edges) {
      const style = resolve.resolve({ group: "edges", data: { ...edge.data }, classes: new Set() });
      const mark = `${style["line-style"]} ${style["line-dash-pattern"] ?? ""}`;
      marks.set(String(edge.data.lineStyle), mark);
    }
    expect(marks.size).toBe(index.supportStyles.rows.length);
    expect(new Set(marks.values()).size).toBe(marks.size);
  });
});

describe("the export legend", () => {
  const shanxi = loadShanxi();
  for (const sectors of [[], ["coal"], ["agmach"], ["ties"]]) {
    it(`has one support row per line style drawn (${sectors.join(",") || "all"})`, () => {
      const figure = figureOf(shanxi, { filters: { sectors } });
      const drawn = new Set(figure.scene.edges.map((edge) => JSON.stringify(edge.dash)));
      const items = figure.text.legend.find((s) => s.id === "legend-support")?.items ?? [];
      const rows = items.filter((item) => item.id !== "legend-support-illustrative");
      expect(rows).toHaveLength(drawn.size);
      // The thinner line of illustrative links has its row wherever one is drawn.
      const levels = createNetworkIndex(shanxi).linkLevel;
      const thinner = figure.scene.edges.some((edge) => levels.get(edge.id) === "illustrative");
      expect(items.length - rows.length).toBe(thinner ? 1 : 0);
      // Each drawn link's row names every kind of support the link carries.
      const mark = (data: Record<string, unknown>) => {
        const style = figure.text.style.resolve({ group: "edges", data, classes: new Set() });
        return `${style["line-style"]} ${style["line-dash-pattern"] ?? ""}`;
      };
      const rowOf = new Map(
        rows.map((row) => [mark(row.sample.kind === "edge" ? row.sample.data : {}), row]),
      );
      const index = createNetworkIndex(shanxi);
      const shown = new Set(figure.scene.edges.map((edge) => edge.id));
      for (const edge of buildElements(index, computeLayoutFor(index), "en").edges) {
        if (!shown.has(edge.data.id)) continue;
        const row = rowOf.get(mark(edge.data as unknown as Record<string, unknown>));
        const kinds = index.links.get(edge.data.id)?.support ?? [];
        const names = kinds.map((id) => shanxi.supportKinds.find((k) => k.id === id)?.name.en ?? id);
        expect(row?.label.split(" + ").sort(), edge.data.id).toEqual(
          names.length > 0 ? names.sort() : ["Support not stated"],
        );
      }
    });
  }
});
