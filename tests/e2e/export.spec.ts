// Exports end to end, on the production build: the files a reader downloads, decoded and checked.
//
// PNG sizes are read from the file's IHDR chunk; pixels are read back by the browser; the SVG is
// parsed, its embedded font handed to Chromium's font loader, and rasterised with librsvg
// (`rsvg-convert`, Debian's librsvg2-bin) to be compared with the PNG of the same view.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FrameLocator, Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { axeViolations, GRAPH, GRAPH_READY, readDataset } from "./support/helpers";

const VIEWPORT = { width: 1440, height: 900 };

/** Output sizes the presets promise (300 dpi for paper); see src/export/presets.ts. */
const PRESETS: Record<string, [number, number]> = {
  "screen-1x": [1920, 1080],
  "screen-2x": [3840, 2160],
  "a4-portrait": [2480, 3508],
  "a4-landscape": [3508, 2480],
  "a3-portrait": [3508, 4961],
  "a3-landscape": [4961, 3508],
};

function pngSize(png: Buffer) {
  expect(png.length, `PNG of ${png.length} bytes`).toBeGreaterThan(33);
  expect(png.subarray(1, 4).toString("latin1"), "not a PNG file").toBe("PNG");
  expect(png.subarray(12, 16).toString("latin1"), "first chunk is not IHDR").toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] };
}

async function openExplorer(page: Page, url: string) {
  await page.goto(url);
  await page.locator(GRAPH_READY).waitFor();
  await page.evaluate(() => document.fonts.ready);
}

async function openDialog(scope: Page | FrameLocator) {
  await scope.getByRole("button", { name: /^(Export|导出)$/ }).click();
  const dialog = scope.getByRole("dialog");
  await dialog.waitFor();
  return dialog;
}

/**
 * Chooses options in the dialog by their visible labels.
 */
interface Choice {
  format?: string | RegExp;
  preset?: string;
  width?: number;
  background?: string;
  table?: string;
}

async function choose(dialog: Locator, choice: Choice) {
  if (choice.format) await dialog.getByRole("radio", { name: choice.format }).check();
  if (choice.preset) await dialog.locator("select").selectOption(choice.preset);
  if (choice.width !== undefined) await dialog.getByLabel("Width in pixels").fill(String(choice.width));
  if (choice.background) await dialog.getByRole("radio", { name: choice.background }).check();
  if (choice.table) await dialog.getByRole("radio", { name: choice.table }).check();
}

/**
 * Clicks Download and returns the file.
 */
async function download(page: Page, dialog: Locator) {
  const started = Date.now();
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    dialog.getByRole("button", { name: /^(Download|下载)$/ }).click(),
  ]);
  const filePath = await file.path();
  expect(filePath, "the download has no file").toBeTruthy();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(filePath), ms: Date.now() - started };
}

/** The size the dialog says the image will have, e.g. "Image size: 2,480 × 3,508 px". */
async function shownSize(dialog: Locator) {
  const text = (await dialog.getByTestId("export-size").textContent()) ?? "";
  const match = /([\d,]+) × ([\d,]+)/.exec(text);
  if (!match) throw new Error(`no size in "${text}"`);
  return [Number(match[1]?.replace(/,/g, "")), Number(match[2]?.replace(/,/g, ""))];
}

/**
 * Decodes images in the page and returns, for each, its size, some pixels and a 64 × 40 greyscale
 * thumbnail (mean of the channels over white, so transparent and white read the same).
 */
interface ImageInfo {
  width: number;
  height: number;
  pixels: number[][];
  grey: number[];
  opaqueSamples: number;
}

