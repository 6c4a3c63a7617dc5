// The graph is the page (issue #14): at laptop and phone sizes the graph takes the screen, its labels
// are readable and never overlap, filtered networks are packed to fill the frame, a selection is
// framed where its neighbours can be read, and panels fold away. Figures are read through the graph's
// probe; screenshots are compared with committed baselines.

import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { GRAPH, openExplorer, readDataset, waitForGraphAtRest } from "./support/helpers";

const LAPTOPS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
];
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fontPx: number;
}

/** The graph's share of the first screen, and the labels and titles it draws. */
async function measure(page: Page) {
  await waitForGraphAtRest(page);
  return page.evaluate((selector) => {
    const graph = document.querySelector(selector);
    if (!graph) throw new Error("no graph");
    const r = graph.getBoundingClientRect();
    const visibleWidth = Math.min(r.right, innerWidth) - Math.max(r.left, 0);
    const visibleHeight = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
    return {
      share: (Math.max(0, visibleWidth) * Math.max(0, visibleHeight)) / (innerWidth * innerHeight),
      top: r.top,
      labels: graph.graphProbe.labelBoxes(),
      titles: graph.graphProbe.titleBoxes(),
    };
  }, GRAPH);
}

function overlapping(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box;
      const b = boxes[j] as Box;
      // A pixel of tolerance: neighbouring labels may touch.
      if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1)
        found.push(`${a.id} ~ ${b.id}`);
    }
  return found;
}

const dataset = readDataset();
const commanders = dataset.enterprises.filter((e) => e.tier === "commander").map((e) => e.id);

for (const size of LAPTOPS) {
  test(`${size.width}×${size.height}: the graph fills the window and every commander and title is readable`, async ({
    newPage,
    baseUrl,
  }) => {
    const page = await newPage({ contextOptions: { viewport: size } });
    await openExplorer(page, baseUrl);
    const { share, labels, titles } = await measure(page);
    expect(share).toBeGreaterThanOrEqual(0.7);
    const drawn = new Map(labels.map((box) => [box.id, box]));
    for (const id of commanders) {
      expect(drawn.get(id), `${id}'s label is drawn`).toBeDefined();
      expect(drawn.get(id)?.fontPx ?? 0, `${id}'s label size`).toBeGreaterThanOrEqual(12);
    }
    expect(labels.filter((box) => box.fontPx >= 12).length).toBeGreaterThanOrEqual(15);
    expect(titles).toHaveLength(dataset.sectors.length);
    for (const title of titles) expect(title.fontPx, title.id).toBeGreaterThanOrEqual(14);
    // Nothing is drawn unreadably small, and no two labels (titles included) overlap.
    for (const box of labels) expect(box.fontPx, box.id).toBeGreaterThanOrEqual(11);
    expect(overlapping([...labels, ...titles])).toEqual([]);
    // Factories are labelled with their county where it fits.
    const factories = labels.filter((box) => !commanders.includes(box.id));
    expect(factories.length).toBeGreaterThan(30);
  });
}

test("coal and power alone are packed to fill a laptop's frame, with labels of 16 px", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: { width: 1366, height: 768 } } });
  await openExplorer(page, `${baseUrl}?sector=coal,power`);
  const { labels, titles } = await measure(page);
  const shownCommanders = labels.filter((box) => commanders.includes(box.id));
  expect(shownCommanders).toHaveLength(6);
  for (const box of [...shownCommanders, ...titles]) expect(box.fontPx, box.id).toBeGreaterThanOrEqual(16);
  expect(overlapping([...labels, ...titles])).toEqual([]);
  // The two networks take the frame: their drawing spans most of its width or height.
  const frame = await page.locator(GRAPH).boundingBox();
  if (!frame) throw new Error("no graph box");
  const all = [...labels, ...titles];
  const width = Math.max(...all.map((b) => b.x2)) - Math.min(...all.map((b) => b.x1));
  const height = Math.max(...all.map((b) => b.y2)) - Math.min(...all.map((b) => b.y1));
  expect(Math.max(width / frame.width, height / frame.height)).toBeGreaterThan(0.7);
  await expect(page).toHaveScreenshot("coal-power-1366.png");
});

