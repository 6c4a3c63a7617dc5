import { describe, expect, it } from "vitest";
import { syntheticEdgeListText } from "../../../scripts/generate-edge-list.mjs";
import { importFiles } from "../../../src/data/import/importFiles";
import { suggestLayout } from "../../../src/model/layoutChoice";
import { SECTOR_PALETTE } from "../../../src/model/scales";
import { fileFromBytes } from "../../helpers/importFixtures";

describe("the synthetic edge list of the layout bench", () => {
  it("is the same text for the same size, and a network the import lays out by links", async () => {
    const text = syntheticEdgeListText(1000);
    expect(syntheticEdgeListText(1000)).toBe(text);
    expect(syntheticEdgeListText(1000, { seed: 7 })).not.toBe(text);
    const result = await importFiles([fileFromBytes("towns.links.csv", new TextEncoder().encode(text))], {
      paletteSize: SECTOR_PALETTE.length,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(result.dataset.enterprises.length).toBeGreaterThan(990);
    expect(result.dataset.enterprises.length).toBeLessThanOrEqual(1000);
    expect(suggestLayout(result.dataset)).toBe("links");
  });
});