async function inspectImages<T extends Buffer[]>(
  page: Page,
  images: [...T],
  points: number[][] = [],
): Promise<{ [K in keyof T]: ImageInfo }> {
  const results = await page.evaluate(
    async ({ sources, points }) => {
      const results: ImageInfo[] = [];
      for (const source of sources) {
        const bytes = Uint8Array.from(atob(source), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const full = document.createElement("canvas");
        full.width = bitmap.width;
        full.height = bitmap.height;
        const context = full.getContext("2d", { willReadFrequently: true });
        if (!context) throw new Error("no 2D context");
        context.drawImage(bitmap, 0, 0);
        const pixels = points.map(([x = 0, y = 0]) => [...context.getImageData(x, y, 1, 1).data]);
        const thumb = document.createElement("canvas");
        thumb.width = 64;
        thumb.height = 40;
        const t = thumb.getContext("2d", { willReadFrequently: true });
        if (!t) throw new Error("no 2D context");
        t.fillStyle = "#ffffff";
        t.fillRect(0, 0, 64, 40);
        t.imageSmoothingQuality = "high";
        t.drawImage(bitmap, 0, 0, 64, 40);
        const data = t.getImageData(0, 0, 64, 40).data;
        const grey: number[] = [];
        for (let i = 0; i < data.length; i += 4)
          grey.push(((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3);
        let opaque = 0;
        const all = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        for (let i = 3; i < all.length; i += 4 * 97) if ((all[i] ?? 0) > 0) opaque += 1;
        results.push({ width: bitmap.width, height: bitmap.height, pixels, grey, opaqueSamples: opaque });
      }
      return results;
    },
    { sources: images.map((b) => b.toString("base64")), points },
  );
  return results as { [K in keyof T]: ImageInfo };
}

/** Mean absolute difference of two greyscale thumbnails, 0–255. */
function meanDifference(a: number[], b: number[]) {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / a.length;
}

/** Rasterises an SVG file with librsvg at an exact size. */
function rsvg(svg: Buffer | string, width: number, height: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "export-e2e-"));
  try {
    fs.writeFileSync(path.join(dir, "in.svg"), svg);
    const result = spawnSync(
      "rsvg-convert",
      ["-w", String(width), "-h", String(height), "-o", "out.png", "in.svg"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    if (result.error)
      throw new Error(`rsvg-convert could not run (apt-get install librsvg2-bin): ${result.error.message}`);
    expect(result.status, `rsvg-convert failed: ${result.stderr}`).toBe(0);
    return fs.readFileSync(path.join(dir, "out.png"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Rasterises an SVG in Chromium itself (which honours its embedded @font-face) at an exact size. */
async function chromiumRaster(page: Page, svg: string, width: number, height: number) {
  const base64 = await page.evaluate(
    async ({ text, width, height }) => {
      const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
      try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = width;
        canvas.height = height;
        canvas.getContext("2d")?.drawImage(image, 0, 0, width, height);
        const blob = await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob failed"))), "image/png"),
        );
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = "";
        for (let i = 0; i < bytes.length; i += 0x8000)
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(binary);
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    { text: svg, width, height },
  );
  return Buffer.from(base64, "base64");
}

const save = (name: string, bytes: Buffer) => {
  const dir = path.resolve("test-results", "exports");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), bytes);
};

for (const ratio of [1, 2]) {
  test(`export: every PNG preset has its exact pixel size at device pixel ratio ${ratio}`, async ({
    newPage,
    baseUrl,
  }) => {
    test.setTimeout(360_000);
    const page = await newPage({ contextOptions: { viewport: VIEWPORT, deviceScaleFactor: ratio } });
    await openExplorer(page, `${baseUrl}?sector=coal&region=jinnan`);
    expect(await page.evaluate(() => devicePixelRatio), "device pixel ratio not applied").toBe(ratio);
    const labelsBefore = await page.$eval(GRAPH, (el) => el.graphProbe.labelBoxes());
    const dialog = await openDialog(page);
    await choose(dialog, { format: "PNG image" });
    const cases: Array<[string, [number, number | null]]> = [
      ...Object.entries(PRESETS),
      ["custom", [1200, null]],
    ];
    for (const [preset, [width, height]] of cases) {
      await choose(dialog, { preset, ...(preset === "custom" ? { width } : {}) });
      await page.waitForFunction(
        ([w]) =>
          document
            .querySelector('[data-testid="export-size"]')
            ?.textContent?.replace(/,/g, "")
            .includes(`${w} ×`),
        [width],
      );
      const promised = await shownSize(dialog);
      const file = await download(page, dialog);
      const size = pngSize(file.bytes);
      expect(
        size.width === width && (height === null || size.height === height),
        `${preset} at ratio ${ratio}: got ${size.width} × ${size.height}, expected ${width} × ${height ?? "any"}`,
      ).toBeTruthy();
      expect(
        size.width === promised[0] && size.height === promised[1],
        `${preset}: the dialog promised ${promised.join(" × ")}, the file is ${size.width} × ${size.height}`,
      ).toBeTruthy();
      expect(
        /^shanxi-1958_coal_jinnan_\d{4}-\d{2}-\d{2}\.png$/.test(file.name),
        `file name ${file.name}`,
      ).toBeTruthy();
      console.log(
        `    ${preset} @${ratio}x: ${size.width} × ${size.height}, ${Math.round(file.bytes.length / 1024)} kB, ${file.ms} ms`,
      );
      if (ratio === 1 && preset === "a4-portrait") save("a4-portrait.png", file.bytes);
      if (ratio === 1 && preset === "a3-landscape") save("a3-landscape.png", file.bytes);
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    // The print styling used for the export is gone from the screen again.
    const labelsAfter = await page.$eval(GRAPH, (el) => el.graphProbe.labelBoxes());
    expect(JSON.stringify(labelsAfter), "the graph's labels changed after exporting").toBe(
      JSON.stringify(labelsBefore),
    );
    expect(
      await page.getByRole("button", { name: "Export" }).evaluate((el) => el === document.activeElement),
      "focus did not return to the Export button",
    ).toBeTruthy();
  });
}

test("export: a transparent PNG is transparent, a white one white, and neither is blank", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  await openExplorer(page, `${baseUrl}?sector=fert`);
  const dialog = await openDialog(page);
  await choose(dialog, { format: "PNG image", preset: "screen-1x", background: "Transparent" });
  const transparent = await download(page, dialog);
  await choose(dialog, { background: "White" });
  const white = await download(page, dialog);
  expect(
    pngSize(transparent.bytes).colourType,
    "a transparent PNG needs an alpha channel (colour type 6)",
  ).toBe(6);
  const corners = [
    [0, 0],
    [1919, 0],
    [0, 1079],
    [1919, 1079],
  ];
  const [t, w] = await inspectImages(page, [transparent.bytes, white.bytes], corners);
  for (const [i, pixel] of t.pixels.entries())
    expect(pixel[3], `transparent corner ${corners[i]} has alpha ${pixel[3]}`).toBe(0);
  for (const [i, pixel] of w.pixels.entries())
    expect(pixel.join(","), `white corner ${corners[i]} is ${pixel}`).toBe("255,255,255,255");
  // Drawn, not blank: a good share of sampled pixels carry ink on the transparent image.
  expect(t.opaqueSamples, `only ${t.opaqueSamples} sampled pixels are drawn`).toBeGreaterThan(200);
  expect(Math.min(...w.grey), "the white PNG has no dark ink at all").toBeLessThan(128);
});

test("export: the SVG has named layers, text as text, a font Chromium loads, and looks like the PNG", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(240_000);
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  await openExplorer(page, `${baseUrl}?lang=zh&sector=coal,power`);
  const dialog = await openDialog(page);
  await choose(dialog, { format: /^SVG/, preset: "a4-landscape", background: "白色" });
  const svgFile = await download(page, dialog);
  await choose(dialog, { format: /^PNG/ });
  const pngFile = await download(page, dialog);
  await page.keyboard.press("Escape");
  const svg = svgFile.bytes.toString("utf8");
  expect(svgFile.name.endsWith(".svg"), svgFile.name).toBeTruthy();
  save("a4-landscape-zh.svg", svgFile.bytes);
  save("a4-landscape-zh.png", pngFile.bytes);

  const structure = await page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const error = doc.querySelector("parsererror");
    const layers = [...doc.documentElement.children]
      .filter((el) => el.getAttribute("inkscape:groupmode") === "layer")
      .map((el) => el.id);
    const labels = [...doc.querySelectorAll("#labels text")].map((el) => el.textContent);
    const nodeIds = [...doc.querySelectorAll("#nodes path")].map((el) => el.getAttribute("data-id"));
    const css = doc.querySelector("defs style")?.textContent ?? "";
    const faces = [...css.matchAll(/font-weight:(\d+);src:url\((data:font\/woff;base64,[^)]+)\)/g)];
    const loaded = [];
    for (const [, weight, url] of faces) {
      try {
        const face = new FontFace("Export Check", `url(${url})`, { weight });
        await face.load();
        loaded.push("ok");
      } catch (e) {
        loaded.push(String(e));
      }
    }
    return {
      error: error?.textContent ?? null,
      layers,
      labels,
      nodeIds,
      faces: faces.length,
      loaded,
      width: doc.documentElement.getAttribute("width"),
      viewBox: doc.documentElement.getAttribute("viewBox"),
    };
  }, svg);
  expect(structure.error, `SVG is not well-formed: ${structure.error}`).toBe(null);
  expect(structure.layers.join(","), `layers: ${structure.layers.join(",")}`).toBe(
    "edges,nodes,labels,legend,caption",
  );
  expect(
    structure.width === "297mm" && structure.viewBox === "0 0 3508 2480",
    `size ${structure.width} ${structure.viewBox}`,
  ).toBeTruthy();
  expect(
    structure.labels.some((l) => /煤炭网|矿务局/.test(l)),
    `no Chinese label text: ${structure.labels.slice(0, 5)}`,
  ).toBeTruthy();
  const dataset = readDataset();
  const shown = dataset.enterprises.filter((e) => ["coal", "power"].includes(e.sector)).map((e) => e.id);
  expect(
    structure.nodeIds.length === shown.length && shown.every((id) => structure.nodeIds.includes(id)),
    "the SVG's nodes are not the view's enterprises",
  ).toBeTruthy();
  expect(
    structure.faces,
    `expected embedded faces for both weights, found ${structure.faces}`,
  ).toBeGreaterThanOrEqual(2);
  expect(
    structure.loaded.every((r) => r === "ok"),
    `Chromium refused an embedded font: ${structure.loaded.find((r) => r !== "ok")}`,
  ).toBeTruthy();
  expect(svgFile.bytes.length, `SVG of ${svgFile.bytes.length} bytes: the font is not subset`).toBeLessThan(
    1_000_000,
  );
  console.log(
    `    SVG ${Math.round(svgFile.bytes.length / 1024)} kB (${structure.faces} font faces), ${svgFile.ms} ms`,
  );

  // The same view drawn three ways must look alike. librsvg ignores @font-face and has no CJK
  // font here, so its text is boxes: it is compared at 64 × 40 where text is a grey smudge.
  const { width, height } = pngSize(pngFile.bytes);
  const librsvg = rsvg(svg, width, height);
  save("a4-landscape-zh.rsvg.png", librsvg);
  const chromium = await chromiumRaster(page, svg, width, height);
  // A different view in the same frame, to show the measure tells views apart.
  await page.goto(`${baseUrl}?lang=zh&sector=agmach`);
  await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
  const otherDialog = await openDialog(page);
  await choose(otherDialog, { format: /^PNG/, preset: "a4-landscape", background: "白色" });
  const other = await download(page, otherDialog);
  const [png, viaRsvg, viaChromium, otherView] = await inspectImages(page, [
    pngFile.bytes,
    librsvg,
    chromium,
    other.bytes,
  ]);
  const dRsvg = meanDifference(png.grey, viaRsvg.grey);
  const dChromium = meanDifference(png.grey, viaChromium.grey);
  const dOther = meanDifference(png.grey, otherView.grey);
  console.log(
    `    mean |Δ| on 64×40 grey: PNG vs librsvg ${dRsvg.toFixed(2)}, vs Chromium SVG ${dChromium.toFixed(2)}, vs another view ${dOther.toFixed(2)}`,
  );
  expect(
    viaRsvg.width === width && viaRsvg.height === height,
    "librsvg output has the wrong size",
  ).toBeTruthy();
  // Thresholds, from measurements (Chromium 156, librsvg 2.54): the SVG drawn by Chromium with its
  // embedded font differs from the PNG by about 0.05 grey levels (anti-aliasing); drawn by librsvg,
  // with DejaVu and boxes for CJK text, by about 0.9; the PNG of another network in the same frame
  // by about 4.4. So librsvg must stay under 2, Chromium under 0.5, and another view must be at
  // least three times as far as librsvg's rendering: a misplaced layer or a lost graph fails.
  expect(dRsvg, `the SVG (librsvg) differs from the PNG by ${dRsvg.toFixed(2)} grey levels`).toBeLessThan(2);
  expect(
    dChromium,
    `the SVG (Chromium) differs from the PNG by ${dChromium.toFixed(2)} grey levels`,
  ).toBeLessThan(0.5);
  expect(
    dOther,
    `another view (${dOther.toFixed(2)}) is not clearly further than the SVG (${dRsvg.toFixed(2)})`,
  ).toBeGreaterThan(3 * dRsvg);
});

test("export: a size beyond the canvas limits is refused with a message, never a file", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  await openExplorer(page, baseUrl);
  let downloads = 0;
  page.on("download", () => {
    downloads += 1;
  });
  const dialog = await openDialog(page);
  await choose(dialog, { format: "PNG image", preset: "custom", width: 40000 });
  const problem = dialog.getByTestId("export-problem");
  await problem.waitFor();
  await expect(problem).toHaveText(/40,000 px is longer than browsers can draw \(32,767 px a side\)/);
  const button = dialog.getByRole("button", { name: "Download" });
  expect(await button.isDisabled(), "Download stays enabled for an impossible size").toBeTruthy();
  // Within the side limit but past the area limit (a tall figure 30,000 px wide).
  await choose(dialog, { width: 30000 });
  await page.waitForFunction(() =>
    /million pixels is more than browsers can draw/.test(
      document.querySelector('[data-testid="export-problem"]')?.textContent ?? "",
    ),
  );
  // The programmatic API refuses too, before drawing, with the message in both languages.
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  expect(downloads, `${downloads} file(s) were downloaded`).toBe(0);
  await page.getByRole("button", { name: "中文" }).click();
  const zhDialog = await openDialog(page);
  await zhDialog.locator("select").selectOption("custom");
  await zhDialog.getByLabel("宽度（像素）").fill("40000");
  await expect(zhDialog.getByTestId("export-problem")).toHaveText(/超出了浏览器能绘制的边长/);
});

