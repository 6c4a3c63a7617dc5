import { describe, expect, it } from "vitest";
import type { Box } from "../../../src/export/graphScene";
import { commanderLabelStyle } from "../../../src/graph/labels";
import { loadDefaultDataset } from "../../helpers/fixtures";
import { figureOf, viewOf } from "./helpers";

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe("graph scene of a figure", () => {
  const dataset = loadDefaultDataset();

  it("draws exactly the shown enterprises and links", () => {
    const filters = { regions: ["jinnan"] };
    const view = viewOf(dataset, filters);
    const { scene } = figureOf(dataset, { filters });
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(
      [...view.visibility.matching, ...view.visibility.context].sort(),
    );
    expect(scene.edges.map((e) => e.id).sort()).toEqual([...view.visibility.links].sort());
    for (const id of scene.labelled)
      expect(view.visibility.matching.has(id) || view.visibility.context.has(id)).toBe(true);
  });

  it("never lets two enterprise labels overlap", () => {
    for (const preset of ["screen-1x", "a4-portrait", "a3-landscape"] as const) {
      const labels = figureOf(dataset, { preset }).scene.labels.filter((l) => l.kind === "enterprise");
      expect(labels.length).toBeGreaterThan(3);
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++)
          expect(
            overlap(labels[i]?.box as Box, labels[j]?.box as Box),
            `${labels[i]?.id} / ${labels[j]?.id}`,
          ).toBe(false);
    }
  });

  it("fits everything it draws inside the graph's rectangle", () => {
    for (const preset of ["screen-1x", "a4-portrait", "a4-landscape"] as const) {
      const { scene, layout } = figureOf(dataset, { preset, filters: { sectors: ["coal", "power"] } });
      const r = layout.graphRect;
      const toFigure = (x: number, y: number) => ({
        x: x * scene.scale + scene.offset.x,
        y: y * scene.scale + scene.offset.y,
      });
      const a = toFigure(scene.content.x1, scene.content.y1);
      const b = toFigure(scene.content.x2, scene.content.y2);
      expect(a.x).toBeGreaterThanOrEqual(r.x - 0.01);
      expect(a.y).toBeGreaterThanOrEqual(r.y - 0.01);
      expect(b.x).toBeLessThanOrEqual(r.x + r.width + 0.01);
      expect(b.y).toBeLessThanOrEqual(r.y + r.height + 0.01);
      // It fills one dimension of the rectangle (less the inset).
      expect(Math.max((b.x - a.x) / r.width, (b.y - a.y) / r.height)).toBeGreaterThan(0.95);
    }
  });

  it("sizes commander labels for the export's scale, as the screen would at that zoom", () => {
    const { scene, layout } = figureOf(dataset, { preset: "a4-landscape" });
    const zoom = scene.scale / layout.unit;
    expect(scene.commanderLabel).toEqual(commanderLabelStyle(zoom));
  });

  it("keeps a network's title only where it still heads what is shown, and never larger than 34 CSS px", () => {
    const all = figureOf(dataset, { preset: "a4-landscape" }).scene;
    expect(all.titles.shown.size).toBe(6);
    const few = figureOf(dataset, {
      preset: "a4-portrait",
      filters: { sectors: ["agmach"], regions: ["jinnan"] },
    });
    expect(few.scene.titles.shown.size).toBe(0);
    expect(few.scene.labels.some((l) => l.kind === "cluster-title")).toBe(false);
    const coal = figureOf(dataset, { preset: "a4-portrait", filters: { sectors: ["coal"] } });
    expect([...coal.scene.titles.shown]).toEqual(["cluster-title:coal"]);
    const rendered = (coal.scene.titles.fontSize * coal.scene.scale) / coal.layout.unit;
    expect(rendered).toBeLessThanOrEqual(34.01);
  });
});
