import { describe, expect, it } from "vitest";
import {
  approximateMeasure,
  cytoscapeEllipsis,
  cytoscapeWrap,
  ellipsize,
  wrapText,
} from "../../../src/export/text";

const font = { size: 10, weight: "normal" as const };

describe("figure text", () => {
  it("wraps Latin between words and Chinese between characters", () => {
    const lines = wrapText("Large state factory 1 (not named)", 80, font, approximateMeasure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(approximateMeasure(line, font)).toBeLessThanOrEqual(80);
    expect(lines.join(" ")).toBe("Large state factory 1 (not named)");
    const zh = wrapText("山西省工业网以国营厂矿为统帅", 45, font, approximateMeasure);
    expect(zh.join("")).toBe("山西省工业网以国营厂矿为统帅");
    expect(zh.every((line) => approximateMeasure(line, font) <= 45)).toBe(true);
  });

  it("breaks a long link anywhere and caps the number of lines with an ellipsis", () => {
    const url = "https://example.org/explorer/?sector=coal,power&region=jinnan&tier=small";
    const lines = wrapText(url, 100, font, approximateMeasure);
    expect(lines.join("")).toBe(url);
    const capped = wrapText(url, 100, font, approximateMeasure, 2);
    expect(capped).toHaveLength(2);
    expect(capped[1]?.endsWith("…")).toBe(true);
  });

  it("shortens with an ellipsis", () => {
    expect(ellipsize("Taiyuan Mining Administration", 60, font, approximateMeasure)).toMatch(/…$/);
    expect(ellipsize("Coal", 60, font, approximateMeasure)).toBe("Coal");
  });

  it("wraps and shortens labels exactly as cytoscape does", () => {
    expect(cytoscapeWrap("Taiyuan Mining Administration", 80, font, approximateMeasure)).toEqual([
      "Taiyuan Mining ",
      "Administration",
    ]);
    // A single word wider than the line stays whole, as in cytoscape.
    expect(cytoscapeWrap("太原矿务局太原矿务局", 30, font, approximateMeasure)).toEqual([
      "太原矿务局太原矿务局",
    ]);
    expect(
      cytoscapeEllipsis("[Illustrative] Linfen County coal mine", 100, font, approximateMeasure),
    ).toMatch(/^\[Illustrative\] .*…$/);
  });
});
