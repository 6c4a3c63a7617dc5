import { describe, expect, it } from "vitest";
import { wheelZoomFactor } from "../../src/graph/gestures";

const wheel = (deltaY: number, extra: Partial<{ deltaMode: number; ctrlKey: boolean }> = {}) =>
  wheelZoomFactor({ deltaY, deltaMode: 0, ctrlKey: false, metaKey: false, ...extra });

describe("wheel zoom", () => {
  it("zooms by 12 % a mouse notch, in and out alike", () => {
    expect(wheel(-100)).toBeCloseTo(1.12, 6);
    expect(wheel(100) * wheel(-100)).toBeCloseTo(1, 9);
  });

  it("reads line and page deltas as pixels, and caps one event at three notches", () => {
    expect(wheel(-3, { deltaMode: 1 })).toBeCloseTo(1.12 ** 0.99, 6);
    expect(wheel(-1, { deltaMode: 2 })).toBeCloseTo(1.12 ** 3, 6);
    expect(wheel(-5000)).toBeCloseTo(1.12 ** 3, 6);
  });

  it("follows a trackpad's small deltas in proportion", () => {
    expect(wheel(-10)).toBeCloseTo(1.12 ** 0.1, 9);
    expect(wheel(-10)).toBeGreaterThan(1);
  });

  it("zooms faster with Ctrl (a trackpad pinch)", () => {
    expect(wheel(-10, { ctrlKey: true })).toBeCloseTo(10 ** (10 / 250), 9);
  });
});
