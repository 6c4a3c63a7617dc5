import { describe, expect, it } from "vitest";
import { figureSvg, textByWeight } from "../../../src/export/compose";
import { embedFontSubset } from "../../../src/export/fontEmbed";
import { parseUnicodeRange } from "../../../src/export/fontSubset";
import { xmlId } from "../../../src/export/svg";
import { loadDefaultDataset, loadValidFixture } from "../../helpers/fixtures";
import { fontsourceChunks, readFontsourceFile } from "./fontFixtures";
import { figureOf, viewOf } from "./helpers";

const LAYERS = ["edges", "nodes", "labels", "legend", "caption"];

// jsdom ships no type declarations; only its strict XML parser is used here.
const { JSDOM } = (await import("jsdom" as string)) as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};

function parseSvg(svg: string): Document {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(svg, "image/svg+xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

describe("SVG export", () => {
  it("matches the golden file for the minimal fixture (English, screen)", async () => {
    const svg = figureSvg(figureOf(loadValidFixture("minimal.valid.json")), { background: "white" });
    await expect(svg).toMatchFileSnapshot("./__snapshots__/minimal-en-screen-1x.svg");
  });

  it("matches the golden file for the minimal fixture (Chinese, A4 portrait, transparent)", async () => {
    const svg = figureSvg(
      figureOf(loadValidFixture("minimal.valid.json"), { lang: "zh", preset: "a4-portrait" }),
      {
        background: "transparent",
      },
    );
    await expect(svg).toMatchFileSnapshot("./__snapshots__/minimal-zh-a4-portrait.svg");
  });

  it("parses as XML, with the named layers in drawing order", () => {
    const doc = parseSvg(
      figureSvg(figureOf(loadDefaultDataset(), { preset: "a4-portrait" }), { background: "white" }),
    );
    const root = doc.documentElement;
    expect(root.getAttribute("viewBox")).toBe("0 0 2480 3508");
    expect(root.getAttribute("width")).toBe("210mm");
    const layers = [...root.children]
      .filter((el) => el.getAttribute("inkscape:groupmode") === "layer")
      .map((el) => el.id);
    expect(layers).toEqual(LAYERS);
    expect(doc.getElementById("background")?.getAttribute("fill")).toBe("#ffffff");
  });

  it("gives every drawn enterprise and link the dataset's id, and draws nothing hidden", () => {
    const dataset = loadDefaultDataset();
    const filters = { sectors: ["coal"] };
    const view = viewOf(dataset, filters);
    const doc = parseSvg(figureSvg(figureOf(dataset, { filters }), { background: "white" }));
    const idsIn = (layer: string, tag: string) =>
      [...(doc.getElementById(layer)?.getElementsByTagName(tag) ?? [])].map((el) =>
        el.getAttribute("data-id"),
      );
    expect(idsIn("nodes", "path").sort()).toEqual(
      [...view.visibility.matching, ...view.visibility.context].sort(),
    );
    expect(idsIn("edges", "line").sort()).toEqual([...view.visibility.links].sort());
    const allIds = [...doc.querySelectorAll("[id]")].map((el) => el.id);
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const id of allIds) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/);
  });

  it("keeps Chinese text as text", () => {
    const doc = parseSvg(
      figureSvg(figureOf(loadDefaultDataset(), { lang: "zh", filters: { sectors: ["coal"] } }), {
        background: "white",
      }),
    );
    const text = [...doc.getElementsByTagName("text")].map((el) => el.textContent).join("\n");
    expect(text).toContain("煤炭网");
    expect(text).toContain("山西省工业网");
    expect(text).toContain("《人民日报》1958年3月25日第3版");
    expect(doc.querySelector('#labels text[data-id="coal-fenxi"], #labels text')).not.toBeNull();
  });

  it("embeds the font as a subset of exactly the characters used", async () => {
    const figure = figureOf(loadDefaultDataset(), { lang: "zh", filters: { sectors: ["coal"] } });
    const text = textByWeight(figure);
    const font = await embedFontSubset(text, fontsourceChunks(), readFontsourceFile);
    const svg = figureSvg(figure, { background: "white", fontFaceCss: font.css });
    const doc = parseSvg(svg);
    const style = doc.querySelector("defs > style")?.textContent ?? "";
    expect(style).toContain("@font-face");
    expect(style).toContain("data:font/woff;base64,");
    const covered = new Set(
      [...style.matchAll(/font-weight:(\d+);[^}]*unicode-range:([^}]+)\}/g)].flatMap((m) =>
        parseUnicodeRange(m[2] as string).flatMap(([a, b]) =>
          Array.from({ length: b - a + 1 }, (_, i) => `${m[1]}:${String.fromCodePoint(a + i)}`),
        ),
      ),
    );
    const expected = new Set([
      ...[...text.normal].map((c) => `400:${c}`),
      ...[...text.bold].map((c) => `700:${c}`),
    ]);
    expect(covered).toEqual(expected);
    expect(font.bytes).toBeLessThan(200_000);
  });

  it("makes XML ids from any dataset id without collisions", () => {
    expect(xmlId("node-", "ag-c1")).toBe("node-ag-c1");
    expect(xmlId("node-", "a b")).not.toBe(xmlId("node-", "a_b"));
    expect(xmlId("node-", "工厂:1")).toMatch(/^node-[\w.-]+$/);
  });
});