test("the same filters always give the same positions; changing them moves the networks in one animation", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: { width: 1366, height: 768 } } });
  await openExplorer(page, `${baseUrl}?sector=coal,power`);
  await waitForGraphAtRest(page);
  // Where the power plant sits from a coal mine, in model units: what the packing decides, whatever the camera.
  const placement = () =>
    page.$eval(GRAPH, (el) => {
      const probe = el.graphProbe;
      const power = probe.positionOf("ty-tpp1");
      const coal = probe.positionOf("datong-mining");
      const { zoom } = probe.camera();
      return power && coal ? { dx: (power.x - coal.x) / zoom, dy: (power.y - coal.y) / zoom } : null;
    });
  const packed = await placement();
  expect(packed).not.toBeNull();
  await page.getByRole("button", { name: /^Filters/ }).click();
  // Watched every frame in the page: a poll from the test could fall between the frames of a short move.
  const watching = page.$eval(
    GRAPH,
    (el) =>
      new Promise<boolean>((resolve) => {
        const until = performance.now() + 5000;
        const look = () => {
          if (el.graphProbe.animating()) resolve(true);
          else if (performance.now() > until) resolve(false);
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
  await page
    .getByTestId("filters-panel")
    .getByRole("checkbox", { name: /^Power/ })
    .click();
  expect(await watching, "the networks did not move in an animation").toBe(true);
  await waitForGraphAtRest(page);
  await page
    .getByTestId("filters-panel")
    .getByRole("checkbox", { name: /^Power/ })
    .click();
  await waitForGraphAtRest(page);
  const back = await placement();
  expect(back?.dx).toBeCloseTo(packed?.dx ?? Number.NaN, 0);
  expect(back?.dy).toBeCloseTo(packed?.dy ?? Number.NaN, 0);
});

test("under reduced motion the networks move at once", async ({ newPage, baseUrl }) => {
  const page = await newPage({
    contextOptions: { viewport: { width: 1366, height: 768 }, reducedMotion: "reduce" },
  });
  await openExplorer(page, baseUrl);
  await page.getByRole("button", { name: /^Filters/ }).click();
  await page.getByTestId("filters-panel").getByRole("checkbox", { name: /^Coal/ }).click();
  await page.waitForURL(/sector=coal/);
  expect(await page.$eval(GRAPH, (el) => el.graphProbe.animating())).toBe(false);
});

test("a selection from a link is framed so that its neighbours can be read; Fit goes back", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: { width: 1366, height: 768 } } });
  await openExplorer(page, `${baseUrl}?node=agmach-c2`);
  const { labels } = await measure(page);
  const neighbours = dataset.links.filter((l) => l.source === "agmach-c2").map((l) => l.target);
  const readable = labels.filter((box) => neighbours.includes(box.id) && box.fontPx >= 11);
  expect(readable.length).toBeGreaterThanOrEqual(Math.ceil(neighbours.length * 0.8));
  await expect(page.getByTestId("details")).toBeVisible();
  await expect(page).toHaveScreenshot("selection-1366.png");
  const zoomed = (await page.$eval(GRAPH, (el) => el.graphProbe.camera())).zoom;
  await page.getByRole("button", { name: "Fit to screen" }).click();
  await waitForGraphAtRest(page);
  expect((await page.$eval(GRAPH, (el) => el.graphProbe.camera())).zoom).toBeLessThan(zoomed / 1.3);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("details")).toHaveCount(0);
  await expect(page).not.toHaveURL(/node=/);
});

