import { readFileSync } from "node:fs";
import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { RiverFeature } from "../../../src/data/rivers";
import { mapFigureInput } from "../../../src/export/basemap";
import { composeFigure, figureSvg, textByWeight } from "../../../src/export/compose";
import { ALL_PARTS } from "../../../src/export/figure";
import { PdfContent, pdfColour, pdfTextString, writePdf } from "../../../src/export/pdf";
import { figurePdf, pageSize } from "../../../src/export/pdfFigure";
import { presetSize } from "../../../src/export/presets";
import { approximateMeasure } from "../../../src/export/text";
import { loadOutliner } from "../../../src/export/textOutlines";
import { loadDefaultDataset } from "../../helpers/fixtures";
import { fontsourceChunks, readFontsourceFile } from "./fontFixtures";
import { FIXED_DATE, FIXED_URL, figureOf, viewOf } from "./helpers";

const deflate = async (data: Uint8Array) => new Uint8Array(deflateSync(data));
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

/**
 * Reads a PDF back the way a reader starts: startxref → xref table → every object at its offset,
 * and the page's content stream inflated.
 */
function parsePdf(bytes: Uint8Array) {
  const text = latin1(bytes);
  expect(text.startsWith("%PDF-1.4\n")).toBe(true);
  expect(text.endsWith("%%EOF\n")).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 5)).toBe("xref\n");
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
  expect(first).toBe("0");
  const table = text
    .slice(startxref)
    .split("\n")
    .slice(2, 2 + Number(count));
  // Each entry is exactly 20 bytes with its end of line.
  for (const entry of table) expect(`${entry}\n`).toHaveLength(20);
  expect(table[0]).toBe("0000000000 65535 f ");
  const objects = new Map<number, string>();
  table.slice(1).forEach((entry, i) => {
    const offset = Number(entry.slice(0, 10));
    const header = `${i + 1} 0 obj\n`;
    expect(text.slice(offset, offset + header.length), `object ${i + 1} at ${offset}`).toBe(header);
    const end = text.indexOf("\nendobj\n", offset);
    objects.set(i + 1, text.slice(offset + header.length, end));
  });
  const trailer = /trailer\n<<([\s\S]*?)>>\nstartxref/.exec(text)?.[1] ?? "";
  expect(trailer).toContain(`/Size ${count}`);
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer)?.[1]);
  expect(objects.get(root)).toContain("/Type /Catalog");
  const page = [...objects.values()].find((o) => o.includes("/Type /Page "));
  const contentsId = Number(/\/Contents (\d+) 0 R/.exec(page ?? "")?.[1]);
  const stream = objects.get(contentsId) ?? "";
  const length = Number(/\/Length (\d+)/.exec(stream)?.[1]);
  const start = stream.indexOf("stream\n") + "stream\n".length;
  expect(stream.slice(start + length)).toBe("\nendstream");
  const content = inflateSync(Buffer.from(stream.slice(start, start + length), "latin1")).toString("latin1");
  return { objects, page: page ?? "", content };
}

