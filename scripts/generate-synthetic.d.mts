import type { Dataset } from "../src/data/schema";

export const SYNTHETIC_SIZES: number[];
/** mulberry32: a seeded generator of numbers in [0, 1). */
export function createRandom(seed: number): () => number;
/** The dataset as plain JSON, before the loader (the same value the generated file holds). */
export function generateSyntheticDataset(count: number, options?: { seed?: number }): Dataset;
export function syntheticDatasetText(count: number, options?: { seed?: number }): string;
