// Kiosk mode (issue #16): ?kiosk=1 alone and in an embed. Nothing to type, export, share or follow off
// the page; the graph's share of the screen, 20 px type and 56 px targets; a tap shows details; the
// attract loop after idle=3 and a tap stopping it; Start again; pinch zooming the graph, not the page;
// axe; screenshots.

import type { BrowserContextOptions, Frame, Page } from "@playwright/test";
import { hostPageHtml, serveHostPage, test } from "./support/embedHost";
import { expect } from "./support/fixtures";
import {
  axeViolations,
  boxOf,
  camera,
  GRAPH,
  GRAPH_READY,
  nextFrames,
  waitForGraphAtRest,
} from "./support/helpers";

const LAPTOP = { viewport: { width: 1366, height: 768 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const GALLERY = { viewport: { width: 1920, height: 1080 }, hasTouch: true };

async function openKiosk(scope: Page | Frame, url?: string) {
  if (url && "goto" in scope) await scope.goto(url);
  await scope.locator(GRAPH_READY).waitFor();
  await scope.getByTestId("story-counter").waitFor();
  await scope.locator("html[data-views-loaded]").waitFor({ state: "attached" });
  await waitForGraphAtRest(scope);
}

/** What a kiosk must not offer, found in the page: each as a line, empty when there is none. */
const forbiddenControls = (scope: Page | Frame) =>
  scope.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll("input, textarea, select, [contenteditable]"))
      if (element.getAttribute("contenteditable") !== "false")
        found.push(`a ${element.tagName.toLowerCase()}`);
    for (const link of document.querySelectorAll("a[href]"))
      found.push(`a link to ${link.getAttribute("href")}`);
    const names = /export|embed|copy link|open data|导出|嵌入|复制链接|打开数据/i;
    for (const button of document.querySelectorAll("button"))
      if (names.test(`${button.textContent} ${button.getAttribute("aria-label") ?? ""}`))
        found.push(`a button "${button.textContent}"`);
    return found;
  });

