import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataset, parseDatasetText } from "../../../src/data/loadDataset";
import { FIXTURES_DIR, loadDefaultDataset, readFixture } from "../../helpers/fixtures";

const EXPECTED_CODES: Record<string, { code: string; path: string }> = {
  "duplicate-enterprise-id.invalid.json": { code: "duplicate-id", path: "enterprises[2].id" },
  "dangling-link.invalid.json": { code: "unknown-enterprise", path: "links[0].target" },
  "unknown-sector.invalid.json": { code: "unknown-sector", path: "enterprises[1].sector" },
  "unknown-region.invalid.json": { code: "unknown-region", path: "enterprises[1].region" },
  "missing-tier.invalid.json": { code: "missing", path: "enterprises[0].tier" },
  "quote-not-verbatim.invalid.json": { code: "quote-not-verbatim", path: "quotes[0].zh" },
  "unknown-source.invalid.json": {
    code: "unknown-source",
    path: "enterprises[4].provenance.existence.sources[0]",
  },
  "self-loop.invalid.json": { code: "self-loop", path: "links[0]" },
  "proto-key.invalid.json": { code: "forbidden-key", path: "enterprises[0].__proto__" },
};

describe("loadDataset", () => {
  it("accepts every *.valid.json fixture", () => {
    const valid = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".valid.json"));
    expect(valid.length).toBeGreaterThan(0);
    for (const name of valid) {
      const result = loadDataset(readFixture(name));
      expect(result.ok, `${name}: ${JSON.stringify(!result.ok && result.errors)}`).toBe(true);
    }
  });

  it("has an expectation for every *.invalid.json fixture", () => {
    const invalid = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".invalid.json"));
    expect(invalid.sort()).toEqual(Object.keys(EXPECTED_CODES).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED_CODES)) {
    it(`rejects ${name} with a located ${expected.code} problem in both languages`, () => {
      const result = loadDataset(readFixture(name));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const found = result.errors.find((p) => p.code === expected.code);
      expect(found, JSON.stringify(result.errors)).toBeDefined();
      expect(found?.path).toBe(expected.path);
      expect(found?.en.length).toBeGreaterThan(5);
      expect(found?.zh).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it("reports a JSON syntax error instead of throwing, and strips a byte-order mark", () => {
    const broken = parseDatasetText("{ not json");
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]?.code).toBe("json-syntax");
    const withBom = parseDatasetText(`\ufeff${JSON.stringify(readFixture("minimal.valid.json"))}`);
    expect(withBom.ok).toBe(true);
  });

  it("never throws on input that is not an object", () => {
    for (const input of [null, 42, "text", [], undefined, { schemaVersion: "1" }]) {
      expect(() => loadDataset(input)).not.toThrow();
      expect(loadDataset(input).ok).toBe(false);
    }
  });

  it("warns about a factory with no commander without rejecting the file", () => {
    const data = readFixture("minimal.valid.json") as { links: unknown[] };
    data.links = data.links.slice(1);
    const result = loadDataset(data);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.code)).toContain("no-commander");
  });

  it("loads the default Shanxi dataset through the same loader", () => {
    const dataset = loadDefaultDataset();
    expect(dataset.sectors.map((s) => s.id)).toEqual([
      "agmach",
      "coal",
      "fert",
      "power",
      "specialty",
      "ties",
    ]);
  });
});
