import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ImportFile } from "../../src/data/import/importFiles";
import { importFiles } from "../../src/data/import/importFiles";
import { SECTOR_PALETTE } from "../../src/model/scales";

export const IMPORT_FIXTURES_DIR = resolve(process.cwd(), "fixtures/import");

export function fileFromBytes(name: string, bytes: Uint8Array): ImportFile {
  return {
    name,
    size: bytes.byteLength,
    arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
  };
}

export function importFixture(name: string): ImportFile {
  return fileFromBytes(name, new Uint8Array(readFileSync(resolve(IMPORT_FIXTURES_DIR, name))));
}

export function importFixtures(...names: string[]) {
  return importFiles(names.map(importFixture), { paletteSize: SECTOR_PALETTE.length });
}