test("export: CSV and JSON hold the enterprises and links of the view", async ({ newPage, baseUrl }) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  await openExplorer(page, `${baseUrl}?sector=coal&tier=small`);
  const dataset = readDataset();
  const matching = dataset.enterprises
    .filter((e) => e.sector === "coal" && e.tier === "small")
    .map((e) => e.id);
  const commanders = new Set(dataset.links.filter((l) => matching.includes(l.target)).map((l) => l.source));
  const shown = new Set([...matching, ...commanders]);
  const dialog = await openDialog(page);
  await choose(dialog, { format: "CSV table", table: "Enterprises" });
  const enterprises = await download(page, dialog);
  await choose(dialog, { table: "Links" });
  const links = await download(page, dialog);
  await choose(dialog, { format: "JSON dataset" });
  const json = await download(page, dialog);

  expect(/_enterprises_\d{4}-\d{2}-\d{2}\.csv$/.test(enterprises.name), enterprises.name).toBeTruthy();
  const text = enterprises.bytes.toString("utf8");
  expect(text.startsWith("\uFEFFid,name_zh,name_en"), `CSV header: ${text.slice(0, 40)}`).toBeTruthy();
  const rows = text.trim().split("\r\n").slice(1);
  expect(rows.length, `CSV has ${rows.length} rows, the view shows ${shown.size}`).toBe(shown.size);
  const linkRows = links.bytes.toString("utf8").trim().split("\r\n").slice(1);
  const shownLinks = dataset.links.filter((l) => shown.has(l.source) && shown.has(l.target));
  expect(linkRows.length, `links CSV has ${linkRows.length} rows, expected ${shownLinks.length}`).toBe(
    shownLinks.length,
  );

  const subset = JSON.parse(json.bytes.toString("utf8"));
  expect(subset.schemaVersion === "1" && subset.id === dataset.id, "not the dataset's schema").toBeTruthy();
  expect(subset.enterprises.length, `JSON has ${subset.enterprises.length} enterprises`).toBe(shown.size);
  expect(JSON.stringify(subset.citation), "the citation changed").toBe(JSON.stringify(dataset.citation));
  const link = subset.sources.find((s: { id: string }) => s.id === "export-view");
  expect(
    link && /sector=coal/.test(link.url) && /tier=small/.test(link.url),
    `view link: ${link?.url}`,
  ).toBeTruthy();
});

