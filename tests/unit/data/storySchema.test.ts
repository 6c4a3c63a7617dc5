/**
 * The published JSON Schema of stories (public/schema/story.schema.json) and the app's valibot schema
 * accept and reject the same documents: the default story, every story fixture, and random one-value changes.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { StorySchema } from "../../../src/data/story";
import { matchesSchema } from "../../helpers/jsonSchema";

const JSON_SCHEMA = JSON.parse(readFileSync("public/schema/story.schema.json", "utf8"));
const acceptedByApp = (value: unknown) => v.safeParse(StorySchema, value).success;
const DEFAULT_STORY = "public/data/stories/shanxi-1958.json";

describe("public/schema/story.schema.json", () => {
  for (const path of [
    DEFAULT_STORY,
    ...readdirSync("fixtures/stories").map((name) => `fixtures/stories/${name}`),
  ]) {
    it(`agrees with the app on ${path}`, () => {
      const document = JSON.parse(readFileSync(path, "utf8"));
      expect(matchesSchema(document, JSON_SCHEMA)).toBe(acceptedByApp(document));
    });
  }

  it("agrees with the app on 300 random one-value changes of the default story", () => {
    const base = readFileSync(DEFAULT_STORY, "utf8");
    const values = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom<unknown>(
        "",
        "  ",
        "__proto__",
        "x".repeat(201),
        -1,
        0,
        2.5,
        7,
        true,
        [],
        {},
        "1",
        "coal",
      ),
    );
    fc.assert(
      fc.property(fc.nat(), values, (choice, replacement) => {
        const document = JSON.parse(base);
        const containers: Array<Record<string, unknown>> = [];
        const walk = (node: unknown) => {
          if (node === null || typeof node !== "object") return;
          containers.push(node as Record<string, unknown>);
          for (const child of Object.values(node)) walk(child);
        };
        walk(document);
        const target = containers[choice % containers.length] as Record<string, unknown>;
        const keys = Object.keys(target);
        const key = keys[Math.floor(choice / containers.length) % Math.max(1, keys.length)] ?? "extra";
        const original = target[key];
        // valibot's object() reads an array as an object with none of the fields (see jsonSchema.test.ts).
        fc.pre(!(Array.isArray(replacement) && typeof original === "object" && !Array.isArray(original)));
        target[key] = replacement;
        expect(matchesSchema(document, JSON_SCHEMA)).toBe(acceptedByApp(document));
      }),
      { numRuns: 300 },
    );
  });
});
