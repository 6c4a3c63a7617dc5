/**
 * The bare Cytoscape page of the benchmark (scripts/bench/run.mjs): a separate Vite build that never
 * ends up in the app's dist/. `vite build -c scripts/bench/vite.config.ts` writes dist-bench/bare/.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("./bare"),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: here("../../dist-bench/bare"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
  },
});
