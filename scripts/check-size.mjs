// Size budget for the built app (run after `vite build`; part of `npm test`).
//
//   node scripts/check-size.mjs [distDir] [--json out.json]
//
// Initial JavaScript is what the browser must fetch before the app can start: the entry script of
// dist/index.html, its modulepreloads, and every chunk they import statically (import ... from),
// followed transitively. Dynamic import() chunks are split-off code and are listed apart. Each file is
// gzipped (level 9) and the initial total must stay within the budget; the exit code is 1 above it.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

/** React, React DOM, zustand, d3-scale and Cytoscape alone take about 210 kB of it. */
export const INITIAL_JS_BUDGET = 260_000;

const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Static imports of a built ES module chunk (relative specifiers only; dynamic import() excluded). */
export function staticImports(code) {
  const found = new Set();
  const patterns = [
    /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    /\bexport\s*[*{][^;]*?from\s*["'](\.{1,2}\/[^"']+)["']/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      // `import(` is a dynamic import, which the first pattern cannot match (it needs a quote or a name after `import`).
      found.add(match[1]);
    }
  }
  return [...found];
}

export function measure(distDir) {
  const html = fs.readFileSync(path.join(distDir, "index.html"), "utf8");
  const attr = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const entries = [];
  const css = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    if (tag.startsWith("<script") && /type="module"/.test(tag) && attr(tag, "src"))
      entries.push(attr(tag, "src"));
    if (/rel="modulepreload"/.test(tag)) entries.push(attr(tag, "href"));
    if (/rel="stylesheet"/.test(tag)) css.push(attr(tag, "href"));
  }
  if (entries.length === 0) throw new Error(`${distDir}/index.html has no module script`);

  const initial = new Map();
  const queue = entries.map((href) => path.resolve(distDir, href));
  while (queue.length > 0) {
    const file = queue.shift();
    if (initial.has(file)) continue;
    const bytes = fs.readFileSync(file);
    initial.set(file, { raw: bytes.length, gzip: gzipSize(bytes) });
    for (const specifier of staticImports(bytes.toString("utf8")))
      queue.push(path.resolve(path.dirname(file), specifier));
  }

  const assets = path.join(distDir, "assets");
  const lazy = fs
    .readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .map((name) => path.join(assets, name))
    .filter((file) => !initial.has(file))
    .map((file) => {
      const bytes = fs.readFileSync(file);
      return { file, raw: bytes.length, gzip: gzipSize(bytes) };
    });
  const styles = css.map((href) => {
    const file = path.resolve(distDir, href);
    const bytes = fs.readFileSync(file);
    return { file, raw: bytes.length, gzip: gzipSize(bytes) };
  });
  const fonts = fs.readdirSync(assets).filter((name) => /\.(woff2?|ttf|otf)$/.test(name));
  const fontBytes = (ext) =>
    fonts
      .filter((name) => name.endsWith(ext))
      .reduce((sum, name) => sum + fs.statSync(path.join(assets, name)).size, 0);

  const total = [...initial.values()].reduce((sum, f) => sum + f.gzip, 0);
  return {
    budget: INITIAL_JS_BUDGET,
    initialJsGzip: total,
    initial: [...initial].map(([file, size]) => ({ file: path.relative(distDir, file), ...size })),
    lazy: lazy.map((f) => ({ ...f, file: path.relative(distDir, f.file) })),
    css: styles.map((f) => ({ ...f, file: path.relative(distDir, f.file) })),
    fonts: { files: fonts.length, woff2Bytes: fontBytes(".woff2"), woffBytes: fontBytes(".woff") },
  };
}

function main(argv) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const jsonIndex = argv.indexOf("--json");
  const jsonOut = jsonIndex === -1 ? null : argv[jsonIndex + 1];
  const positional = argv.filter((arg, i) => !arg.startsWith("--") && argv[i - 1] !== "--json");
  const distDir = path.resolve(positional[0] ?? path.join(root, "dist"));
  if (!fs.existsSync(path.join(distDir, "index.html"))) {
    console.error(`check-size: ${distDir}/index.html not found; run npm run build first`);
    return 1;
  }
  const result = measure(distDir);
  const rows = [
    ...result.initial.map((f) => ["initial JS", f.file, f.raw, f.gzip]),
    ...result.lazy.map((f) => ["split off (import())", f.file, f.raw, f.gzip]),
    ...result.css.map((f) => ["initial CSS", f.file, f.raw, f.gzip]),
  ];
  console.log("| kind | file | minified | gzip |\n|---|---|---:|---:|");
  for (const [kind, file, raw, gzip] of rows) console.log(`| ${kind} | ${file} | ${kB(raw)} | ${kB(gzip)} |`);
  console.log(
    `fonts in dist: ${result.fonts.files} files, woff2 ${kB(result.fonts.woff2Bytes)}, woff ${kB(result.fonts.woffBytes)}`,
  );
  const ok = result.initialJsGzip <= result.budget;
  console.log(
    `initial JavaScript: ${kB(result.initialJsGzip)} gzip of a ${kB(result.budget)} budget: ${ok ? "ok" : "OVER BUDGET"}`,
  );
  if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify(result, null, 2)}\n`);
  return ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
