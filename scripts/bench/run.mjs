// `npm run bench`: the app beside a bare Cytoscape page with the same elements, positions and stylesheet.
//
//   npm run bench -- [--sizes=default,1000,5000,20000,50000] [--reps=5] [--no-build] [--only filters,layout]
//                              [--variants app,bare] [--skip export,leak,kiosk] [--out bench-results/bench.json]
//                              [--kiosk-runs 2] [--kiosk-steps 50,500,1000] [--kiosk-snapshots dir]
//   npm run bench -- --sizes=default --reps=0 --skip=leak      # the kiosk soak alone (kiosk-soak.mjs)
//
// Builds the app (into dist-bench/app, so the e2e tests' dist/ is untouched), the bare page
// (dist-bench/bare) and the synthetic datasets (dist-bench/data), serves dist-bench/ on 127.0.0.1 and
// drives Debian's Chromium through playwright-core. Every figure is the median of --reps runs, each in
// a fresh tab, with the app and bare page alternating which goes first; ratios are taken within a run
// (app / bare) and their median reported. Prints Markdown tables and writes JSON (and .md next to it).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { syntheticDatasetText } from "../generate-synthetic.mjs";
import { launchChromium } from "../lib/chromium.mjs";
import { startStaticServer } from "../lib/static-server.mjs";
import { kioskSoak, kioskTable } from "./kiosk-soak.mjs";
import { LAYOUT_SIZES, layoutByLinksRun } from "./layoutByLinks.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OUT_DIR = path.join(ROOT, "dist-bench");
const VIEWPORT = { width: 1280, height: 800 };
const PAGE_TOOLS = fs.readFileSync(path.join(ROOT, "scripts/bench/page-tools.js"), "utf8");
/** A3 at 300 dpi, landscape (src/export/presets.ts). */
const A3 = { preset: "a3-landscape", width: 4961, height: 3508 };
/** Filter cycles for the heap check, by dataset; the big ones are time-boxed (fewer cycles; the table states the count). */
const LEAK_CYCLES = { default: 1000, 1000: 1000, 5000: 200, 20000: 40, 50000: 15 };

function parseArgs(argv) {
  // Both `--name value` and `--name=value`.
  const value = (name, fallback) => {
    const joined = argv.find((arg) => arg.startsWith(`${name}=`));
    if (joined) return joined.slice(name.length + 1);
    const i = argv.indexOf(name);
    return i === -1 ? fallback : argv[i + 1];
  };
  return {
    sizes: value("--sizes", "default,1000,5000,20000,50000").split(","),
    reps: Number(value("--reps", "5")),
    build: !argv.includes("--no-build"),
    variants: value("--variants", "app,bare").split(","),
    skip: new Set(value("--skip", "").split(",").filter(Boolean)),
    out: path.resolve(ROOT, value("--out", "bench-results/bench.json")),
    leakCycles: value("--leak-cycles", null),
    only: new Set(value("--only", "filters,pointer,motion,export,layout").split(",")),
    kioskRuns: Number(value("--kiosk-runs", "2")),
    kioskSteps: value("--kiosk-steps", "50,500,1000").split(",").map(Number),
    /** A folder for heap snapshots at each checkpoint of the first soak (compare: heap-diff.mjs). */
    kioskSnapshots: value("--kiosk-snapshots", null),
  };
}

const log = (...args) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...args);

async function build() {
  const { build: viteBuild } = await import("vite");
  log("building the app into dist-bench/app");
  await viteBuild({
    configFile: path.join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: path.join(OUT_DIR, "app"), emptyOutDir: true },
  });
  log("building the bare page into dist-bench/bare");
  await viteBuild({ configFile: path.join(ROOT, "scripts/bench/vite.config.ts") });
  log("building the element preparation (SSR) into dist-bench/node");
  await viteBuild({
    configFile: false,
    root: ROOT,
    logLevel: "warn",
    build: {
      ssr: path.join(ROOT, "scripts/bench/prepare.ts"),
      outDir: path.join(OUT_DIR, "node"),
      emptyOutDir: true,
      rolldownOptions: { output: { entryFileNames: "prepare.mjs" } },
    },
  });
}

