/** The sources panel's bibliography and the credit line of the page and the exports. */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/schema";
import { articleParagraphs, buildBibliography } from "../../../src/model/bibliography";
import { sourceCredit } from "../../../src/model/credit";
import { loadShanxi } from "../../helpers/shanxiDataset";

function withSources(dataset: Dataset, sources: Dataset["sources"]): Dataset {
  return { ...dataset, sources };
}

describe("bibliography", () => {
  const shanxi = loadShanxi();

  it("lists every source once, grouped most reliable first", () => {
    const groups = buildBibliography(shanxi);
    const ids = groups.flatMap((g) => g.entries.map((e) => e.source.id));
    expect(ids.sort()).toEqual(shanxi.sources.map((s) => s.id).sort());
    expect(groups.map((g) => g.reliability)).toEqual(["primary", "secondary", "tertiary", "modern-geodata"]);
    for (const group of groups)
      for (const entry of group.entries) expect(entry.source.reliability).toBe(group.reliability);
  });

  it("names the records that cite a source, documented or reasoned from", () => {
    const entries = buildBibliography(shanxi).flatMap((g) => g.entries);
    const cited = (id: string) => entries.find((e) => e.source.id === id)?.citedBy ?? [];
    // The Fenxi history documents the Fenxi Mining Administration's existence.
    const fenxi = shanxi.enterprises.find(
      (e) =>
        e.provenance.existence.level === "documented" &&
        e.provenance.existence.sources.includes("src-fenxi-history"),
    );
    expect(fenxi).toBeDefined();
    expect(cited("src-fenxi-history")).toContainEqual({ kind: "enterprise", id: fenxi?.id });
    // Every citation in the data is found: the counts agree with a plain walk of the claims.
    const walk =
      JSON.stringify(shanxi.enterprises) + JSON.stringify(shanxi.regions) + JSON.stringify(shanxi.links);
    for (const entry of entries) {
      if (walk.includes(`"${entry.source.id}"`))
        expect(entry.citedBy.length, entry.source.id).toBeGreaterThan(0);
    }
  });

  it("keeps sources of unstated reliability, last", () => {
    const dataset = withSources(shanxi, [
      { id: "a", citation: "A" },
      { id: "b", citation: "B", reliability: "primary" },
    ]);
    const groups = buildBibliography(dataset);
    expect(groups.map((g) => [g.reliability, g.entries.map((e) => e.source.id)])).toEqual([
      ["primary", ["b"]],
      [null, ["a"]],
    ]);
  });
});

describe("credit line", () => {
  const shanxi = loadShanxi();

  it("credits the article and counts the other sources, in both languages", () => {
    const n = shanxi.sources.length;
    expect(n).toBeGreaterThan(1);
    expect(sourceCredit(shanxi, "en")).toBe(`People's Daily, 25 March 1958, p. 3, and ${n} other sources`);
    expect(sourceCredit(shanxi, "zh")).toBe(`《人民日报》1958年3月25日第3版及其他 ${n} 种来源`);
  });

  it("says only the citation when there is nothing else, and counts one in the singular", () => {
    expect(sourceCredit(withSources(shanxi, []), "en")).toBe("People's Daily, 25 March 1958, p. 3");
    expect(sourceCredit(withSources(shanxi, [{ id: "x", citation: "X" }]), "en")).toMatch(
      /and 1 other source$/,
    );
  });
});

describe("article paragraphs", () => {
  it("drops the headline lines the Chinese text opens with, keeps the body", () => {
    const article = loadShanxi().article;
    if (!article) throw new Error("the Shanxi dataset has its article");
    const zh = articleParagraphs(article.textZh, article.title.zh);
    expect(zh[0]).toMatch(/^新华社太原24日电/);
    expect(zh).toHaveLength(3);
    expect(articleParagraphs(article.textEn ?? "", article.title.en)).toHaveLength(3);
  });
});
