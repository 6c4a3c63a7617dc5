/** Placeholders for members the article attests without naming: where they go, what they say, the outline. */
import { describe, expect, it } from "vitest";
import { allPlaceholders } from "../../../src/model/attested";
import {
  arrangeElements,
  buildElements,
  computeLayoutFor,
  placeholderPositions,
} from "../../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS } from "../../../src/model/filters";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { computeOutline } from "../../../src/model/outline";
import { loadDefaultDataset } from "../../helpers/fixtures";

const index = createNetworkIndex(loadDefaultDataset());
const layout = computeLayoutFor(index);
const NOT_ILLUSTRATIVE = {
  ...EMPTY_FILTERS,
  provenance: ["attested" as const, "documented" as const, "inferred" as const],
};

describe("placeholder elements", () => {
  it("name what the article says, in both languages", () => {
    expect(buildElements(index, layout, "en").placeholders.map((p) => p.data.label)).toEqual([
      "20 medium factories, not named in the article",
      "The small factories of every county, not named in the article",
    ]);
    expect(buildElements(index, layout, "zh").placeholders.map((p) => p.data.label)).toEqual([
      "20家中型工厂，文章未列名",
      "每个县的小型工厂，文章未列名",
    ]);
  });

  it("sit side by side in a row under their network's hubs, centred on them", () => {
    const hubs = index.dataset.enterprises
      .filter((e) => e.sector === "agmach" && e.tier === "commander")
      .map((e) => layout.positions.get(e.id))
      .flatMap((p) => (p ? [p] : []));
    const [medium, small] = [...placeholderPositions(index, layout, allPlaceholders(index)).values()];
    if (!medium || !small) throw new Error("expected two placeholders");
    expect(medium.y).toBe(small.y);
    expect(medium.y).toBeGreaterThan(Math.max(...hubs.map((h) => h.y)));
    expect(small.x).toBeGreaterThan(medium.x);
    const xs = hubs.map((h) => h.x);
    expect((medium.x + small.x) / 2).toBeCloseTo((Math.min(...xs) + Math.max(...xs)) / 2);
  });

  it("are packed with their network when shown, and left out when not", () => {
    const elements = buildElements(index, layout, "en");
    const [medium] = elements.placeholders;
    if (!medium) throw new Error("expected a placeholder");
    for (const filters of [EMPTY_FILTERS, NOT_ILLUSTRATIVE]) {
      const visibility = computeVisibility(index, filters);
      const shown = (id: string) =>
        visibility.matching.has(id) || visibility.context.has(id) || visibility.placeholders.has(id);
      const placed = arrangeElements(elements, shown, ["agmach", "coal"], 1.6);
      const hub = placed.get("agmach-c1");
      const at = placed.get(medium.data.id);
      if (!hub || !at) throw new Error("agmach is shown, so its nodes are placed");
      // The packing moves a network as a whole: the placeholder keeps its place under the hubs.
      const original = layout.positions.get("agmach-c1");
      expect(at.x - hub.x).toBeCloseTo(medium.position.x - (original?.x ?? 0));
    }
  });
});

describe("placeholders in the outline", () => {
  it("list what the article attests without names under the network, quoting it", () => {
    const outline = computeOutline(index, computeVisibility(index, NOT_ILLUSTRATIVE), "en");
    const agmach = outline.find((item) => item.key === "network:agmach");
    expect(agmach?.count).toBe(5);
    expect(agmach?.attested).toBe(5);
    const placeholders = agmach?.children.filter((child) => child.kind === "placeholder") ?? [];
    expect(placeholders.map((p) => p.label)).toEqual([
      "20 medium factories, not named in the article",
      "The small factories of every county, not named in the article",
    ]);
    expect(placeholders[0]?.quote).toMatch(/twenty medium-sized factories/);
    expect(
      outline.find((item) => item.key === "network:coal")?.children.some((c) => c.kind === "placeholder"),
    ).toBe(false);
  });

  it("has none while the stand-ins are shown", () => {
    const outline = computeOutline(index, computeVisibility(index, EMPTY_FILTERS), "en");
    expect(outline.flatMap((item) => item.children).some((child) => child.kind === "placeholder")).toBe(
      false,
    );
  });
});
