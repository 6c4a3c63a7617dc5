import { describe, expect, it } from "vitest";
import type { Box } from "../../../src/export/sceneTypes";
import { commanderLabelStyle } from "../../../src/graph/labels";
import type { Filters } from "../../../src/model/filters";
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

  it("labels county factories in an A4 print wherever they fit at 7 pt", () => {
    const { scene, layout } = figureOf(dataset, { preset: "a4-landscape" });
    const zoom = scene.scale / layout.unit;
    const factories = scene.labels.filter(
      (l) => l.kind === "enterprise" && dataset.enterprises.find((e) => e.id === l.id)?.tier !== "commander",
    );
    expect(factories.length).toBeGreaterThan(40);
    for (const label of factories)
      expect(label.font.size * zoom).toBeGreaterThanOrEqual((7 * 96) / 72 - 0.05);
  });

  it("sizes commander labels for the export's scale, as the screen would at that zoom", () => {
    const { scene, layout } = figureOf(dataset, { preset: "a4-landscape" });
    const zoom = scene.scale / layout.unit;
    expect(scene.tierLabels.commander).toEqual(commanderLabelStyle(zoom));
  });

  it("heads every network it shows with its title, above what it shows, never larger than 34 CSS px", () => {
    const all = figureOf(dataset, { preset: "a4-landscape" }).scene;
    expect(all.titles.shown.size).toBe(6);
    const filterSets: Array<Partial<Filters>> = [
      { tiers: ["commander"] },
      { sectors: ["agmach"], regions: ["jinnan"] },
    ];
    for (const filters of filterSets) {
      const few = figureOf(dataset, { preset: "a4-portrait", filters }).scene;
      const sectors = new Set(
        few.nodes.map((n) => dataset.enterprises.find((e) => e.id === n.id)?.sector).filter(Boolean),
      );
      expect([...few.titles.shown].sort()).toEqual([...sectors].map((s) => `cluster-title:${s}`).sort());
      for (const title of few.labels.filter((l) => l.kind === "cluster-title")) {
        const sector = title.id.replace("cluster-title:", "");
        const tops = few.nodes
          .filter((n) => dataset.enterprises.find((e) => e.id === n.id)?.sector === sector)
          .map((n) => few.placements.get(n.id)?.y ?? Number.NEGATIVE_INFINITY);
        expect(title.box.y2).toBeLessThan(Math.min(...tops));
      }
    }
    const coal = figureOf(dataset, { preset: "a4-portrait", filters: { sectors: ["coal"] } });
    expect([...coal.scene.titles.shown]).toEqual(["cluster-title:coal"]);
    const rendered = (coal.scene.titles.fontSize * coal.scene.scale) / coal.layout.unit;
    expect(rendered).toBeLessThanOrEqual(34.01);
  });
});