describe("PDF writer", () => {
  it("writes a file whose cross-reference table points at every object, and reads back", async () => {
    const page = new PdfContent();
    page.fill([["M", 10, 10], ["Q", 20, 30, 30, 10], ["Z"]], "#1a4d73", 0.5);
    page.stroke(
      [
        ["M", 0, 0],
        ["L", 50, 50],
      ],
      { colour: "#fff", width: 2, alpha: 1, dash: [4, 2] },
    );
    const pdf = await writePdf(
      {
        width: 200,
        height: 100,
        content: page,
        title: "煤炭网",
        subject: "s",
        lang: "zh-Hans",
        date: "D:20261128",
      },
      deflate,
    );
    const { page: pageObject, content, objects } = parsePdf(pdf);
    expect(pageObject).toContain("/MediaBox [0 0 200 100]");
    expect(pageObject).toMatch(/\/A0 <<\/Type \/ExtGState \/ca 0.5 \/CA 1>>/);
    // The quadratic as a cubic: control points two thirds of the way to the quadratic's.
    expect(content).toContain("10 10 m\n16.667 23.333 23.333 23.333 30 10 c\nh\nf");
    expect(content).toContain("1 1 1 RG 2 w [4 2] 0 d 0 j");
    expect([...objects.values()].some((o) => o.includes(`/Title ${pdfTextString("煤炭网")}`))).toBe(true);
  });

  it("encodes colours and Unicode strings as PDF wants them", () => {
    expect(pdfColour("#ff8000")).toBe("1 0.502 0");
    expect(pdfColour("rgb(0, 0, 255)")).toBe("0 0 1");
    expect(() => pdfColour("papayawhip")).toThrow();
    expect(pdfTextString("A煤")).toBe("<FEFF00417164>");
  });

  it("draws a composed figure on paper of the preset's size, text only as marked outlines", async () => {
    const figure = figureOf(loadDefaultDataset(), {
      lang: "zh",
      filters: { sectors: ["coal"] },
      preset: "a4-landscape",
    });
    const outliner = await loadOutliner(textByWeight(figure), fontsourceChunks(), readFontsourceFile);
    const pdf = await figurePdf(figure, {
      background: "white",
      outliner,
      deflate,
      lang: "zh-Hans",
      date: "2026-11-28",
    });
    const { page, content } = parsePdf(pdf);
    expect(pageSize(figure).width).toBeCloseTo(841.89, 1);
    expect(page).toContain("/MediaBox [0 0 841.89 595.276]");
    // No text operators, no fonts: glyphs are filled paths inside spans that carry the words.
    expect(content).not.toMatch(/\bBT\b|\bTj\b|\/Font/);
    expect(content).toContain(`/Span <</ActualText ${pdfTextString("煤炭网")}>> BDC`);
    const spans = content.match(/ BDC\n/g)?.length ?? 0;
    const texts =
      figure.scene.labels.length +
      [...figure.layout.caption, ...figure.layout.legend]
        .flatMap((g) => g.primitives)
        .filter((p) => p.kind === "text").length;
    expect(spans).toBe(texts);
    expect(content.match(/ EMC|\nEMC/g)?.length).toBe(spans);
    // One clip per graph layer (edges, nodes, labels), each restored.
    expect(content.match(/ re W n/g)?.length).toBe(3);
    const saves = content.match(/^q$/gm)?.length ?? 0;
    expect(saves).toBe(content.match(/^Q$/gm)?.length);
    // Every node is filled and every edge stroked.
    expect(content.match(/\nf\n/g)?.length ?? 0).toBeGreaterThan(figure.scene.nodes.length);
    expect(content.match(/\nS\n/g)?.length ?? 0).toBeGreaterThan(figure.scene.edges.length);
  });

  it("draws the map view's base layer under the graph, its place names outlined too", async () => {
    const view = viewOf(loadDefaultDataset(), {}, "en");
    const map = mapFigureInput(view.index, view.elements, "en");
    if (!map) throw new Error("the 1958 data has points");
    const rivers: RiverFeature[] = JSON.parse(
      readFileSync(new URL("../../../public/data/geo/shanxi-rivers.geojson", import.meta.url), "utf8"),
    ).features;
    const figure = composeFigure({
      ...view,
      size: presetSize("screen-1x"),
      parts: ALL_PARTS,
      extent: null,
      date: FIXED_DATE,
      url: FIXED_URL,
      measure: approximateMeasure,
      map: { ...map, rivers },
    });
    const outliner = await loadOutliner(textByWeight(figure), fontsourceChunks(), readFontsourceFile);
    const svg = figureSvg(figure, { background: "white", outliner });
    expect(svg).not.toMatch(/<text[\s>]/);
    expect(svg).toMatch(/<g id="basemap"[\s\S]*aria-label="Jinnan Prefecture"[\s\S]*<g id="edges"/);
    const { content } = parsePdf(
      await figurePdf(figure, { background: "white", outliner, deflate, lang: "en", date: FIXED_DATE }),
    );
    // The base layer's clip comes first, then the graph's three.
    expect(content.match(/ re W n/g)?.length).toBe(4);
    const jinnan = content.indexOf(`/Span <</ActualText ${pdfTextString("Jinnan Prefecture")}>> BDC`);
    expect(jinnan).toBeGreaterThan(0);
    expect(jinnan).toBeLessThan(content.indexOf(" re W n", content.indexOf(" re W n") + 1));
  });
});