/** The graph's box as a share of the window, and every visible button smaller than 56 × 56 px. */
const screenFigures = (scope: Page | Frame) =>
  scope.evaluate((graph) => {
    const box = document.querySelector(graph)?.getBoundingClientRect();
    const share = box ? (box.width * box.height) / (window.innerWidth * window.innerHeight) : 0;
    const small: string[] = [];
    for (const button of document.querySelectorAll("button")) {
      const r = button.getBoundingClientRect();
      const shown = r.width > 0 && r.height > 0 && button.closest(".visually-hidden") === null;
      if (shown && (r.width < 56 || r.height < 56))
        small.push(`"${button.textContent?.trim()}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    const fontSize = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element).fontSize : null;
    };
    return { share, small, base: fontSize(".app--kiosk"), root: fontSize("html") };
  }, GRAPH);

/** Taps the centre of a node, as a finger would: no hover before it. */
async function tapNode(page: Page, id: string) {
  const box = await boxOf(page.locator(GRAPH));
  const position = await page.$eval(GRAPH, (element, id) => element.graphProbe.positionOf(id), id);
  if (!position) throw new Error(`${id} is not drawn`);
  await page.touchscreen.tap(box.x + position.x, box.y + position.y);
}

for (const [name, contextOptions] of [
  ["1366×768", LAPTOP],
  ["390×844", PHONE],
  ["1920×1080", GALLERY],
] as Array<[string, BrowserContextOptions]>) {
  test(`kiosk at ${name}: the graph takes ≥ 85 %, 20 px type, 56 px targets; nothing to type, export, share or follow`, async ({
    newPage,
    baseUrl,
  }) => {
    test.setTimeout(120_000);
    const page = await newPage({ contextOptions });
    await openKiosk(page, `${baseUrl}?kiosk=1`);
    const figures = await screenFigures(page);
    expect(figures.share, "the graph's share of the screen").toBeGreaterThanOrEqual(0.85);
    expect(figures.base).toBe("20px");
    expect(figures.root).toBe("20px");
    expect(figures.small, "buttons under 56 px").toEqual([]);
    await expect(page.getByTestId("kiosk-start-again")).toBeVisible();
    await expect(page.getByTestId("kiosk-language")).toBeVisible();
    await expect(page.getByTestId("kiosk-theme")).toBeVisible();
    expect(await forbiddenControls(page), "on opening").toEqual([]);

    // A tap shows an enterprise's details, its sources cited as plain text: the address, but no link.
    await tapNode(page, "fenxi-mining");
    const details = page.getByTestId("details");
    await expect(details).toBeVisible();
    // On a phone the stars are small enough for a finger to land on a neighbour: any details will do there.
    if (!contextOptions.isMobile) await expect(details).toContainText(/Fenxi[\s\S]*https?:\/\/\S+/);
    expect(await forbiddenControls(page), "with details open").toEqual([]);
    expect((await screenFigures(page)).small, "buttons under 56 px, details open").toEqual([]);
    await details.getByRole("button", { name: /close/i }).click();

    // The last step opens the legend; in Chinese as in English. The Chinese messages load on first use:
    // wait for the switch (a click lost under load, once in ten runs, is made again) before stepping.
    await expect(async () => {
      if ((await page.locator("html").getAttribute("lang")) !== "zh-CN")
        await page.getByTestId("kiosk-language").click();
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN", { timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
    for (let step = 1; step < 10; step++) await page.getByTestId("story-next").click();
    await expect(page.getByTestId("story-counter")).toHaveText("第 10 步，共 10 步");
    await expect(page.getByRole("heading", { name: "图例" })).toBeVisible();
    expect(await forbiddenControls(page), "on the last step, in Chinese").toEqual([]);
    expect((await screenFigures(page)).small, "buttons under 56 px, legend open").toEqual([]);
  });
}

test("kiosk: the attract loop starts after idle=8, advances every dwell=8; a tap or a key stops it", async ({
  newPage,
  baseUrl,
}) => {
  // Windows of several seconds: the machine may be slow, and a check must land inside its window.
  test.setTimeout(180_000);
  const page = await newPage({ contextOptions: LAPTOP });
  await openKiosk(page, `${baseUrl}?kiosk=1&idle=8&dwell=8`);
  const counter = page.getByTestId("story-counter");
  const invite = page.getByTestId("kiosk-invite");
  // A visitor steps on (the loop may have started while the page loaded: any input stops it).
  await page.getByTestId("story-next").click();
  await expect(invite).toHaveCount(0);
  await page.getByTestId("story-next").click();
  const left = await counter.textContent();
  expect(left).not.toBe("1 / 10");

  // Eight seconds after the last input the loop starts again from step 1 and asks to be touched.
  await expect(invite).toHaveText("Touch the screen to explore", { timeout: 30_000 });
  await expect(counter).toHaveText("1 / 10");
  await expect(counter).toHaveText("2 / 10", { timeout: 20_000 });
  await expect(counter).toHaveText("3 / 10", { timeout: 20_000 });

  // A tap on the graph hands control back: the invitation goes and the story stays where it is.
  const box = await boxOf(page.locator(GRAPH));
  await page.touchscreen.tap(box.x + box.width - 40, box.y + box.height - 60);
  await expect(invite).toHaveCount(0);
  const held = await counter.textContent();
  await page.waitForTimeout(4_000);
  await expect(counter).toHaveText(held ?? "");
  await expect(invite).toHaveCount(0);
  // The loop comes back after the idle time again, and a key stops it too.
  await expect(invite).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press("Shift");
  await expect(invite).toHaveCount(0);
});

test("kiosk: the loop goes on from the last step to the first", async ({ newPage, baseUrl }) => {
  test.setTimeout(180_000);
  const page = await newPage({ contextOptions: LAPTOP });
  await openKiosk(page, `${baseUrl}?kiosk=1&idle=3&dwell=5`);
  const counter = page.getByTestId("story-counter");
  await expect(page.getByTestId("kiosk-invite")).toBeVisible({ timeout: 30_000 });
  await expect(counter).toHaveText("10 / 10", { timeout: 90_000 });
  await expect(counter).toHaveText("1 / 10", { timeout: 15_000 });
  await expect(counter).toHaveText("2 / 10", { timeout: 15_000 });
});

test("kiosk: Start again goes back to the view the kiosk opened with, language and theme too", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(120_000);
  const page = await newPage({ contextOptions: LAPTOP });
  await openKiosk(page, `${baseUrl}?kiosk=1`);
  const counter = page.getByTestId("story-counter");
  const opened = await camera(page);
  const historyLength = await page.evaluate(() => history.length);
  for (let step = 1; step < 3; step++) await page.getByTestId("story-next").click();
  await expect(counter).toHaveText("3 / 10");
  await waitForGraphAtRest(page);
  await tapNode(page, "agmach-c1");
  await expect(page.getByTestId("details")).toBeVisible();
  await page.getByTestId("kiosk-language").click();
  await page.getByTestId("kiosk-theme").click();
  await expect(page.getByTestId("kiosk-start-again")).toHaveText("↺ 重新开始");
  await waitForGraphAtRest(page);

  await page.getByTestId("kiosk-start-again").click();
  await expect(counter).toHaveText("1 / 10");
  await expect(page.getByTestId("details")).toHaveCount(0);
  await expect(page.getByTestId("kiosk-theme")).toHaveAccessibleName("Theme: System");
  await expect(page).toHaveURL(/[?&]story=1&step=1$/);
  await waitForGraphAtRest(page);
  const back = await camera(page);
  expect(back.zoom).toBeCloseTo(opened.zoom, 3);
  expect(back.x).toBeCloseTo(opened.x, 0);
  expect(back.y).toBeCloseTo(opened.y, 0);
  // Start again from step 1 itself, after panning, frames step 1 again.
  const box = await boxOf(page.locator(GRAPH));
  await page.mouse.move(box.x + box.width - 100, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 300, box.y + box.height / 2 + 80, { steps: 6 });
  await page.mouse.up();
  await waitForGraphAtRest(page);
  expect((await camera(page)).x).not.toBeCloseTo(opened.x, 0);
  await page.getByTestId("kiosk-start-again").click();
  await waitForGraphAtRest(page);
  expect((await camera(page)).x).toBeCloseTo(opened.x, 0);
  // A kiosk runs for hours: its taps and steps never add history entries.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test("kiosk: a pinch zooms the graph, never the page", async ({ newPage, baseUrl }) => {
  const page = await newPage({ contextOptions: PHONE });
  await openKiosk(page, `${baseUrl}?kiosk=1`);
  const cdp = await page.context().newCDPSession(page);
  const pinch = async (x: number, y: number) => {
    await cdp.send("Input.synthesizePinchGesture", { x, y, scaleFactor: 2, relativeSpeed: 800 });
    await nextFrames(page);
    await waitForGraphAtRest(page);
  };
  const header = await boxOf(page.locator(".kiosk-header"));
  await pinch(header.x + 40, header.y + header.height / 2);
  expect(await page.evaluate(() => window.visualViewport?.scale)).toBe(1);
  const before = await camera(page);
  const graph = await boxOf(page.locator(GRAPH));
  await pinch(graph.x + graph.width / 2, graph.y + 150);
  expect(await page.evaluate(() => window.visualViewport?.scale)).toBe(1);
  expect((await camera(page)).zoom, "the graph zoomed in").toBeGreaterThan(before.zoom * 1.2);
});

test("kiosk: embed=1&kiosk=1 fills its frame, takes the wheel and offers nothing to type or follow", async ({
  newPage,
  serve,
  dialogSandbox,
}) => {
  test.setTimeout(120_000);
  const app = await serve();
  const host = await serveHostPage(
    serve,
    hostPageHtml(app.url, "embed=1&kiosk=1&idle=3600", { sandbox: dialogSandbox }),
  );
  try {
    const page = await newPage({ origin: [host.server.origin, app.origin], contextOptions: LAPTOP });
    await page.goto(host.server.url);
    const frame = page.frames().find((f) => f.url().includes("kiosk=1"));
    if (!frame) throw new Error("the kiosk's frame was not found");
    await openKiosk(frame);
    const figures = await screenFigures(frame);
    expect(figures.share, "the graph's share of the frame").toBeGreaterThanOrEqual(0.85);
    expect(figures.small).toEqual([]);
    expect(await forbiddenControls(frame)).toEqual([]);
    // Not the cooperative gestures of a plain embed: the wheel zooms the graph without Ctrl.
    const before = await camera(frame);
    const graph = await boxOf(page.frameLocator("#networks").locator(GRAPH));
    await page.mouse.move(graph.x + graph.width - 200, graph.y + graph.height / 2);
    await page.mouse.wheel(0, -300);
    await nextFrames(frame);
    await waitForGraphAtRest(frame);
    expect((await camera(frame)).zoom).toBeGreaterThan(before.zoom);
    await expect(page.frameLocator("#networks").getByTestId("gesture-hint")).toHaveCount(0);
  } finally {
    host.cleanup();
  }
});

test("kiosk: axe finds no violation, in English and Chinese, dark theme, details open, laptop and phone", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  for (const contextOptions of [LAPTOP, PHONE]) {
    const page = await newPage({ contextOptions });
    for (const query of ["kiosk=1", "kiosk=1&lang=zh&story=1&step=10", "kiosk=1&theme=dark&story=1&step=4"]) {
      await openKiosk(page, `${baseUrl}?${query}`);
      const violations = await axeViolations(page);
      if (violations.length > 0) failures.push(`${query}\n    ${violations.join("\n    ")}`);
    }
    await tapNode(page, "datong-mining");
    await page.getByTestId("details").waitFor();
    const violations = await axeViolations(page);
    if (violations.length > 0) failures.push(`details\n    ${violations.join("\n    ")}`);
  }
  expect(failures, "axe in kiosk mode").toEqual([]);
});

test("kiosk: screenshots at 1366×768 and 390×844", async ({ newPage, baseUrl }) => {
  test.setTimeout(120_000);
  for (const [file, contextOptions] of [
    ["kiosk-1366.png", LAPTOP],
    ["kiosk-phone.png", PHONE],
  ] as Array<[string, BrowserContextOptions]>) {
    const page = await newPage({ contextOptions });
    await openKiosk(page, `${baseUrl}?kiosk=1&story=1&step=3`);
    await page.evaluate(() => document.fonts.ready);
    await expect(page).toHaveScreenshot(file);
  }
});
