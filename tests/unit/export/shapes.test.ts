import { describe, expect, it } from "vitest";
import { nodeShapePath, outlineIntersection } from "../../../src/export/shapes";

function points(d: string): Array<[number, number]> {
  return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe("node shapes", () => {
  it("draws cytoscape's star: ten points filling the node's square, the top point at the top", () => {
    const star = points(nodeShapePath("star", 0, 0, 40, 40));
    expect(star).toHaveLength(10);
    const xs = star.map((p) => p[0]);
    const ys = star.map((p) => p[1]);
    expect(Math.min(...xs)).toBeCloseTo(-20, 1);
    expect(Math.max(...xs)).toBeCloseTo(20, 1);
    expect(Math.min(...ys)).toBeCloseTo(-20, 1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(20.01);
    expect(star[0]).toEqual([0, -20]);
  });

  it("rounds a diamond's four corners with arcs", () => {
    const d = nodeShapePath("round-diamond", 10, 10, 20, 20);
    expect(d.match(/A/g)).toHaveLength(4);
    expect(d.endsWith("Z")).toBe(true);
  });

  it("draws an ellipse as two arcs", () => {
    expect(nodeShapePath("ellipse", 0, 0, 10, 10)).toBe("M-5 0A5 5 0 1 0 5 0A5 5 0 1 0 -5 0Z");
  });

  it("ends an edge on the outline of a circle and inside a star's square", () => {
    expect(outlineIntersection("ellipse", { x: 0, y: 0 }, 20, { x: 100, y: 0 })).toEqual({ x: 10, y: 0 });
    const p = outlineIntersection("star", { x: 0, y: 0 }, 40, { x: 0, y: 100 });
    expect(p.x).toBeCloseTo(0);
    expect(p.y).toBeGreaterThan(0);
    expect(p.y).toBeLessThanOrEqual(20);
  });
});
