// Exports of the map view (issue 17): the base layer in the PNG and the SVG (a `basemap` layer whose rivers
// are paths and whose names stay text), the map's credit line in both, and lon/lat in the CSV.

import fs from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { openExplorer, waitForGraphAtRest } from "./support/helpers";

const LAPTOP = { width: 1366, height: 768 };
const CREDIT = "Rivers: GSHHG (Wessel & Smith), LGPL-3.0 · county seats: modern positions, see each county";

async function openMap(page: Page, url: string) {
  await openExplorer(page, url);
  await page.locator('[data-testid="map-base"][data-rivers]').waitFor();
  await waitForGraphAtRest(page);
}

async function exportFile(page: Page, format: RegExp | string, more?: (dialog: Locator) => Promise<void>) {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("radio", { name: format }).check();
  await more?.(dialog);
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    dialog.getByRole("button", { name: "Download", exact: true }).click(),
  ]);
  const bytes = fs.readFileSync((await file.path()) ?? "");
  await page.keyboard.press("Escape");
  return bytes;
}

test.use({ viewport: LAPTOP });

test("map export: the SVG has a basemap layer of river paths and names as text, and the credit", async ({
  page,
  baseUrl,
}, testInfo) => {
  test.setTimeout(120_000);
  await openMap(page, `${baseUrl}?view=map`);
  const svg = (await exportFile(page, /^SVG/)).toString("utf8");
  fs.writeFileSync(testInfo.outputPath("map.svg"), svg);
  const layers = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const basemap = doc.getElementById("basemap");
    return {
      order: [...doc.documentElement.children].filter((el) => el.tagName === "g").map((el) => el.id),
      rivers: basemap?.querySelectorAll("#basemap-rivers path").length ?? 0,
      names: [...(basemap?.querySelectorAll("#basemap-names text") ?? [])].map((el) => el.textContent),
      hollowSeats: basemap?.querySelectorAll('#basemap-seats path[fill="none"]').length ?? 0,
      caption: doc.getElementById("caption")?.textContent ?? "",
      titles: doc.querySelectorAll('[id^="title-"]').length,
    };
  }, svg);
  expect(layers.order.slice(0, 2)).toEqual(["basemap", "edges"]);
  expect(layers.rivers).toBeGreaterThan(50);
  expect(layers.names).toContain("Hequ");
  expect(layers.names).toContain("Location not known");
  expect(layers.hollowSeats).toBeGreaterThan(10);
  expect(layers.caption).toContain(CREDIT);
  expect(layers.titles, "the map draws no network titles").toBe(0);
});

test("map export: the PNG draws the rivers under the graph; CSV carries lon/lat", async ({
  page,
  baseUrl,
}, testInfo) => {
  test.setTimeout(120_000);
  await openMap(page, `${baseUrl}?view=map`);
  const png = await exportFile(page, /^PNG/);
  fs.writeFileSync(testInfo.outputPath("map.png"), png);
  // River blue (#4a8cc4, drawn at 45–85 % over white) is in the picture; the stars have no such colour.
  const bluish = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D context");
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      if (b > 170 && b - r > 50 && g > r + 20 && b > g + 20) count += 1;
    }
    return count;
  }, png.toString("base64"));
  expect(bluish, "river-blue pixels in the PNG").toBeGreaterThan(2000);

  const csv = (
    await exportFile(page, "CSV table", (dialog) =>
      dialog.getByRole("radio", { name: "Enterprises" }).check(),
    )
  ).toString("utf8");
  const [header = "", ...rows] = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const columns = header.split(",");
  const hequ = rows.map((row) => row.split(",")).find((cells) => cells[0] === "agmach-s-hequ");
  expect(Number(hequ?.[columns.indexOf("lon")])).toBeCloseTo(111.14, 1);
  expect(Number(hequ?.[columns.indexOf("lat")])).toBeCloseTo(39.38, 1);
});
