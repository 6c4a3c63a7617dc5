import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { fontSubsetPlugin } from "./scripts/subset-fonts.mjs";

/**
 * `vite build --mode mount` builds mount() for same-origin hosts, at a stable address
 * (dist/embed/mount.js), after the page's build and beside it. Apart, so that the page's own bundle is
 * not split into chunks shared with it.
 */
const mountBuild = {
  outDir: "dist",
  emptyOutDir: false,
  copyPublicDir: false,
  rollupOptions: {
    input: { mount: "src/mount.tsx" },
    preserveEntrySignatures: "exports-only" as const,
    output: { entryFileNames: "embed/mount.js", chunkFileNames: "embed/[name]-[hash].js" },
  },
};

export default defineConfig(({ mode }) => ({
  // Relative asset URLs so that dist/ works from any sub-path of a static host.
  base: "./",
  // Noto Sans SC cut to the glyphs the app uses (scripts/subset-fonts.mjs); fontsource's faces stay as fallback.
  plugins: [react(), fontSubsetPlugin()],
  // The import worker is a module worker, so that the GEXF and GraphML reader loads only for such a file.
  worker: { format: "es" as const },
  build: {
    // Fonts must stay files: a data: URI would be blocked by a font-src 'self' policy.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    sourcemap: false,
    ...(mode === "mount" ? mountBuild : {}),
  },
  // The embed code's strict isolation (a sandbox without allow-same-origin) gives the app an opaque origin,
  // so even its own scripts, styles, fonts and data are cross-origin requests: the server must allow them,
  // as GitHub Pages does by default. The default embed code needs no such header.
  server: { host: "127.0.0.1", headers: { "Access-Control-Allow-Origin": "*" } },
  preview: { host: "127.0.0.1", headers: { "Access-Control-Allow-Origin": "*" } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/graph/**/*.test.ts", "tests/component/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["tests/helpers/loadCatalogues.ts"],
    // A hang guard, not a timing check: jsdom tests on a busy two-core machine take several seconds.
    testTimeout: 20_000,
  },
}));
