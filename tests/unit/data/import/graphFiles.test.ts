/**
 * GEXF and GraphML in (issue #18 item 5): what a file gives, each refusal with its line, and the round
 * trip through the app's own export (same nodes, links, weights and positions).
 */
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../../src/data/import/importFiles";
import { formatProblem } from "../../../../src/data/problems";
import type { Dataset } from "../../../../src/data/schema";
import { gexfText, graphFileOf, graphmlText } from "../../../../src/export/graphFile";
import { arrangeElements, buildElements, computeLayoutFor } from "../../../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS } from "../../../../src/model/filters";
import { createNetworkIndex } from "../../../../src/model/networkIndex";
import { SECTOR_PALETTE } from "../../../../src/model/scales";
import { fileFromBytes, importFixture, importFixtures } from "../../../helpers/importFixtures";

const OPTIONS = { paletteSize: SECTOR_PALETTE.length };
const importText = (name: string, text: string) =>
  importFiles([fileFromBytes(name, new TextEncoder().encode(text))], OPTIONS);

async function refusal(file: string) {
  const result = await importFixtures(file);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("unreachable");
  const [first] = result.errors;
  if (!first) throw new Error("no error");
  expect(first.zh).toMatch(/[\u4e00-\u9fff]/);
  return { first, errors: result.errors };
}

describe("GEXF in", () => {
  it("reads labels, attributes with defaults, weights, positions and the title", async () => {
    const result = await importFixtures("depots.valid.gexf");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { dataset } = result;
    expect(result.format).toBe("gexf");
    expect(dataset.title).toEqual({ zh: "Grain depots", en: "Grain depots" });
    expect(dataset.directed).toBe(false);
    const byId = new Map(dataset.enterprises.map((e) => [e.id, e]));
    expect(byId.get("d1")).toMatchObject({ name: { en: "North depot" }, sector: "grain", region: "Yuci" });
    // The attribute's default fills the node that gives no value; y counts upwards in GEXF.
    expect(byId.get("s1")).toMatchObject({ sector: "grain", position: { x: 100, y: -50 } });
    expect(byId.get("s2")).toMatchObject({ sector: "oil", region: "Taigu" });
    expect(byId.get("s3")).toMatchObject({ name: { zh: "磨坊三" }, position: { x: 0, y: 120.5 } });
    expect(result.attributes).toEqual({
      names: ["network", "county", "capacity"],
      roles: { sector: "network", region: "county" },
    });
    // Undirected: the link from a spoke is turned to run from the hub; GEXF's default weight is 1.
    expect(dataset.links.map((l) => [l.source, l.target, l.weight])).toEqual([
      ["d1", "s1", 4],
      ["d1", "s2", 1.5],
      ["d1", "s3", 1],
    ]);
    expect(result.warnings.map((w) => w.code)).toContain("attributes-not-shown");
  });

  it("takes the network and the region from the attributes the reader chose", async () => {
    const result = await importFiles([importFixture("depots.valid.gexf")], {
      ...OPTIONS,
      attributeRoles: { sector: "county", region: "network" },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.sectors.map((s) => s.id)).toEqual(["Yuci", "Taigu", "unknown"]);
    expect(result.dataset.enterprises.find((e) => e.id === "s2")?.region).toBe("oil");
    expect(result.attributes?.roles).toEqual({ sector: "county", region: "network" });
  });
});

describe("GraphML in", () => {
  it("reads keys by name, weights and directions, and keeps a directed link's direction", async () => {
    const result = await importFixtures("relay.valid.graphml");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { dataset } = result;
    expect(result.format).toBe("graphml");
    expect(dataset.directed).toBe(true);
    expect(dataset.enterprises.map((e) => [e.id, e.name.en, e.sector])).toEqual([
      ["a", "Relay A", "post"],
      ["b", "Relay B", "post"],
      ["c", "Relay C", "rail"],
    ]);
    expect(dataset.links.map((l) => [l.source, l.target, l.weight])).toEqual([
      ["a", "b", 2],
      ["c", "a", 7],
    ]);
    // One note, in the data's words, instead of a warning per link against the star rules.
    expect(result.warnings.map((w) => [w.code, w.en])).toEqual([
      [
        "not-hub-and-spoke",
        "the links keep the directions the file gives them: 1 link(s) start at a node that is not a hub; it is drawn as it is (nothing to do)",
      ],
    ]);
  });
});

describe("bad graph files are refused with the line, in both languages", () => {
  it("malformed XML", async () => {
    const { first } = await refusal("malformed.invalid.gexf");
    expect(first.code).toBe("malformed-xml");
    // The parser names the line of the <node> left open.
    expect(first.row).toBe(5);
    expect(formatProblem(first, "en")).toMatch(
      /^malformed\.invalid\.gexf, line 5: the file is not well-formed XML \(.*"node".*"nodes"/,
    );
    expect(formatProblem(first, "zh")).toMatch(/第 5 行：文件不是格式正确的 XML/);
  });

  it("a dynamic GEXF", async () => {
    const { first } = await refusal("dynamic.invalid.gexf");
    expect(first).toMatchObject({ code: "dynamic-gexf", row: 6 });
    expect(first.en).toMatch(/changes? over time.*static graph/);
  });

  it("an unknown namespace", async () => {
    const { first } = await refusal("unknown-namespace.invalid.graphml");
    expect(first.code).toBe("unknown-namespace");
    expect(first.en).toContain("http://example.org/not-graphml");
  });

  it("missing endpoints", async () => {
    const { errors } = await refusal("missing-endpoint.invalid.graphml");
    expect(errors.map((e) => [e.code, e.row, e.field])).toEqual([
      ["empty-link-end", 7, "target"],
      ["dangling-link", 8, "target"],
    ]);
    expect(formatProblem(errors[1] as never, "en")).toMatch(/line 8, attribute "target"/);
  });

  it("duplicate ids", async () => {
    const { first } = await refusal("duplicate-id.invalid.gexf");
    expect(first).toMatchObject({ code: "duplicate-id", row: 7 });
    expect(first.en).toContain("already used in row 5");
  });

  it("a file over the size cap, before reading it", async () => {
    let read = false;
    const result = await importFiles(
      [
        {
          name: "huge.gexf",
          size: 21 * 1024 * 1024,
          arrayBuffer: async () => {
            read = true;
            return new ArrayBuffer(0);
          },
        },
      ],
      OPTIONS,
    );
    expect(read).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(["too-large"]);
  });

  it("XML that is neither GEXF nor GraphML", async () => {
    const result = await importText("page.xml", '<?xml version="1.0"?>\n<html><body/></html>');
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.row])).toEqual([["not-a-graph-file", 2]]);
  });
});