test("double-click zooms in at that point", async ({ newPage, baseUrl }) => {
  const page = await newPage({ contextOptions: { viewport: { width: 1366, height: 768 } } });
  await openExplorer(page, baseUrl);
  await waitForGraphAtRest(page);
  const before = (await page.$eval(GRAPH, (el) => el.graphProbe.camera())).zoom;
  const box = await page.locator(GRAPH).boundingBox();
  if (!box) throw new Error("no graph box");
  await page.mouse.dblclick(box.x + box.width / 2, box.y + 90);
  await waitForGraphAtRest(page);
  expect((await page.$eval(GRAPH, (el) => el.graphProbe.camera())).zoom).toBeCloseTo(before * 2, 1);
});

test("panels fold to buttons, open over the graph, and are remembered on the device, not in the link", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: { width: 1366, height: 768 } } });
  await openExplorer(page, baseUrl);
  const filters = page.getByRole("button", { name: /^Filters/ });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await filters.click();
  await expect(page.getByTestId("filters-panel")).toBeVisible();
  await page.getByRole("button", { name: "Legend" }).click();
  await expect(page.locator("#legend-panel")).toBeVisible();
  expect(page.url()).not.toMatch(/panel|legend/);
  await page.reload();
  await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
  await expect(page.getByTestId("filters-panel")).toBeVisible();
  await expect(page.locator("#legend-panel")).toBeVisible();
});

test("390×844 phone: the graph takes the first screen, labels of 11 px or more, 44 px targets", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: PHONE });
  await openExplorer(page, baseUrl);
  const { share, top, labels, titles } = await measure(page);
  expect(top).toBeLessThan(120);
  expect(share).toBeGreaterThanOrEqual(0.5);
  expect(labels.length).toBeGreaterThanOrEqual(10);
  for (const box of [...labels, ...titles]) expect(box.fontPx, box.id).toBeGreaterThanOrEqual(11);
  expect(overlapping([...labels, ...titles])).toEqual([]);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, select, input, a[href]")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        // A folded panel stays in the page, visually hidden, for keyboard users; it is not a target.
        if (el.closest(".visually-hidden")) return false;
        return r.width > 0 && r.height > 0 && (r.width < 44 || r.height < 44);
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(small).toEqual([]);
  await expect(page).toHaveScreenshot("phone-390.png");
  // Details open as a sheet that covers at most half the screen.
  const position = await page.$eval(GRAPH, (el) => el.graphProbe.positionOf("datong-mining"));
  if (!position) throw new Error("datong-mining is not drawn");
  const graph = await page.locator(GRAPH).boundingBox();
  if (!graph) throw new Error("no graph box");
  await page.touchscreen.tap(graph.x + position.x, graph.y + position.y);
  await expect(page.getByTestId("details")).toBeVisible();
  const sheet = await page.getByTestId("details").boundingBox();
  expect(sheet?.height ?? 844).toBeLessThanOrEqual(844 / 2 + 1);
});

test("390×844 phone: every control of the top row is on screen; export, embed and copy link sit in Share", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: PHONE });
  await openExplorer(page, baseUrl);
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll(".stage-top button, .stage-top select")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < 0 || r.right > innerWidth);
      })
      .map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
  const share = page.getByRole("button", { name: "Share" });
  await expect(share).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: "Export" })).toBeHidden();
  await share.tap();
  for (const name of ["Export", "Embed", "Copy link"]) {
    const box = await page.getByRole("button", { name, exact: true }).boundingBox();
    if (!box) throw new Error(`${name} is not shown`);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await page.getByRole("button", { name: "Export", exact: true }).tap();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  // A press on the graph folds the menu away.
  await page.touchscreen.tap(60, 400);
  await expect(share).toHaveAttribute("aria-expanded", "false");
});

for (const [name, query] of [
  ["default-1366", ""],
  ["dark-1366", "?theme=dark"],
  ["chinese-1366", "?lang=zh"],
] as const) {
  test(`screenshot baseline: ${name}`, async ({ newPage, baseUrl }) => {
    const page = await newPage({ contextOptions: { viewport: { width: 1366, height: 768 } } });
    await openExplorer(page, `${baseUrl}${query}`);
    await waitForGraphAtRest(page);
    await expect(page).toHaveScreenshot(`${name}.png`);
  });
}