test("export: the export code is loaded only when first used", async ({ newPage, baseUrl }) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await openExplorer(page, baseUrl);
  const early = requested.filter((url) => /ExportDialog/.test(url));
  expect(early.length, `loaded before use: ${early.join(", ")}`).toBe(0);
  await openDialog(page);
  expect(
    requested.some((url) => /ExportDialog-[\w-]+\.js$/.test(url)),
    "the export chunk was not fetched when the dialog opened",
  ).toBeTruthy();
});

test("export: downloads work from the app in a sandboxed iframe with allow-downloads", async ({
  newPage,
  baseUrl,
  origin,
  serve,
}) => {
  const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), "export-host-"));
  try {
    fs.writeFileSync(
      path.join(hostDir, "index.html"),
      `<!doctype html><meta charset="utf-8"><title>Host</title>
<iframe title="Explorer" src="${baseUrl}?sector=coal" width="1300" height="850"
  sandbox="allow-scripts allow-same-origin allow-downloads"></iframe>`,
    );
    const host = await serve({ root: hostDir });
    const page = await newPage({ origin: [host.origin, origin], contextOptions: { viewport: VIEWPORT } });
    await page.goto(host.url);
    const frame = page.frameLocator("iframe");
    await frame.locator(`${GRAPH}[data-ready="true"]`).waitFor();
    const dialog = await openDialog(frame);
    await choose(dialog, { format: "PNG image", preset: "screen-1x" });
    const file = await download(page, dialog);
    const size = pngSize(file.bytes);
    expect(
      size.width === 1920 && size.height === 1080,
      `PNG from the iframe is ${size.width} × ${size.height}`,
    ).toBeTruthy();
    await choose(dialog, { format: "SVG vector image" });
    const svg = await download(page, dialog);
    expect(
      svg.bytes.toString("utf8").includes("@font-face"),
      "the SVG made in the iframe has no embedded font",
    ).toBeTruthy();
  } finally {
    fs.rmSync(hostDir, { recursive: true, force: true });
  }
});

