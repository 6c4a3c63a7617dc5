import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadStory, parseStoryText } from "../../../src/data/story";
import { isVerbatimIn } from "../../../src/data/verbatim";
import { loadDefaultDataset } from "../../helpers/fixtures";

const dataset = loadDefaultDataset();
const STORIES = "fixtures/stories";
const read = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
/** The article as the dataset holds it: the text passages are checked against in the app. */
const ARTICLE = dataset.article?.textZh ?? "";

const EXPECTED: Record<string, { code: string; path: string }> = {
  "unknown-quote.invalid.json": { code: "unknown-quote", path: "steps[0].passage.quote" },
  "passage-not-verbatim.invalid.json": { code: "passage-not-verbatim", path: "steps[1].passage.zh" },
  "unknown-network.invalid.json": { code: "unknown-network", path: "steps[0].view.sectors[0]" },
  "unknown-node.invalid.json": { code: "unknown-node", path: "steps[1].view.select" },
  "bad-step-number.invalid.json": { code: "bad-step-number", path: "steps[1].step" },
};

describe("story files", () => {
  it("loads the default story: at least 8 steps, every passage in the article in both languages", () => {
    const result = loadStory(read("public/data/stories/shanxi-1958.json"), dataset);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.story.steps.length).toBeGreaterThanOrEqual(8);
    for (const step of result.story.steps) {
      expect(step.passage.en).not.toBe("");
      expect(isVerbatimIn(ARTICLE, step.passage.zh), step.passage.zh).toBe(true);
    }
  });

  it("accepts every *.valid.json story fixture", () => {
    for (const name of readdirSync(STORIES).filter((f) => f.endsWith(".valid.json"))) {
      const result = loadStory(read(`${STORIES}/${name}`), dataset);
      expect(result.ok, `${name}: ${JSON.stringify(!result.ok && result.errors)}`).toBe(true);
    }
  });

  it("has an expectation for every *.invalid.json story fixture", () => {
    const invalid = readdirSync(STORIES).filter((f) => f.endsWith(".invalid.json"));
    expect(invalid.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`rejects ${name} with a located ${expected.code} problem in both languages`, () => {
      const result = loadStory(read(`${STORIES}/${name}`), dataset);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors;
      expect(error).toMatchObject(expected);
      expect(error?.en).toMatch(/[a-z]{3}/);
      expect(error?.zh).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it("looks a quote passage up in the dataset and keeps a range passage's words", () => {
    const result = loadStory(read(`${STORIES}/two-steps.valid.json`), dataset);
    if (!result.ok) throw new Error("fixture did not load");
    expect(result.story.steps[0]?.passage).toEqual({
      zh: "国营企业当统帅",
      en: "State-owned enterprises as commanders",
      quoteId: "q-headline",
    });
    expect(result.story.steps[1]?.passage.zh).toContain("分片包干");
  });

  it("refuses a range outside the article, a passage with both kinds, and another dataset's story", () => {
    const base = read(`${STORIES}/two-steps.valid.json`) as {
      dataset: string;
      steps: Array<{ passage: object }>;
    };
    const codes = (story: unknown) => {
      const result = loadStory(story, dataset);
      return result.ok ? [] : result.errors.map((e) => e.code);
    };
    const withPassage = (passage: object) => ({
      ...base,
      steps: [{ ...base.steps[0], passage }],
    });
    expect(codes(withPassage({ from: 10, to: 10_000, zh: "统帅", en: "x" }))).toEqual(["bad-range"]);
    expect(codes(withPassage({ quote: "q-headline", from: 0, to: 2 }))).toEqual(["passage-kind"]);
    expect(codes({ ...base, dataset: "clinics" })).toEqual(["other-dataset"]);
  });

  it("words schema problems in both languages, and bad JSON as such", () => {
    const result = parseStoryText(
      '{"storyVersion": "1", "id": "s", "dataset": "shanxi-1958", "steps": []}',
      dataset,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(["steps", "title"]);
    const steps = result.errors.find((e) => e.path === "steps");
    expect(steps?.zh).toContain("至少需要一步");
    const bad = parseStoryText("{", dataset);
    expect(!bad.ok && bad.errors[0]?.code).toBe("json-syntax");
  });
});