/** Writes the datasets the app loads and the element and action modules the bare page imports. */
async function prepareData(sizes) {
  const { prepare } = await import(pathToFileURL(path.join(OUT_DIR, "node/prepare.mjs")).href);
  const dataDir = path.join(OUT_DIR, "data");
  fs.mkdirSync(dataDir, { recursive: true });
  const prepared = {};
  for (const size of sizes) {
    const name = size === "default" ? "shanxi-1958" : `synthetic-${size}`;
    const text =
      size === "default"
        ? fs.readFileSync(path.join(ROOT, "public/data/shanxi-1958.json"), "utf8")
        : syntheticDatasetText(Number(size));
    if (size !== "default") fs.writeFileSync(path.join(dataDir, `${name}.json`), text);
    const result = prepare(JSON.parse(text));
    const moduleText = (value) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
    for (const folder of ["elements", "actions"])
      fs.mkdirSync(path.join(OUT_DIR, "bare", folder), { recursive: true });
    fs.writeFileSync(path.join(OUT_DIR, "bare/elements", `${name}.js`), moduleText(result.elements));
    fs.writeFileSync(path.join(OUT_DIR, "bare/actions", `${name}.js`), moduleText(result.actions));
    prepared[size] = {
      name,
      bytes: Buffer.byteLength(text),
      enterprises: result.enterprises,
      links: result.links,
      elements: result.elements.length,
      sectorId: result.sectorId,
      regionId: result.regionId,
      hubId: result.hubId,
      shown: Object.fromEntries(Object.entries(result.actions).map(([k, a]) => [k, a.shown])),
    };
    log(
      `${name}: ${result.enterprises} enterprises, ${result.links} links, ${(text.length / 1e6).toFixed(1)} MB`,
    );
  }
  return prepared;
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function heapUsed(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize;
}

/**
 * Opens one variant in a fresh context and waits for its first complete frame; `initScript` runs first,
 * and `prepare(context)` before the page is opened.
 */
async function openPage(browser, variant, url, timeout, initScript, prepare) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  await context.addInitScript(PAGE_TOOLS);
  if (initScript) await context.addInitScript(initScript);
  if (prepare) await prepare(context);
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: "commit", timeout });
  await page.waitForFunction(() => window.__bench?.state.firstFrameAt !== null, null, {
    timeout,
    polling: 100,
  });
  const timing = await page.evaluate(() => {
    const resources = performance.getEntriesByType("resource");
    const data = resources.find((r) => /\/(data|elements)\//.test(r.name));
    return {
      firstFrame: window.__bench.state.firstFrameAt,
      longestTask: window.__bench.takeLongestTask(),
      ready: window.__bench.state.readyAt,
      dataLoaded: data ? data.responseEnd : null,
    };
  });
  if (variant !== "app") await page.evaluate(() => window.bareBench.loadActions());
  return { context, page, cdp, timing, errors };
}