test("export: figures are drawn in the light theme whatever the screen's theme, and the screen keeps it", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  const exportPng = async (query: string) => {
    await openExplorer(page, `${baseUrl}?sector=agmach&${query}`);
    const graphBefore = await page.locator(GRAPH).screenshot();
    const dialog = await openDialog(page);
    await choose(dialog, { format: "PNG image", preset: "screen-1x" });
    const file = await download(page, dialog);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const graphAfter = await page.locator(GRAPH).screenshot();
    return { file, graphBefore, graphAfter };
  };
  const light = await exportPng("theme=light");
  const dark = await exportPng("theme=dark");
  const [lightPng, darkPng, before, after] = await inspectImages(page, [
    light.file.bytes,
    dark.file.bytes,
    dark.graphBefore,
    dark.graphAfter,
  ]);
  const exports = meanDifference(lightPng.grey, darkPng.grey);
  const screen = meanDifference(before.grey, after.grey);
  expect(
    exports,
    `the dark-theme export differs from the light one by ${exports.toFixed(2)} grey levels`,
  ).toBeLessThan(0.1);
  expect(screen, `the dark screen changed by ${screen.toFixed(2)} grey levels after exporting`).toBeLessThan(
    0.5,
  );
  // Mostly dark: its larger labels are light, so a few cells of the small grey image are bright.
  const meanGrey = before.grey.reduce((sum, value) => sum + value, 0) / before.grey.length;
  expect(meanGrey, "the dark theme's graph was not dark to begin with").toBeLessThan(96);
});

