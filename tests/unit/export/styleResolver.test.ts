import { describe, expect, it } from "vitest";
import { exportStylesheet } from "../../../src/export/compose";
import { compileSelector, createStyleResolver, type StyleRule } from "../../../src/export/styleResolver";

describe("reading the graph's stylesheet for SVG", () => {
  it("understands every selector the graph stylesheet uses", () => {
    for (const rule of exportStylesheet())
      expect(() => compileSelector(rule.selector), rule.selector).not.toThrow();
  });

  it("refuses a selector form it does not know rather than ignoring it", () => {
    expect(() => compileSelector("node:selected")).toThrow(/node:selected/);
    expect(() => compileSelector("node > node")).toThrow();
  });

  it("applies later rules over earlier ones and maps data fields, as cytoscape does", () => {
    const resolve = createStyleResolver(exportStylesheet()).resolve;
    const base = {
      id: "x",
      label: "X",
      shape: "star",
      colour: "#123456",
      size: 40,
      tier: "commander",
      level: "inferred",
    };
    const commander = resolve({
      group: "nodes",
      data: { ...base, fontSize: 30, labelWidth: "420px" },
      classes: new Set(),
    });
    expect(commander).toMatchObject({
      shape: "star",
      width: 40,
      "background-color": "#123456",
      "font-size": 30,
      "font-weight": "bold",
    });
    expect(commander["border-style"]).toBe("dashed");
    const context = resolve({ group: "nodes", data: base, classes: new Set(["context"]) });
    expect(context).toMatchObject({ "background-opacity": 0.85, "border-color": "#123456" });
    const edge = resolve({
      group: "edges",
      data: { colour: "#abcdef", lineStyle: "dashed", level: "illustrative" },
      classes: new Set(),
    });
    expect(edge["line-style"]).toBe("dashed");
    expect(edge["line-color"]).toBe("#abcdef");
    const attestedEdge = resolve({
      group: "edges",
      data: { colour: "#abcdef", lineStyle: "dashed", level: "attested" },
      classes: new Set(),
    });
    expect(Number(edge.width)).toBeLessThan(Number(attestedEdge.width));
  });

  it("leaves a property alone when its data field is missing", () => {
    const resolve = createStyleResolver([
      { selector: "node", style: { label: "data(label)", "font-size": 11 } },
      { selector: "node[tier]", style: { "font-size": "data(fontSize)" } },
    ]).resolve;
    expect(resolve({ group: "nodes", data: { tier: "small" }, classes: new Set() })).toEqual({
      "font-size": 11,
    });
  });
});

describe("label halos", () => {
  it("grow with a scaled label, on screen (cytoscape's mapData) and in exports alike", async () => {
    const { createStylesheet, LABEL_HALO } = await import("../../../src/graph/stylesheet");
    const { resolve } = createStyleResolver(createStylesheet() as unknown as StyleRule[]);
    const halo = (data: Record<string, unknown>) =>
      Number(resolve({ group: "nodes", data, classes: new Set() })["text-outline-width"]);
    for (const tier of ["commander", "medium", "small"]) {
      // Scaled labels: a fifth of the font size, however large the label manager or an export makes it.
      for (const fontSize of [8, 30, 120])
        expect(halo({ tier, fontSize })).toBeCloseTo(fontSize * LABEL_HALO);
      // Unscaled labels keep the fixed halo.
      expect(halo({ tier })).toBe(2);
    }
  });
});
