/**
 * The synthetic benchmark datasets go through the app's own loader: if the generator drifts from the
 * format, the benchmark would measure an error page instead of a graph.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generateSyntheticDataset, syntheticDatasetText } from "../../scripts/generate-synthetic.mjs";
import { parseDatasetText } from "../../src/data/loadDataset";
import { computeVisibility, EMPTY_FILTERS } from "../../src/model/filters";
import { createNetworkIndex } from "../../src/model/networkIndex";

describe("synthetic hub-and-spoke datasets", () => {
  it("load without errors or warnings, with one commander per factory", () => {
    const result = parseDatasetText(syntheticDatasetText(400));
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(result.warnings).toEqual([]);
    const { dataset } = result;
    expect(dataset.enterprises).toHaveLength(400);
    const index = createNetworkIndex(dataset);
    const commanders = dataset.enterprises.filter((e) => e.tier === "commander");
    expect(commanders).toHaveLength(5 * 2);
    for (const e of dataset.enterprises) {
      if (e.tier === "commander") continue;
      const commander = index.commanderOf.get(e.id);
      expect(commander && index.enterprises.get(commander)?.sector).toBe(e.sector);
    }
    expect(computeVisibility(index, EMPTY_FILTERS).matching.size).toBe(400);
  });

  it("are deterministic: the same size gives the same bytes", () => {
    expect(syntheticDatasetText(250)).toBe(syntheticDatasetText(250));
    expect(generateSyntheticDataset(250, { seed: 1 })).not.toEqual(
      generateSyntheticDataset(250, { seed: 2 }),
    );
  });

  it("match the committed 1,000-enterprise fixture", () => {
    const committed = readFileSync(resolve(process.cwd(), "fixtures/synthetic/synthetic-1000.json"), "utf8");
    expect(committed).toBe(syntheticDatasetText(1000));
  });

  it("filter like the real data: a search for one letter keeps a minority", () => {
    const index = createNetworkIndex(generateSyntheticDataset(1000));
    const found = computeVisibility(index, { ...EMPTY_FILTERS, query: "q" }).matching.size;
    expect(found).toBeGreaterThan(50);
    expect(found).toBeLessThan(500);
  });
});
