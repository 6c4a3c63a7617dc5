/**
 * Names from an imported file reach the SVG and CSV exports as text: markup in a name is escaped, never
 * interpreted, and the invisible characters the import removed stay removed.
 */
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/data/import/csv";
import { figureSvg } from "../../../src/export/compose";
import { enterprisesCsv } from "../../../src/export/csv";
import { importFixtures } from "../../helpers/importFixtures";
import { figureOf, viewOf } from "./helpers";

const { JSDOM } = (await import("jsdom" as string)) as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};

const HTML_NAME = "<b>Bold</b> & <script>alert(1)</script>";

async function importedDataset() {
  const result = await importFixtures("control-and-html.nodes.valid.csv");
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe("exports of an imported dataset with markup in its names", () => {
  it("SVG: well-formed, no element from the name, the name drawn as literal text", async () => {
    const svg = figureSvg(figureOf(await importedDataset()), { background: "white" });
    const doc = new new JSDOM("").window.DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(doc.getElementsByTagName("b")).toHaveLength(0);
    // The figure shortens long labels; what it shows of the name is the literal characters.
    const label = doc.getElementById("label-H1")?.textContent ?? "";
    expect(label.startsWith("<b>Bold</b> & <script>")).toBe(true);
    expect(svg.includes("\u0007") || svg.includes("\u202e")).toBe(false);
  });

  it("CSV: the name comes back unchanged when the file is read again", async () => {
    const view = viewOf(await importedDataset());
    const parsed = parseCsv(enterprisesCsv(view.index, view.visibility, "en").replace(/^\ufeff/, ""));
    if (!parsed.ok) throw new Error("the exported CSV does not parse");
    expect(parsed.rows.flat()).toContain(HTML_NAME);
  });
});
