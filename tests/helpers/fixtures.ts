import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadDataset } from "../../src/data/loadDataset";
import type { Dataset } from "../../src/data/schema";

// Resolved from the repository root (where Vitest runs), which also works under the jsdom environment.
const ROOT = process.cwd();
export const FIXTURES_DIR = `${resolve(ROOT, "fixtures")}/`;

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}${name}`, "utf8"));
}

/** Loads a fixture that must be valid, failing loudly with the loader's own messages otherwise. */
export function loadValidFixture(name: string): Dataset {
  const result = loadDataset(readFixture(name));
  if (!result.ok) throw new Error(`${name} did not load: ${JSON.stringify(result.errors, null, 1)}`);
  return result.dataset;
}

export function loadDefaultDataset(): Dataset {
  const text = readFileSync(resolve(ROOT, "public/data/shanxi-1958.json"), "utf8");
  const result = loadDataset(JSON.parse(text));
  if (!result.ok)
    throw new Error(`default dataset did not load: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result.dataset;
}
