import { describe, expect, it } from "vitest";
import {
  closestPair,
  contrastRatio,
  deltaE2000,
  type Lab,
  mix,
  parseHex,
  simulateDeficiency,
  toHex,
  toLab,
} from "../../../src/model/colour";

describe("contrast ratio (WCAG 2)", () => {
  it("gives 21:1 for black on white and 1:1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#0b5cad", "#0b5cad")).toBe(1);
  });

  it("matches published values", () => {
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
    expect(contrastRatio("#ffffff", "#0000ff")).toBeCloseTo(8.59, 2);
  });

  it("blends a translucent colour over its background", () => {
    expect(mix("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mix("#0b5cad", "#ffffff", 1)).toBe("#0b5cad");
  });
});

describe("hex parsing", () => {
  it("reads short and long forms and writes them back", () => {
    expect(parseHex("#fff")).toEqual([1, 1, 1]);
    expect(toHex(parseHex("#1A4D73"))).toBe("#1a4d73");
    expect(() => parseHex("red")).toThrow(/not a hex colour/);
  });
});

describe("CIELAB", () => {
  it("converts the sRGB primaries to their known Lab values", () => {
    const close = (actual: Lab, expected: [number, number, number]) => {
      for (const [i, value] of actual.entries()) expect(value).toBeCloseTo(expected[i] as number, 1);
    };
    close(toLab("#ffffff"), [100, 0, 0]);
    close(toLab("#ff0000"), [53.24, 80.09, 67.2]);
    close(toLab("#0000ff"), [32.3, 79.19, -107.86]);
  });
});

describe("CIEDE2000", () => {
  // Reference pairs from Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", table 1.
  const pairs: Array<[Lab, Lab, number]> = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [[50, -0.001, 2.49], [50, 0.0009, -2.49], 4.8045],
    [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[50, 2.5, 0], [56, -27, -3], 31.903],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ];
  it.each(pairs)("%j vs %j is %f", (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
  });
});

describe("colour-vision deficiency simulation (Machado et al. 2009)", () => {
  it("leaves greys alone", () => {
    for (const deficiency of ["protanopia", "deuteranopia", "tritanopia"] as const) {
      expect(simulateDeficiency("#808080", deficiency)).toBe("#808080");
      expect(simulateDeficiency("#ffffff", deficiency)).toBe("#ffffff");
    }
  });

  it("makes red and green hard to tell apart for protanopes and deuteranopes", () => {
    const red = "#d62728";
    const green = "#2ca02c";
    const normal = deltaE2000(toLab(red), toLab(green));
    for (const deficiency of ["protanopia", "deuteranopia"] as const) {
      const seen = deltaE2000(
        toLab(simulateDeficiency(red, deficiency)),
        toLab(simulateDeficiency(green, deficiency)),
      );
      expect(seen).toBeLessThan(normal / 2);
    }
  });

  it("finds a palette's closest pair", () => {
    const pair = closestPair(["#000000", "#ffffff", "#111111"]);
    expect([pair.a, pair.b]).toEqual(["#000000", "#111111"]);
  });
});