test("export: the dialog is an accessible modal (axe clean, focus kept inside, Escape closes)", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  await openExplorer(page, baseUrl);
  const dialog = await openDialog(page);
  expect(await dialog.getAttribute("aria-labelledby"), "the dialog has no label").not.toBe(null);
  await page.getByRole("dialog", { name: "Export this view" }).waitFor();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const inside = await page.evaluate(() => document.activeElement?.closest("dialog") !== null);
    expect(inside, `focus left the dialog after ${i + 1} Tab presses`).toBeTruthy();
  }
  for (const format of ["PNG image", "SVG vector image", "CSV table", "JSON dataset"]) {
    await choose(dialog, { format });
    const violations = await axeViolations(page, {
      within: "dialog",
      tags: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    });
    expect(violations.length, `axe, ${format}:\n${violations.join("\n")}`).toBe(0);
  }
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
});

test("export: an image can be exported from the table view, drawn by an off-screen graph", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
  await page.goto(`${baseUrl}?view=table&sector=power`);
  await page.getByRole("table").first().waitFor();
  const dialog = await openDialog(page);
  await choose(dialog, { format: "PNG image", preset: "a4-landscape" });
  const file = await download(page, dialog);
  const size = pngSize(file.bytes);
  expect(size.width === 3508 && size.height === 2480, `PNG is ${size.width} × ${size.height}`).toBeTruthy();
  const [image] = await inspectImages(page, [file.bytes]);
  expect(Math.min(...image.grey), "the PNG made from the table view has no graph ink").toBeLessThan(160);
  expect(await page.locator(GRAPH).count(), "a graph was left on the page").toBe(0);
  expect(
    await page.evaluate(() => document.querySelectorAll("canvas").length),
    "the off-screen graph left canvases behind",
  ).toBeLessThanOrEqual(1);
});