/** Variant-specific operations, so the measuring code below is the same for both pages. */
function driver(variant, info) {
  const app = variant === "app";
  return {
    async filter(page, action, on) {
      return page.evaluate(
        ({ app, action, on, info }) => {
          const bench = window.__bench;
          if (!app) return bench.timed(() => window.bareBench.apply(action, on));
          if (action === "search") {
            const input = document.getElementById("search-input");
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
            return bench.timed(() => {
              setValue.call(input, on ? info.letter : "");
              input.dispatchEvent(new Event("input", { bubbles: true }));
            });
          }
          const facet = action === "sector" ? "sectors" : "regions";
          const value = action === "sector" ? info.sectorId : info.regionId;
          const box = document.querySelector(`fieldset[data-facet="${facet}"] input[value="${value}"]`);
          if (!box) throw new Error(`no ${facet} checkbox for ${value}`);
          return bench.timed(() => box.click());
        },
        { app, action, on, info },
      );
    },
    shown(page) {
      return page.evaluate((app) => {
        if (!app) return window.bareBench.shownCount();
        return document.querySelector('[data-testid="graph"]').graphProbe.shownIds().length;
      }, app);
    },
    async animating(page) {
      return app
        ? page.evaluate(() => document.querySelector('[data-testid="graph"]').graphProbe.animating())
        : false;
    },
    marked(page, mark) {
      return page.evaluate(
        ({ app, mark }) => {
          if (!app) return window.bareBench.cy.nodes(`.${mark}`).length;
          return document.querySelector('[data-testid="graph"]').graphProbe.marked(mark).length;
        },
        { app, mark },
      );
    },
    /** Page coordinates of a node's centre. */
    async pagePosition(page, id) {
      return page.evaluate(
        ({ app, id }) => {
          const element = document.querySelector('[data-testid="graph"]');
          const rect = element.getBoundingClientRect();
          const p = app ? element.graphProbe.positionOf(id) : window.bareBench.positionOf(id);
          return p ? { x: rect.left + p.x, y: rect.top + p.y } : null;
        },
        { app, id },
      );
    },
    async exportPng(page) {
      if (!app) {
        const start = Date.now();
        const bytes = await page.evaluate(({ w, h }) => window.bareBench.exportPng(w, h), {
          w: A3.width,
          h: A3.height,
        });
        return { ms: Date.now() - start, bytes };
      }
      return exportFromDialog(page, "PNG image", A3.preset);
    },
    async exportSvg(page) {
      return app ? exportFromDialog(page, "SVG vector image", A3.preset) : null;
    },
  };
}

async function exportFromDialog(page, format, preset) {
  await page.getByRole("button", { name: /^(Export|导出)$/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await dialog.getByRole("radio", { name: format }).check();
  await dialog.locator("select").selectOption(preset);
  await page.waitForTimeout(300);
  const start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 300_000 }),
    dialog.getByRole("button", { name: /^(Download|下载)$/ }).click(),
  ]);
  const ms = Date.now() - start;
  const file = await download.path();
  const bytes = file ? fs.statSync(file).size : 0;
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  return { ms, bytes };
}

/**
 * The app frames the network with its own margins, so a spot empty on the bare page may hold a node
 * here: take the first of the bare page's empty spots where the pointer highlights nothing.
 */
async function emptyOnApp(page, drive, origin, candidates) {
  for (const point of candidates) {
    await page.mouse.move(origin.x + point.x, origin.y + point.y);
    await page.evaluate(() => window.__bench.twoFrames());
    if ((await drive.marked(page, "highlighted")) === 0) return point;
  }
  throw new Error("app: no empty spot to park the pointer on");
}

