// Text as outlines and the PDF export, end to end on the production build, in Chinese mode.
//
// librsvg (`rsvg-convert`, Debian's librsvg2-bin) ignores an SVG's @font-face and this machine has no
// CJK font, so it draws the normal SVG's Chinese as boxes: it must draw the outlined SVG's Chinese as
// the PNG export of the same view shows it. The PDF is read back by its cross-reference table and
// rendered by poppler (`pdftoppm`, Debian's poppler-utils) to be compared with the PNG of the same view.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { DESKTOP, openExplorer } from "./support/helpers";

const VIEW = "?lang=zh&sector=coal,power";
/** Half the A4 landscape preset's 3508 × 2480: enough to tell a glyph from a box, and cheap. */
const RASTER = { width: 1754, height: 1240 };

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "导出" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await dialog.locator("select").selectOption("a4-landscape");
  return dialog;
}

async function download(page: Page, dialog: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    dialog.getByRole("button", { name: "下载" }).click(),
  ]);
  const filePath = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(filePath) };
}

/** Runs a Debian command line tool in a scratch folder with `input` as in.<ext>; returns out.png. */
function runTool(tool: string, args: string[], input: Buffer, ext: string, output: string): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "outlines-e2e-"));
  try {
    fs.writeFileSync(path.join(dir, `in.${ext}`), input);
    const result = spawnSync(tool, args, { cwd: dir, encoding: "utf8" });
    if (result.error) throw new Error(`${tool} could not run: ${result.error.message}`);
    expect(result.status, `${tool} failed: ${result.stderr}`).toBe(0);
    return fs.readFileSync(path.join(dir, output));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const save = (name: string, bytes: Buffer) => {
  const dir = path.resolve("test-results", "exports");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), bytes);
};

/**
 * Greyscale cells (mean of the channels over white) of a region of each PNG, drawn at the RASTER
 * size; the region is given as shares of the width and height.
 */
async function greyCells(
  page: Page,
  images: Buffer[],
  region: { x: number; y: number; width: number; height: number },
  cells: { columns: number; rows: number },
): Promise<number[][]> {
  return page.evaluate(
    async ({ sources, region, cells, size }) => {
      const out: number[][] = [];
      for (const source of sources) {
        const bytes = Uint8Array.from(atob(source), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const full = document.createElement("canvas");
        full.width = size.width;
        full.height = size.height;
        const context = full.getContext("2d", { willReadFrequently: true });
        if (!context) throw new Error("no 2D context");
        context.fillStyle = "#ffffff";
        context.fillRect(0, 0, size.width, size.height);
        context.drawImage(image, 0, 0, size.width, size.height);
        const x0 = Math.round(region.x * size.width);
        const y0 = Math.round(region.y * size.height);
        const w = Math.round(region.width * size.width);
        const h = Math.round(region.height * size.height);
        const data = context.getImageData(x0, y0, w, h).data;
        const sums = new Array(cells.columns * cells.rows).fill(0);
        const counts = new Array(cells.columns * cells.rows).fill(0);
        for (let y = 0; y < h; y++)
          for (let x = 0; x < w; x++) {
            const i = (y * w + x) * 4;
            const cell =
              Math.floor((y * cells.rows) / h) * cells.columns + Math.floor((x * cells.columns) / w);
            sums[cell] += ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3;
            counts[cell] += 1;
          }
        out.push(sums.map((s, i) => s / Math.max(1, counts[i])));
      }
      return out;
    },
    {
      sources: images.map((image) => image.toString("base64")),
      region,
      cells,
      size: RASTER,
    },
  );
}

const meanDifference = (a: number[], b: number[]) =>
  a.reduce((sum, value, i) => sum + Math.abs(value - (b[i] ?? 0)), 0) / a.length;

test("export: an SVG with text as outlines has no <text>, and librsvg draws its Chinese, not boxes", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(240_000);
  const page = await newPage({ contextOptions: DESKTOP });
  await openExplorer(page, `${baseUrl}${VIEW}`);
  const dialog = await openDialog(page);
  await dialog.getByRole("radio", { name: /^SVG/ }).check();
  const normal = await download(page, dialog);
  await dialog.getByRole("checkbox", { name: "文字转为轮廓" }).check();
  const outlined = await download(page, dialog);
  await dialog.getByRole("radio", { name: /^PNG/ }).check();
  const png = await download(page, dialog);
  await page.keyboard.press("Escape");
  save("outlines-a4-landscape-zh.svg", outlined.bytes);
  expect(outlined.name.endsWith(".svg"), outlined.name).toBeTruthy();

  const structure = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const named = (layer: string) =>
      [...doc.querySelectorAll(`#${layer} path[aria-label]`)].map((el) => el.getAttribute("aria-label"));
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      texts: doc.querySelectorAll("text").length,
      labels: named("labels"),
      caption: named("caption"),
      legend: named("legend"),
      fontFaces: (doc.querySelector("style")?.textContent ?? "").includes("@font-face"),
      title: doc.querySelector("svg > title")?.textContent ?? "",
    };
  }, outlined.bytes.toString("utf8"));
  expect(structure.error, `not well-formed: ${structure.error}`).toBe(null);
  expect(structure.texts, "text elements left in the outlined SVG").toBe(0);
  expect(structure.labels, "no outlined labels").toContain("煤炭网");
  expect(structure.labels.length).toBeGreaterThan(20);
  expect(structure.caption.some((words) => words?.includes("山西省工业网"))).toBeTruthy();
  expect(structure.legend.length).toBeGreaterThan(5);
  expect(structure.fontFaces, "an outlined SVG needs no embedded font").toBe(false);
  expect(structure.title).toContain("山西省工业网");

  const size = ["-w", String(RASTER.width), "-h", String(RASTER.height), "-o", "out.png", "in.svg"];
  const normalByRsvg = runTool("rsvg-convert", size, normal.bytes, "svg", "out.png");
  const outlinedByRsvg = runTool("rsvg-convert", size, outlined.bytes, "svg", "out.png");
  save("outlines-a4-landscape-zh.rsvg.png", outlinedByRsvg);
  save("normal-a4-landscape-zh.rsvg.png", normalByRsvg);
  // The figure's title, top left: Chinese characters at 22 px design size.
  const title = { x: 0, y: 0.02, width: 0.5, height: 0.05 };
  const cells = { columns: 120, rows: 6 };
  const [truth, boxes, outlines] = await greyCells(
    page,
    [png.bytes, normalByRsvg, outlinedByRsvg],
    title,
    cells,
  );
  const dBoxes = meanDifference(truth ?? [], boxes ?? []);
  const dOutlines = meanDifference(truth ?? [], outlines ?? []);
  console.log(
    `    title region, mean |Δ| from the PNG export: librsvg normal ${dBoxes.toFixed(2)}, outlined ${dOutlines.toFixed(2)}`,
  );
  // Measured: boxes differ by about 15 grey levels, outlines by about 0.5 (anti-aliasing).
  expect(Math.min(...(truth ?? [])), "the title region is blank").toBeLessThan(200);
  expect(dOutlines, "librsvg does not draw the outlined title as the PNG draws the text").toBeLessThan(1.5);
  expect(
    dBoxes,
    "the normal SVG's title is not boxes in librsvg: the comparison tells nothing",
  ).toBeGreaterThan(3 * dOutlines);
});