/** The whole dataset as the app shows it, exported, then imported again. */
async function roundTrip(dataset: Dataset, format: "gexf" | "graphml") {
  const index = createNetworkIndex(dataset);
  const elements = buildElements(index, computeLayoutFor(index), "en");
  const visibility = computeVisibility(index, EMPTY_FILTERS);
  const positions = arrangeElements(
    elements,
    () => true,
    dataset.sectors.map((s) => s.id),
    16 / 9,
  );
  const graph = graphFileOf(index, visibility, elements, positions, "en");
  const text = format === "gexf" ? gexfText(graph, "2026-12-04") : graphmlText(graph);
  const result = await importText(`trade.${format}`, text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { positions, imported: result.dataset };
}

describe("round trip: export, then import", () => {
  it.each(["gexf", "graphml"] as const)(
    "%s gives the same nodes, links, weights and positions",
    async (format) => {
      const source = await importFixtures("trade.links.valid.csv");
      if (!source.ok) throw new Error("the trade fixture must import");
      const { dataset } = source;
      const { positions, imported } = await roundTrip(dataset, format);
      expect(imported.enterprises.map((e) => [e.id, e.name, e.sector, e.tier])).toEqual(
        dataset.enterprises.map((e) => [e.id, e.name, e.sector, e.tier]),
      );
      const links = (d: Dataset) => d.links.map((l) => [l.id, l.source, l.target, l.weight]);
      expect(links(imported)).toEqual(links(dataset));
      expect(imported.directed).toBe(true);
      for (const e of imported.enterprises) {
        const at = positions.get(e.id);
        expect(e.position?.x).toBeCloseTo(at?.x ?? Number.NaN, 2);
        expect(e.position?.y).toBeCloseTo(at?.y ?? Number.NaN, 2);
      }
      // The file's positions are where the imported network is drawn.
      const layout = computeLayoutFor(createNetworkIndex(imported));
      for (const e of imported.enterprises)
        expect(layout.positions.get(e.id)).toMatchObject(e.position ?? {});
    },
  );
});