/** Opens or closes the explorer's filter panel through its button, as a reader would. */
async function setFiltersPanel(page, open) {
  const button = page.locator('.panel-bar button[data-panel="filters"]');
  if ((await button.count()) === 0) return;
  if ((await button.getAttribute("aria-expanded")) !== String(open)) await button.click();
  // The panel's code arrives on first use: wait for its checkboxes, not just a frame.
  const facet = page.locator('fieldset[data-facet="sectors"]');
  await facet.waitFor({ state: open ? "visible" : "detached", timeout: 30_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Frames drawn per second while the networks move after a sector filter is ticked: from the click to
 * the end of the move (the filter is unticked again afterwards, not timed).
 */
async function repackFps(page, info) {
  const fps = await page.evaluate(async (sectorId) => {
    const graph = document.querySelector('[data-testid="graph"]');
    const box = document.querySelector(`fieldset[data-facet="sectors"] input[value="${sectorId}"]`);
    if (!box) throw new Error(`no sectors checkbox for ${sectorId}`);
    let frames = 0;
    const start = performance.now();
    let last = start;
    box.click();
    await new Promise((resolve) => {
      const tick = () => {
        frames += 1;
        last = performance.now();
        if (!graph.graphProbe.animating() || last - start > 5000) resolve(undefined);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    box.click();
    return (frames * 1000) / Math.max(1, last - start);
  }, info.sectorId);
  return fps;
}

/**
 * The map view (issue 17), on the app only. First switch: from the click on Map to the first frame with
 * the map drawn (its code, d3-geo and the rivers are fetched then), the morph included. Back to the graph,
 * then the second switch's morph in frames per second (everything cached), then pan and zoom on the map.
 */
async function mapFigures(page, drive, point) {
  const switchTo = (name) =>
    page.evaluate(async (label) => {
      const graph = document.querySelector('[data-testid="graph"]');
      const button = [...document.querySelectorAll(".toolbar button")].find((b) => b.textContent === label);
      if (!button) throw new Error(`no ${label} button`);
      const start = performance.now();
      let frames = 0;
      let drawn = null;
      let last = start;
      button.click();
      await new Promise((resolve) => {
        const tick = () => {
          frames += 1;
          last = performance.now();
          if (
            drawn === null &&
            (label !== "Map" || document.querySelector('[data-testid="map-base"][data-rivers]'))
          )
            drawn = last - start;
          if ((drawn !== null && !graph.graphProbe.animating()) || last - start > 10000) resolve(undefined);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      return { firstFrame: drawn, fps: (frames * 1000) / Math.max(1, last - start) };
    }, name);
  const first = await switchTo("Map");
  await settle(page, drive);
  await switchTo("Graph");
  await settle(page, drive);
  const second = await switchTo("Map");
  await settle(page, drive);
  const motion = await page.evaluate((at) => window.__bench.panZoom(at, 2000), point);
  await settle(page, drive);
  await switchTo("Graph");
  await settle(page, drive);
  return { mapFirstFrame: first.firstFrame, mapMorphFps: second.fps, mapPanZoomFps: motion.fps };
}

async function settle(page, drive) {
  for (let i = 0; i < 100 && (await drive.animating(page)); i++) await page.waitForTimeout(50);
  await page.evaluate(() => window.__bench.settle(3000));
}

function finish(result, opened) {
  if (opened.errors.length > 0) result.errors = opened.errors.slice(0, 5);
  return result;
}

/** One run of one variant on one dataset: every timed figure. */
async function runOnce({ browser, baseUrl, variant, size, info, graphBox, options }) {
  const timeout = size === "default" || Number(size) <= 5000 ? 120_000 : 600_000;
  const url =
    variant === "app"
      ? `${baseUrl}app/${size === "default" ? "" : `?data=${encodeURIComponent(`../data/${info.name}.json`)}`}`
      : `${baseUrl}bare/?data=${info.name}&w=${graphBox.width}&h=${graphBox.height}${variant === "bare-webgl" ? "&renderer=webgl" : ""}`;
  const opened = await openPage(browser, variant, url, timeout);
  const { page, cdp } = opened;
  const drive = driver(variant === "app" ? "app" : "bare", { ...info, letter: "q" });
  const result = {
    load: opened.timing.firstFrame,
    loadDetail: opened.timing,
    longestTaskLoad: opened.timing.longestTask,
  };
  try {
    result.heapAfterLoad = await heapUsed(cdp);
    const total = info.enterprises;
    if ((await drive.shown(page)) !== total)
      throw new Error(`${variant}: ${await drive.shown(page)} shown of ${total}`);
    await settle(page, drive);
    await page.evaluate(() => window.__bench.takeLongestTask());
    // The explorer's filters fold away to a button; open them as a reader would (closed again below).
    if (variant === "app") await setFiltersPanel(page, true);
    for (const action of options.only.has("filters") ? ["sector", "region", "search"] : []) {
      result[`${action}On`] = await drive.filter(page, action, true);
      const shown = await drive.shown(page);
      if (shown !== info.shown[action])
        throw new Error(`${variant} ${action}: ${shown} shown, expected ${info.shown[action]}`);
      await settle(page, drive);
      result[`${action}Off`] = await drive.filter(page, action, false);
      if ((await drive.shown(page)) !== total) throw new Error(`${variant} ${action} off: not all shown`);
      await settle(page, drive);
    }
    if (options.only.has("filters"))
      result.longestTaskFilters = await page.evaluate(() => window.__bench.takeLongestTask());
    if (variant === "app" && options.only.has("motion")) {
      result.repackFps = await repackFps(page, info);
      await settle(page, drive);
    }
    if (variant === "app") await setFiltersPanel(page, false);

    if (!options.only.has("pointer")) return finish(result, opened);
    // Hover and selection: real mouse input, timed from the event to the next frame.
    const origin = await page.evaluate(() => {
      const r = document.querySelector('[data-testid="graph"]').getBoundingClientRect();
      return { x: r.left, y: r.top };
    });
    const empty =
      variant === "app"
        ? await emptyOnApp(page, drive, origin, graphBox.emptyCandidates)
        : (await page.evaluate(() => window.bareBench.emptyPoints(1)))[0];
    const parkAt = { x: origin.x + empty.x, y: origin.y + empty.y };
    await page.mouse.move(parkAt.x, parkAt.y);
    await settle(page, drive);
    const hub = await drive.pagePosition(page, info.hubId);
    await page.evaluate(() => window.__bench.armEvent("mousemove"));
    await page.mouse.move(hub.x, hub.y);
    result.hoverOn = await page.evaluate(() => window.__bench.armed());
    if ((await drive.marked(page, "highlighted")) === 0)
      throw new Error(`${variant}: hover highlighted nothing`);
    await settle(page, drive);
    await page.evaluate(() => window.__bench.armEvent("mousemove"));
    await page.mouse.move(parkAt.x, parkAt.y);
    result.hoverOff = await page.evaluate(() => window.__bench.armed());
    if ((await drive.marked(page, "highlighted")) !== 0) throw new Error(`${variant}: the highlight stayed`);
    await settle(page, drive);
    // Selection with the pointer on the commander (hovered again, not timed), as a reader clicks.
    await page.mouse.move(hub.x, hub.y);
    await settle(page, drive);
    await page.evaluate(() => window.__bench.armEvent("mouseup"));
    await page.mouse.down();
    await page.mouse.up();
    result.select = await page.evaluate(() => window.__bench.armed());
    if ((await drive.marked(page, "selected")) !== 1) throw new Error(`${variant}: click selected nothing`);
    await page.mouse.move(parkAt.x, parkAt.y);
    await settle(page, drive);

    if (!options.only.has("motion")) return finish(result, opened);
    const motion = await page.evaluate((point) => window.__bench.panZoom(point, 2000), empty);
    result.panZoomFps = motion.fps;
    // The bare page has no re-pack: the app's re-pack animation is compared with the bare page's pan.
    if (variant !== "app") result.repackFps = motion.fps;
    await settle(page, drive);
    if (variant === "app" && size === "default") Object.assign(result, await mapFigures(page, drive, empty));

    if (!options.skip.has("export") && options.only.has("export")) {
      const png = await drive.exportPng(page);
      result.exportPng = png.ms;
      result.exportPngBytes = png.bytes;
      const svg = await drive.exportSvg(page);
      if (svg) {
        result.exportSvg = svg.ms;
        result.exportSvgBytes = svg.bytes;
      }
    }
    return finish(result, opened);
  } finally {
    await opened.context.close();
  }
}

/** Heap after load and after N filter cycles (sector on and off), after forced garbage collection. */
async function leakRun({ browser, baseUrl, variant, size, info, graphBox, cycles }) {
  const url =
    variant === "app"
      ? `${baseUrl}app/${size === "default" ? "" : `?data=${encodeURIComponent(`../data/${info.name}.json`)}`}`
      : `${baseUrl}bare/?data=${info.name}&w=${graphBox.width}&h=${graphBox.height}`;
  const opened = await openPage(browser, variant, url, 600_000);
  const { page, cdp } = opened;
  try {
    if (variant === "app") await setFiltersPanel(page, true);
    const start = await heapUsed(cdp);
    const cycle = (count) =>
      page.evaluate(
        async ({ app, count, sectorId }) => {
          const box = app
            ? document.querySelector(`fieldset[data-facet="sectors"] input[value="${sectorId}"]`)
            : null;
          for (let i = 0; i < count; i++) {
            for (const on of [true, false]) {
              if (app) box.click();
              else window.bareBench.apply("sector", on);
              await window.__bench.macrotask();
            }
          }
          await window.__bench.twoFrames();
        },
        { app: variant === "app", count, sectorId: info.sectorId },
      );
    const began = Date.now();
    await cycle(Math.floor(cycles / 2));
    const mid = await heapUsed(cdp);
    await cycle(cycles - Math.floor(cycles / 2));
    await page.waitForTimeout(500);
    const end = await heapUsed(cdp);
    return {
      cycles,
      start,
      mid,
      end,
      growth: end - start,
      secondHalf: end - mid,
      seconds: (Date.now() - began) / 1000,
    };
  } finally {
    await opened.context.close();
  }
}

const METRICS = [
  ["load", "first complete frame (ms)", "ms"],
  ["longestTaskLoad", "longest main-thread task, load (ms)", "ms"],
  ["sectorOn", "filter: sector on → frame (ms)", "ms"],
  ["sectorOff", "filter: sector off → frame (ms)", "ms"],
  ["regionOn", "filter: region on → frame (ms)", "ms"],
  ["regionOff", "filter: region off → frame (ms)", "ms"],
  ["searchOn", "filter: type a search letter → frame (ms)", "ms"],
  ["searchOff", "filter: clear the search → frame (ms)", "ms"],
  ["longestTaskFilters", "longest main-thread task, the six filter changes (ms)", "ms"],
  ["hoverOn", "hover highlight → frame (ms)", "ms"],
  ["hoverOff", "hover end → frame (ms)", "ms"],
  ["select", "click select → frame (ms)", "ms"],
  ["panZoomFps", "pan and zoom, 2 s (frames/s)", "fps"],
  ["repackFps", "re-pack after a sector filter (frames/s; bare: its pan)", "fps"],
  ["mapFirstFrame", "map view: click → first frame with the map, first use (ms)", "ms"],
  ["mapMorphFps", "map view: morph from the stars (frames/s)", "fps"],
  ["mapPanZoomFps", "map view: pan and zoom, 2 s (frames/s; compare the star view's above)", "fps"],
  ["exportPng", "PNG export, A3 300 dpi (ms)", "ms"],
  ["exportSvg", "SVG export, A3 (ms)", "ms"],
  ["heapAfterLoad", "JS heap after load (MB)", "bytes"],
  [
    "importAndLayoutMs",
    "open an edge list this size and lay it out by links: file chosen → laid out (ms)",
    "ms",
  ],
  ["importAndLayoutLongestTask", "… longest main-thread task meanwhile (ms)", "ms"],
  ["layoutMs", "layout by links alone: its start → laid out (ms)", "ms"],
  ["layoutLongestTask", "… longest main-thread task meanwhile (ms)", "ms"],
];

const format = (value, unit) => {
  if (!Number.isFinite(value)) return "–";
  if (unit === "bytes") return (value / 1e6).toFixed(1);
  if (unit === "fps") return value.toFixed(1);
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
};

function summarise(runs, variants) {
  const [primary, floor] = variants;
  const summary = {};
  for (const [size, byVariant] of Object.entries(runs)) {
    summary[size] = {};
    for (const [key, , unit] of METRICS) {
      const row = {};
      for (const variant of variants) {
        const values = (byVariant[variant] ?? []).map((r) => r[key]).filter(Number.isFinite);
        if (values.length)
          row[variant] = {
            median: median(values),
            min: Math.min(...values),
            max: Math.max(...values),
            n: values.length,
          };
      }
      const a = byVariant[primary] ?? [];
      const b = byVariant[floor] ?? [];
      const ratios = a
        .map((run, i) =>
          b[i] && Number.isFinite(run[key]) && Number.isFinite(b[i][key]) ? run[key] / b[i][key] : Number.NaN,
        )
        .filter(Number.isFinite);
      if (ratios.length)
        row.ratio = { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
      row.unit = unit;
      summary[size][key] = row;
    }
  }
  return summary;
}

function markdown(summary, variants, prepared, leaks) {
  const [primary, floor] = variants;
  const lines = [];
  const cell = (s, unit) =>
    s ? `${format(s.median, unit)} (${format(s.min, unit)}–${format(s.max, unit)})` : "–";
  for (const [size, rows] of Object.entries(summary)) {
    const info = prepared[size];
    lines.push(
      `\n#### ${info.name}: ${info.enterprises.toLocaleString("en")} enterprises, ${info.links.toLocaleString("en")} links\n`,
    );
    lines.push(`| figure | ${primary} | ${floor} | ratio ${primary}/${floor} |`, "|---|---:|---:|---:|");
    for (const [key, label, unit] of METRICS) {
      const row = rows[key];
      if (!row || (!row[primary] && !row[floor])) continue;
      const ratio = row.ratio
        ? `${row.ratio.median.toFixed(2)} (${row.ratio.min.toFixed(2)}–${row.ratio.max.toFixed(2)})`
        : "–";
      lines.push(`| ${label} | ${cell(row[primary], unit)} | ${cell(row[floor], unit)} | ${ratio} |`);
    }
    const leak = leaks[size];
    if (leak?.[primary] && leak?.[floor]) {
      const mb = (v) => (v / 1e6).toFixed(2);
      for (const variant of [primary, floor]) {
        const l = leak[variant];
        lines.push(
          `| heap growth over ${l.cycles} filter cycles, ${variant} (MB): ${mb(l.start)} → ${mb(l.mid)} → ${mb(l.end)} | ${variant === primary ? `${mb(l.growth)} (2nd half ${mb(l.secondHalf)})` : ""} | ${variant === floor ? `${mb(l.growth)} (2nd half ${mb(l.secondHalf)})` : ""} | |`,
        );
      }
    }
  }
  return lines.join("\n");
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const began = Date.now();
  if (options.build) await build();
  const prepared = await prepareData(options.sizes);
  const server = await startStaticServer({ root: OUT_DIR });
  const chromium = await launchChromium();
  const leakCycles = { ...LEAK_CYCLES };
  if (options.leakCycles)
    for (const pair of options.leakCycles.split(","))
      leakCycles[pair.split(":")[0]] = Number(pair.split(":")[1]);
  const runs = {};
  const leaks = {};
  let kiosk = null;
  try {
    // The bare page gets the app's graph size, so both draw the same number of pixels.
    const probe = await openPage(chromium.browser, "app", `${server.url}app/`, 120_000);
    const graphBox = await probe.page.evaluate(() => {
      const r = document.querySelector('[data-testid="graph"]').getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height) };
    });
    await probe.context.close();
    log(`graph area ${graphBox.width}×${graphBox.height} in a ${VIEWPORT.width}×${VIEWPORT.height} window`);

    for (const size of options.sizes) {
      const info = prepared[size];
      runs[size] = Object.fromEntries(options.variants.map((v) => [v, []]));
      // Empty spots for the pan and hover-away position, found once on the bare page (the app checks them).
      const bare = await openPage(
        chromium.browser,
        "bare",
        `${server.url}bare/?data=${info.name}&w=${graphBox.width}&h=${graphBox.height}`,
        600_000,
      );
      const box = {
        ...graphBox,
        emptyCandidates: await bare.page.evaluate(() => window.bareBench.emptyPoints(24)),
      };
      await bare.context.close();
      for (let rep = 0; rep < options.reps; rep++) {
        const order = rep % 2 === 0 ? options.variants : [...options.variants].reverse();
        for (const variant of order) {
          const t = Date.now();
          try {
            const result = await runOnce({
              browser: chromium.browser,
              baseUrl: server.url,
              variant,
              size,
              info,
              graphBox: box,
              options,
            });
            runs[size][variant][rep] = result;
            log(
              `${info.name} rep ${rep + 1}/${options.reps} ${variant}: load ${format(result.load, "ms")} ms, sector ${format(result.sectorOn, "ms")}/${format(result.sectorOff, "ms")} ms, hover ${format(result.hoverOn, "ms")} ms, ${format(result.panZoomFps, "fps")} fps (${((Date.now() - t) / 1000).toFixed(0)} s)`,
            );
          } catch (error) {
            log(`${info.name} rep ${rep + 1} ${variant} FAILED: ${error.message.split("\n")[0]}`);
            runs[size][variant][rep] = { error: error.message };
          }
        }
      }
      const layoutReps =
        options.only.has("layout") && LAYOUT_SIZES.has(size) && options.variants.includes("app")
          ? options.reps
          : 0;
      for (let rep = 0; rep < layoutReps; rep++) {
        const t = Date.now();
        try {
          const result = await layoutByLinksRun({
            browser: chromium.browser,
            baseUrl: server.url,
            size,
            openPage,
          });
          runs[size].app[rep] = { ...runs[size].app[rep], ...result };
          log(
            `${size} towns by links rep ${rep + 1}/${options.reps}: opened and laid out in ${format(result.importAndLayoutMs, "ms")} ms (longest task ${format(result.importAndLayoutLongestTask, "ms")} ms), the layout in ${format(result.layoutMs, "ms")} ms (longest task ${format(result.layoutLongestTask, "ms")} ms, ${result.layoutLongTasks} long tasks, ${result.layoutProgressUpdates} progress updates) (${((Date.now() - t) / 1000).toFixed(0)} s)`,
          );
        } catch (error) {
          log(`${size} towns by links rep ${rep + 1} FAILED: ${error.message.split("\n")[0]}`);
        }
      }
      if (!options.skip.has("leak") && leakCycles[size]) {
        leaks[size] = {};
        for (const variant of options.variants) {
          if (variant === "bare-webgl") continue;
          leaks[size][variant] = await leakRun({
            browser: chromium.browser,
            baseUrl: server.url,
            variant,
            size,
            info,
            graphBox: box,
            cycles: leakCycles[size],
          });
          const l = leaks[size][variant];
          log(
            `${info.name} heap ${variant}: ${(l.start / 1e6).toFixed(2)} → ${(l.end / 1e6).toFixed(2)} MB over ${l.cycles} cycles (${l.seconds.toFixed(0)} s)`,
          );
        }
      }
    }
    if (!options.skip.has("kiosk") && options.sizes.includes("default")) {
      if (options.kioskSnapshots) fs.mkdirSync(options.kioskSnapshots, { recursive: true });
      kiosk = [];
      for (let run = 0; run < options.kioskRuns; run++) {
        const result = await kioskSoak({
          newContext: (url, prepare) => openPage(chromium.browser, "app", url, 600_000, null, prepare),
          baseUrl: `${server.url}app/`,
          checkpoints: options.kioskSteps,
          snapshot: (steps) =>
            options.kioskSnapshots && run === 0
              ? path.join(options.kioskSnapshots, `kiosk-${steps}.heapsnapshot`)
              : null,
          log,
        });
        kiosk.push(result);
        log(
          `kiosk soak ${run + 1}/${options.kioskRuns}: heap ${(result.heapGrowth / 1e6).toFixed(2)} MB, ${result.nodeGrowth} nodes, ${result.listenerGrowth} listeners from step ${options.kioskSteps[0]} to ${options.kioskSteps[1]} (${result.seconds.toFixed(0)} s)`,
        );
      }
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  const summary = summarise(runs, options.variants);
  const table =
    markdown(summary, options.variants, prepared, leaks) + (kiosk?.length ? `\n${kioskTable(kiosk)}` : "");
  console.log(table);
  const meta = {
    date: new Date().toISOString(),
    minutes: (Date.now() - began) / 60000,
    reps: options.reps,
    viewport: VIEWPORT,
    machine: `${os.cpus().length}× ${os.cpus()[0]?.model ?? "?"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
    node: process.version,
  };
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(
    options.out,
    `${JSON.stringify({ meta, prepared, summary, leaks, kiosk, runs }, null, 1)}\n`,
  );
  fs.writeFileSync(options.out.replace(/\.json$/, ".md"), `${table}\n`);
  log(`wrote ${path.relative(ROOT, options.out)} in ${meta.minutes.toFixed(1)} min`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
