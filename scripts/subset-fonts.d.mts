import type { Plugin } from "vite";

export const SUBSET_WEIGHTS: number[];
export const SUBSET_MODULE_ID: string;
export function glyphText(root?: string): string;
export function parseUnicodeRange(text: string): Array<[number, number]>;
export function toUnicodeRange(codePoints: Iterable<number>): string;
export function mergeTrueType(fonts: Uint8Array[]): Uint8Array;
export function buildSubsets(
  text?: string,
): Promise<Array<{ weight: number; woff2: Uint8Array; codePoints: number[] }>>;
export function writeSubsets(outDir: string): Promise<string>;
export function fontSubsetPlugin(options?: { outDir?: string }): Plugin;
export function readTables(bytes: Uint8Array): Map<string, Uint8Array>;
export function readCmap(cmap: Uint8Array): Map<number, number>;
export function readGlyphs(
  tables: Map<string, Uint8Array>,
): Array<{ data: Uint8Array; advance: number; lsb: number }>;
export function trueTypeTables(font: Uint8Array, text: string): Promise<Map<string, Uint8Array>>;
