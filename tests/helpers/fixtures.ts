import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadDataset } from "../../src/data/loadDataset";
import type { Dataset } from "../../src/data/schema";

export const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures/", import.meta.url));

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
  const text = readFileSync(
    fileURLToPath(new URL("../../public/data/shanxi-1958.json", import.meta.url)),
    "utf8",
  );
  const result = loadDataset(JSON.parse(text));
  if (!result.ok)
    throw new Error(`default dataset did not load: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result.dataset;
}
