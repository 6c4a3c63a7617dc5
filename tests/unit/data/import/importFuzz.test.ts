/**
 * 1,000 random mutations of valid files, JSON, CSV, GEXF and GraphML: the import always settles with a
 * dataset that passes the loader again, or with problems worded in both languages. It never throws.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ImportResult, importFiles } from "../../../../src/data/import/importFiles";
import { loadDataset } from "../../../../src/data/loadDataset";
import { buildElements, computeLayoutFor } from "../../../../src/model/elements";
import { createNetworkIndex } from "../../../../src/model/networkIndex";
import { fileFromBytes, IMPORT_FIXTURES_DIR } from "../../../helpers/importFixtures";

const read = (path: string) => readFileSync(resolve(path), "utf8");
const NODES = read(`${IMPORT_FIXTURES_DIR}/clinics.nodes.valid.csv`);
const LINKS = read(`${IMPORT_FIXTURES_DIR}/clinics.links.valid.csv`);
const JSON_TEXT = read("fixtures/minimal.valid.json");
const GEXF = read(`${IMPORT_FIXTURES_DIR}/depots.valid.gexf`);
const GRAPHML = read(`${IMPORT_FIXTURES_DIR}/relay.valid.graphml`);

const TOKENS = [
  "__proto__",
  "constructor",
  "prototype",
  '"',
  ",",
  ";",
  "\t",
  "\n",
  "\r\n",
  "\ufeff",
  "NaN",
  "Infinity",
  "1e999",
  "-0",
  "\u0000",
  "\u202e",
  "<script>alert(1)</script>",
  "   ",
  "007",
  "H1",
  "C1",
  "P1",
  "commander",
  "统帅",
  "null",
  "{",
  "}",
  "[",
  "]",
  ":",
  "\\",
  "𝔘",
  "x".repeat(300),
  "<",
  ">",
  "&",
  "&amp;",
  "&#0;",
  "]]>",
  "<![CDATA[",
  "<!DOCTYPE g [<!ENTITY e 'eee'>]>",
  'mode="dynamic"',
  'xmlns="urn:other"',
  'weight="-1"',
  'target="nowhere"',
  "</node>",
  "<edge/>",
];

type Mutation =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate-line"; at: number }
  | { kind: "swap-lines"; a: number; b: number };

const textMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: "grapheme", maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap-lines" as const), a: fc.nat(), b: fc.nat() }),
);

function mutate(text: string, mutation: Mutation): string {
  const lines = text.split("\n");
  switch (mutation.kind) {
    case "insert": {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case "delete": {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + mutation.length);
    }
    case "duplicate-line": {
      const at = mutation.at % lines.length;
      lines.splice(at, 0, lines[at] ?? "");
      return lines.join("\n");
    }
    case "swap-lines": {
      const a = mutation.a % lines.length;
      const b = mutation.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
      return lines.join("\n");
    }
  }
}

/** Raw bytes spliced into the encoded text: invalid UTF-8, GBK, truncated sequences. */
const byteMutation = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }), weight: 1 },
);

function toBytes(text: string, bytes: { at: number; bytes: Uint8Array } | null): Uint8Array {
  const encoded = new TextEncoder().encode(text);
  if (!bytes) return encoded;
  const at = bytes.at % (encoded.length + 1);
  return new Uint8Array([...encoded.subarray(0, at), ...bytes.bytes, ...encoded.subarray(at)]);
}

/** Replaces one value somewhere in the parsed JSON: structure-aware, to get past the syntax check. */
function replaceAt(value: unknown, choice: number, replacement: unknown): unknown {
  const containers: Array<Record<string, unknown> | unknown[]> = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== "object") return;
    containers.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) walk(child);
  };
  walk(value);
  const target = containers[choice % containers.length];
  if (!target) return value;
  const keys = Object.keys(target);
  const key = keys[choice % Math.max(1, keys.length)] ?? "extra";
  if (Array.isArray(target)) target[Number(key) || 0] = replacement;
  else target[key] = replacement;
  return value;
}

function checkResult(result: ImportResult) {
  if (result.ok) {
    expect(loadDataset(structuredClone(result.dataset)).ok).toBe(true);
    const index = createNetworkIndex(result.dataset);
    buildElements(index, computeLayoutFor(index), "zh");
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
  }
  for (const p of [...(result.ok ? [] : result.errors), ...result.warnings]) {
    expect(p.en.trim()).not.toBe("");
    expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
  }
}

const OPTIONS = { paletteSize: 8 };

describe("import fuzz", () => {
  it("CSV: 400 mutated sheet pairs import or report, never throw", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(textMutation, { minLength: 1, maxLength: 5 }),
        byteMutation,
        async (mutateLinks, mutations, bytes) => {
          const mutated = mutations.reduce(mutate, mutateLinks ? LINKS : NODES);
          const files = [
            fileFromBytes(
              "nodes.csv",
              mutateLinks ? new TextEncoder().encode(NODES) : toBytes(mutated, bytes),
            ),
            fileFromBytes(
              "links.csv",
              mutateLinks ? toBytes(mutated, bytes) : new TextEncoder().encode(LINKS),
            ),
          ];
          checkResult(await importFiles(files, OPTIONS));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("JSON: 200 text mutations and 200 value replacements import or report, never throw", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(textMutation, { minLength: 1, maxLength: 5 }),
        byteMutation,
        async (mutations, bytes) => {
          const text = mutations.reduce(mutate, JSON_TEXT);
          checkResult(await importFiles([fileFromBytes("data.json", toBytes(text, bytes))], OPTIONS));
        },
      ),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.oneof(fc.jsonValue(), fc.constantFrom<unknown>(...TOKENS, 7, -1, 1e308, [], {})),
        async (choice, replacement) => {
          const text = JSON.stringify(replaceAt(JSON.parse(JSON_TEXT), choice, replacement));
          checkResult(
            await importFiles([fileFromBytes("data.json", new TextEncoder().encode(text))], OPTIONS),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("GEXF and GraphML: 200 mutated graph files import or report, never throw", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(textMutation, { minLength: 1, maxLength: 5 }),
        byteMutation,
        async (graphml, mutations, bytes) => {
          const text = mutations.reduce(mutate, graphml ? GRAPHML : GEXF);
          const name = graphml ? "net.graphml" : "net.gexf";
          checkResult(await importFiles([fileFromBytes(name, toBytes(text, bytes))], OPTIONS));
        },
      ),
      { numRuns: 200 },
    );
  });
});
