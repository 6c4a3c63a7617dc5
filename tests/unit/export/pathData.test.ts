import { describe, expect, it } from "vitest";
import { parsePathData, type Segment, segmentBounds, segmentsToSvg } from "../../../src/export/pathData";
import { nodeShapePath } from "../../../src/export/shapes";

/** Points along the cubic and quadratic pieces, to check where a curve really goes. */
function sample(segments: Segment[]): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  for (const s of segments) {
    if (s[0] === "C") {
      for (let t = 0; t <= 1; t += 0.125) {
        const u = 1 - t;
        points.push([
          u * u * u * x + 3 * u * u * t * s[1] + 3 * u * t * t * s[3] + t * t * t * s[5],
          u * u * u * y + 3 * u * u * t * s[2] + 3 * u * t * t * s[4] + t * t * t * s[6],
        ]);
      }
      [x, y] = [s[5], s[6]];
    } else if (s[0] !== "Z" && s[0] !== "Q") [x, y] = [s[1], s[2]];
  }
  return points;
}

describe("SVG path data", () => {
  it("reads relative lines, horizontal and vertical moves as absolute segments", () => {
    expect(parsePathData("M10 20h5v-4l-1 2zM0 0L3 3")).toEqual([
      ["M", 10, 20],
      ["L", 15, 20],
      ["L", 15, 16],
      ["L", 14, 18],
      ["Z"],
      ["M", 0, 0],
      ["L", 3, 3],
    ]);
    expect(parsePathData("M1 1 2 2 3 3")).toEqual([
      ["M", 1, 1],
      ["L", 2, 2],
      ["L", 3, 3],
    ]);
  });

  it("turns the arcs of a node's circle into cubics on that circle", () => {
    const segments = parsePathData(nodeShapePath("ellipse", 50, 40, 20, 20));
    expect(segments.filter((s) => s[0] === "C").length).toBeGreaterThanOrEqual(4);
    for (const [px, py] of sample(segments)) expect(Math.hypot(px - 50, py - 40)).toBeCloseTo(10, 1);
    const box = segmentBounds(segments);
    expect(box?.x1).toBeCloseTo(40, 1);
    expect(box?.x2).toBeCloseTo(60, 1);
  });

  it("follows the sweep flag: the two arcs between the same points bulge on opposite sides", () => {
    const up = sample(parsePathData("M0 0A10 10 0 0 1 20 0"));
    const down = sample(parsePathData("M0 0A10 10 0 0 0 20 0"));
    expect(Math.min(...up.map((p) => p[1]))).toBeCloseTo(-10, 1);
    expect(Math.max(...down.map((p) => p[1]))).toBeCloseTo(10, 1);
  });

  it("writes segments back as path data that reads the same", () => {
    const segments: Segment[] = [["M", 1, 2], ["Q", 3, 4, 5, 6], ["C", 1, 1, 2, 2, 3.25, 3], ["Z"]];
    expect(parsePathData(segmentsToSvg(segments))).toEqual(segments);
  });

  it("refuses what it cannot read instead of drawing something else", () => {
    expect(() => parsePathData("M0 0 X 3")).toThrow();
    expect(() => parsePathData("3 4")).toThrow();
  });
});
