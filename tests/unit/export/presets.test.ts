import { describe, expect, it } from "vitest";
import { checkCanvasSize, mmToPixels, presetSize } from "../../../src/export/presets";
import { CANVAS_LIMITS, PRESET_IDS } from "../../../src/model/figureLimits";

describe("export presets", () => {
  it("gives A4 and A3 at 300 dpi in both orientations", () => {
    expect(presetSize("a4-portrait")).toMatchObject({ width: 2480, height: 3508 });
    expect(presetSize("a4-landscape")).toMatchObject({ width: 3508, height: 2480 });
    expect(presetSize("a3-portrait")).toMatchObject({ width: 3508, height: 4961 });
    expect(presetSize("a3-landscape")).toMatchObject({ width: 4961, height: 3508 });
    expect(mmToPixels(25.4)).toBe(300);
  });

  it("keeps text the same physical size on paper and doubles it on a 2x screen", () => {
    expect(presetSize("a4-portrait").unit).toBeCloseTo(3.125);
    expect(presetSize("a3-landscape").unit).toBeCloseTo(3.125);
    expect(presetSize("screen-1x")).toMatchObject({ width: 1920, height: 1080, unit: 1 });
    expect(presetSize("screen-2x")).toMatchObject({ width: 3840, height: 2160, unit: 2 });
  });

  it("leaves a custom figure's height to the content and grows its text past Full HD", () => {
    expect(presetSize("custom", 1000)).toMatchObject({ width: 1000, height: null, unit: 1 });
    expect(presetSize("custom", 3840).unit).toBe(2);
  });

  it("every preset fits the canvas limits", () => {
    for (const id of PRESET_IDS.filter((p) => p !== "custom")) {
      const { width, height } = presetSize(id);
      expect(checkCanvasSize(width, height ?? width)).toBeNull();
    }
  });

  it("refuses sizes past a side, past the area, too small or not a number", () => {
    expect(checkCanvasSize(40_000, 20_000)).toEqual({ code: "side-too-long", side: 40_000, max: 32_767 });
    expect(checkCanvasSize(32_767, 10_000)).toEqual({
      code: "area-too-large",
      area: 327_670_000,
      max: CANVAS_LIMITS.maxArea,
    });
    expect(checkCanvasSize(16_384, 16_384)).toBeNull();
    expect(checkCanvasSize(100, 100)).toMatchObject({ code: "too-small" });
    expect(checkCanvasSize(Number.NaN, 100)).toEqual({ code: "not-a-number" });
  });
});
