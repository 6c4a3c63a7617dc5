import { describe, expect, it } from "vitest";
import type { Primitive } from "../../../src/export/figure";
import { checkCanvasSize } from "../../../src/export/presets";
import type { Box, Rect } from "../../../src/export/sceneTypes";
import { approximateMeasure } from "../../../src/export/text";
import { loadDefaultDataset, loadValidFixture } from "../../helpers/fixtures";
import { figureOf } from "./helpers";

function primitiveBox(p: Primitive): Box {
  if (p.kind === "line")
    return { x1: Math.min(p.x1, p.x2), y1: p.y1 - p.width, x2: Math.max(p.x1, p.x2), y2: p.y1 + p.width };
  if (p.kind === "path") {
    const numbers = [...p.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)];
    const xs = numbers.map((m) => Number(m[1]));
    const ys = numbers.map((m) => Number(m[2]));
    return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs) + 20, y2: Math.max(...ys) + 20 };
  }
  const width = approximateMeasure(p.text, p.font);
  const x1 = p.anchor === "start" ? p.x : p.anchor === "end" ? p.x - width : p.x - width / 2;
  return { x1, y1: p.y - p.font.size, x2: x1 + width, y2: p.y + p.font.size * 0.25 };
}

const intersects = (a: Box, r: Rect) =>
  a.x1 < r.x + r.width && r.x < a.x2 && a.y1 < r.y + r.height && r.y < a.y2;

describe("figure composition", () => {
  const dataset = loadDefaultDataset();

  it.each(["screen-1x", "screen-2x", "a4-portrait", "a4-landscape", "a3-portrait", "a3-landscape"] as const)(
    "%s: legend and caption stay inside the page and off the graph",
    (preset) => {
      const { layout, scene } = figureOf(dataset, { preset, filters: { regions: ["jinnan"] } });
      const { graphRect, width, height } = layout;
      expect(layout.legend.length).toBeGreaterThan(0);
      for (const group of [...layout.legend, ...layout.caption]) {
        for (const p of group.primitives) {
          const box = primitiveBox(p);
          expect(intersects(box, graphRect), `${group.id} overlaps the graph`).toBe(false);
          expect(box.x1).toBeGreaterThanOrEqual(0);
          expect(box.y1).toBeGreaterThanOrEqual(0);
          expect(box.x2).toBeLessThanOrEqual(width + 1);
          expect(box.y2).toBeLessThanOrEqual(height + 1);
        }
      }
      // The graph gets a fair share of the page, unless it is wide and already fills the page's width
      // (then the legend moves up under it and the air is left at the bottom).
      const fillsWidth = (scene.content.x2 - scene.content.x1) * scene.scale >= graphRect.width * 0.9;
      expect(fillsWidth || graphRect.width * graphRect.height > width * height * 0.3).toBe(true);
    },
  );

  it("puts the legend beside the graph on landscape pages and under it on portrait ones", () => {
    const landscape = figureOf(dataset, { preset: "a4-landscape" }).layout;
    const portrait = figureOf(dataset, { preset: "a4-portrait" }).layout;
    expect(landscape.legendBelow).toBe(false);
    expect(portrait.legendBelow).toBe(true);
    const legendTop = Math.min(
      ...portrait.legend.flatMap((g) => g.primitives.map((p) => primitiveBox(p).y1)),
    );
    expect(legendTop).toBeGreaterThanOrEqual(portrait.graphRect.y + portrait.graphRect.height);
  });

  it("draws each part only when asked for", () => {
    const none = figureOf(dataset, {
      parts: {
        title: false,
        filters: false,
        legend: false,
        provenance: false,
        source: false,
        date: false,
        link: false,
      },
    });
    expect(none.layout.legend).toEqual([]);
    expect(none.layout.caption).toEqual([]);
    const margin = 24;
    expect(none.layout.graphRect).toEqual({
      x: margin,
      y: margin,
      width: 1920 - 2 * margin,
      height: 1080 - 2 * margin,
    });

    const all = figureOf(dataset);
    const ids = [...all.layout.caption, ...all.layout.legend].map((g) => g.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "caption-title",
        "caption-filters",
        "caption-source",
        "caption-link",
        "legend-networks",
        "legend-provenance",
      ]),
    );
    const noProvenance = figureOf(dataset, { parts: { provenance: false } });
    expect(noProvenance.layout.legend.map((g) => g.id)).not.toContain("legend-provenance");
  });

  it("prints the source, the date and the link to the view", () => {
    const { layout } = figureOf(dataset, { lang: "zh" });
    const text = layout.caption
      .flatMap((g) => g.primitives.map((p) => (p.kind === "text" ? p.text : "")))
      .join("\n");
    expect(text).toContain("《人民日报》1958年3月25日第3版");
    expect(text).toContain("2026-11-28");
    expect(text.replace(/\n/g, "")).toContain("https://example.org/explorer/?sector=coal&lang=zh");
  });

  it("gives a custom width a height that follows the content", () => {
    const figure = figureOf(dataset, { preset: "custom", customWidth: 1200 });
    expect(figure.layout.width).toBe(1200);
    expect(figure.layout.height).toBeGreaterThan(300);
    expect(checkCanvasSize(figure.layout.width, figure.layout.height)).toBeNull();
  });

  it("writes a message into an empty view instead of an empty graph", () => {
    const figure = figureOf(loadValidFixture("minimal.valid.json"), {
      filters: { query: "nothing matches this" },
    });
    expect(figure.scene.nodes).toEqual([]);
    expect(figure.overlays[0]?.primitives[0]).toMatchObject({
      kind: "text",
      text: "No enterprise matches these filters",
    });
  });
});

describe("a figure with illustrative records hidden", () => {
  const dataset = loadDefaultDataset();
  const PLACEHOLDER = "unnamed:agmach:medium:q-agmach";

  it("draws the placeholders for the article's unnamed members as the screen does, with their legend row", () => {
    const hidden = figureOf(dataset, { filters: { provenance: ["attested", "documented", "inferred"] } });
    const node = hidden.scene.nodes.find((n) => n.id === PLACEHOLDER);
    expect(node?.fillOpacity).toBe(0);
    expect(node?.dash).not.toBeNull();
    expect(
      hidden.scene.labels
        .find((l) => l.id === PLACEHOLDER)
        ?.lines.map((l) => l.text)
        .join(" "),
    ).toBe("20 medium factories, not named in the article");
    expect(hidden.text.provenance?.items.map((item) => item.id)).toContain("legend-provenance-unnamed");

    const all = figureOf(dataset);
    expect(all.scene.nodes.some((n) => n.id === PLACEHOLDER)).toBe(false);
    expect(all.text.provenance?.items.map((item) => item.id)).not.toContain("legend-provenance-unnamed");
  });
});