test("export: the PDF is one vector page with a valid cross-reference table that poppler draws like the PNG", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(240_000);
  const page = await newPage({ contextOptions: DESKTOP });
  await openExplorer(page, `${baseUrl}${VIEW}`);
  const dialog = await openDialog(page);
  await dialog.getByRole("radio", { name: "PDF 矢量文档" }).check();
  await expect(dialog.getByText("文字以轮廓绘出")).toBeVisible();
  const pdf = await download(page, dialog);
  await dialog.getByRole("radio", { name: /^PNG/ }).check();
  const png = await download(page, dialog);
  save("a4-landscape-zh.pdf", pdf.bytes);
  expect(pdf.name.endsWith(".pdf"), pdf.name).toBeTruthy();

  const text = pdf.bytes.toString("latin1");
  expect(text.startsWith("%PDF-"), "no PDF header").toBeTruthy();
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 4), "startxref does not point at the xref table").toBe("xref");
  const [, first, count] = /^xref\s+(\d+) (\d+)\s/.exec(text.slice(startxref)) ?? [];
  const entries = [...text.slice(startxref).matchAll(/^(\d{10}) (\d{5}) ([nf]) ?$/gm)];
  expect(Number(first)).toBe(0);
  expect(entries.length).toBe(Number(count));
  entries.forEach(([, offset, , kind], i) => {
    if (kind === "n")
      expect(text.slice(Number(offset), Number(offset) + 12), `object ${i}`).toMatch(
        new RegExp(`^${i} 0 obj\\s`),
      );
  });
  expect(text).toMatch(/\/MediaBox \[0 0 841\.89 595\.276\]/);
  expect(text, "the PDF carries fonts or text: it should be outlines only").not.toMatch(/\/Font\b/);

  const rendered = runTool(
    "pdftoppm",
    ["-r", "72", "-png", "-singlefile", "in.pdf", "out"],
    pdf.bytes,
    "pdf",
    "out.png",
  );
  save("a4-landscape-zh.pdf.png", rendered);
  const whole = { x: 0, y: 0, width: 1, height: 1 };
  const [fromPng, fromPdf] = await greyCells(page, [png.bytes, rendered], whole, {
    columns: 64,
    rows: 40,
  });
  const difference = meanDifference(fromPng ?? [], fromPdf ?? []);
  console.log(`    PDF (poppler) vs PNG, mean |Δ| on 64×40 grey: ${difference.toFixed(2)}`);
  expect(Math.min(...(fromPdf ?? [])), "poppler drew a blank page").toBeLessThan(200);
  // Measured about 0.6; the normal SVG drawn by librsvg, with boxes for its Chinese, differs by about 0.9.
  expect(difference, "the PDF does not look like the PNG of the same view").toBeLessThan(1.5);
});
