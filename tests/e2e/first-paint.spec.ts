// The first paint (issue #19, item 11): before any script, stylesheet or data has arrived, index.html
// shows a placeholder shaped like the explorer and a plain progress message, in the link's language and
// theme. The app takes over without moving the title or the graph area, and without a frame in which
// neither is shown. Responses are held with page.route, so each stage is looked at as long as needed.

import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { axeViolations, boxOf, GRAPH, GRAPH_READY } from "./support/helpers";

const SCRIPTS = /\/assets\/[^/]+\.js$/;
const STYLESHEETS = /\/assets\/[^/]+\.css$/;
const DATA = /\/data\/shanxi-1958\.json$/;

const PLACEHOLDER = "#boot-placeholder";
const MESSAGE = ".placeholder-message";

/** Holds the answers to requests whose URL matches until the returned function is called. */
async function hold(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await released;
    // The page may have closed meanwhile.
    await route.continue().catch(() => undefined);
  });
  return release;
}

/**
 * Records, in every animation frame once index.html's body is parsed, whether the placeholder, the app's
 * layout or its error is in the page (what the frame then paints): `window.firstPaintFrames`.
 */
async function recordFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const frames: string[] = [];
    Object.assign(window, { firstPaintFrames: frames });
    const look = () => {
      // #root follows the placeholder in index.html: until it is parsed, the page is not drawn yet.
      if (!document.getElementById("root")) {
        requestAnimationFrame(look);
        return;
      }
      const shown = [
        document.getElementById("boot-placeholder") && "placeholder",
        document.querySelector('[data-testid="app-root"]') && "app",
        document.querySelector('[role="alert"]') && "error",
      ].filter(Boolean);
      const state = shown.join("+") || "nothing";
      if (frames.at(-1) !== state) frames.push(state);
      if (!document.querySelector('[data-ready="true"]')) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

const framesSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { firstPaintFrames: string[] }).firstPaintFrames);

/** The loading words are plain text: no frame, dashed or other, around them or any box inside them. */
async function expectPlainText(page: Page, selector: string): Promise<void> {
  const borders = await page.$eval(selector, (element) =>
    [element, ...element.querySelectorAll("*")].flatMap((node) => {
      const style = getComputedStyle(node);
      return ["Top", "Right", "Bottom", "Left"]
        .map((side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`))
        .filter((value) => value !== "none");
    }),
  );
  expect(borders, `borders of ${selector}`).toEqual([]);
}

const SIZES = [
  { width: 1366, height: 768, baseline: true },
  { width: 390, height: 844, baseline: true },
  // From 1600 px the filters open beside the graph on a first visit.
  { width: 1700, height: 900, baseline: false },
];

for (const { width, height, baseline } of SIZES) {
  test(`${width}×${height}: the placeholder is the first paint and the app takes its place without moving`, async ({
    newPage,
    baseUrl,
  }) => {
    const page = await newPage({ contextOptions: { viewport: { width, height } } });
    await recordFrames(page);
    const releaseStylesheets = await hold(page, STYLESHEETS);
    const releaseScripts = await hold(page, SCRIPTS);
    const releaseData = await hold(page, DATA);
    await page.goto(baseUrl, { waitUntil: "commit" });

    // Nothing but the HTML: the placeholder and the words are painted, the app has not started.
    const message = page.locator(MESSAGE);
    await expect(message).toBeVisible();
    await expect(message).toHaveText("Loading the networks…", { useInnerText: true });
    await expect(page.locator(".placeholder-header")).toBeVisible();
    await expectPlainText(page, MESSAGE);
    expect(await page.locator("#root > *").count(), "the app has not mounted").toBe(0);
    const title = await boxOf(page.locator(".placeholder-title"));
    const area = await boxOf(page.locator(".placeholder-graph"));
    expect(area.width).toBe(width - (width >= 1600 ? 340 : 0));
    expect(area.y + area.height).toBe(height);

    // The stylesheet leaves the placeholder as it was.
    releaseStylesheets();
    await page.waitForFunction(() => getComputedStyle(document.body).fontFamily.includes("Noto Sans SC"));
    await page.evaluate(() => document.fonts.ready);
    expect(await boxOf(page.locator(".placeholder-graph"))).toEqual(area);
    expect((await boxOf(page.locator(".placeholder-title"))).y).toBe(title.y);
    if (baseline) await expect(page).toHaveScreenshot(`placeholder-${width}x${height}.png`);

    // React's loading state is the same placeholder, still in place while the dataset loads.
    const dataRequested = page.waitForRequest(DATA);
    releaseScripts();
    await dataRequested;
    await expect(message).toBeVisible();
    expect(await boxOf(page.locator(".placeholder-graph"))).toEqual(area);
    if (width === 1366) expect(await axeViolations(page), "axe, while loading").toEqual([]);

    releaseData();
    await page.locator(GRAPH_READY).waitFor();
    await expect(page.locator(PLACEHOLDER)).toHaveCount(0);
    const h1 = await boxOf(page.locator(".app-header h1"));
    expect(Math.abs(h1.x - title.x), "title x").toBeLessThanOrEqual(1);
    expect(Math.abs(h1.y - title.y), "title y").toBeLessThanOrEqual(1);
    expect(Math.abs(h1.height - title.height), "title height").toBeLessThanOrEqual(1);
    const graph = await boxOf(page.locator(GRAPH));
    for (const side of ["x", "y", "width", "height"] as const)
      expect(Math.abs(graph[side] - area[side]), `graph ${side}`).toBeLessThanOrEqual(1);
    expect(await framesSeen(page)).toEqual(["placeholder", "app"]);
  });
}

test("the link's language, the system's dark scheme and reduced motion, from the first paint", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { colorScheme: "dark", reducedMotion: "reduce" } });
  await page.addInitScript(() => {
    // The title the app first shows: a Chinese link must not be drawn in English first.
    new MutationObserver((_, observer) => {
      const h1 = document.querySelector(".app-header h1");
      if (!h1) return;
      Object.assign(window, { firstTitle: h1.textContent });
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const releaseScripts = await hold(page, SCRIPTS);
  const releaseData = await hold(page, DATA);
  const background = () => page.$eval(".placeholder", (element) => getComputedStyle(element).backgroundColor);

  await page.goto(`${baseUrl}?lang=zh`, { waitUntil: "commit" });
  await expect(page.locator(MESSAGE)).toHaveText("正在加载工业网……", { useInnerText: true });
  await expect(page.locator(".placeholder-title")).toHaveText("山西省工业网（1958年3月）", {
    useInnerText: true,
  });
  expect(await background(), "the system's dark scheme").toBe("rgb(21, 23, 26)");
  const animation = await page.$eval(
    ".placeholder-block",
    (element) => getComputedStyle(element).animationName,
  );
  expect(animation, "no pulse under reduced motion").toBe("none");

  releaseScripts();
  releaseData();
  await page.locator(GRAPH_READY).waitFor();
  expect(await page.evaluate(() => (window as unknown as { firstTitle: string }).firstTitle)).toBe(
    "山西省工业网（1958年3月）",
  );
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(21, 23, 26)");
});

test("the link's theme over the system's, the same before and after the app starts", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { colorScheme: "dark", reducedMotion: "no-preference" } });
  const background = (selector: string) =>
    page.$eval(selector, (element) => getComputedStyle(element).backgroundColor);
  const releaseScripts = await hold(page, SCRIPTS);
  await page.goto(`${baseUrl}?theme=light`, { waitUntil: "commit" });
  await expect(page.locator(MESSAGE)).toHaveText("Loading the networks…", { useInnerText: true });
  expect(await background(".placeholder")).toBe("rgb(255, 255, 255)");
  const pulse = await page.$eval(".placeholder-block", (element) => getComputedStyle(element).animationName);
  expect(pulse, "a pulse where motion is welcome").toBe("placeholder-pulse");

  await page.goto(`${baseUrl}?theme=contrast`, { waitUntil: "commit" });
  await expect(page.locator(MESSAGE)).toBeVisible();
  expect(await background(".placeholder")).toBe("rgb(0, 0, 0)");
  releaseScripts();
  await page.locator(GRAPH_READY).waitFor();
  expect(await background("body")).toBe("rgb(0, 0, 0)");
});

for (const query of ["embed=1", "kiosk=1"]) {
  test(`?${query}: only the words, not the explorer's placeholder, until its own layout is drawn`, async ({
    newPage,
    baseUrl,
  }) => {
    const page = await newPage({ contextOptions: { viewport: { width: 390, height: 844 } } });
    await recordFrames(page);
    const releaseScripts = await hold(page, SCRIPTS);
    const releaseData = await hold(page, DATA);
    await page.goto(`${baseUrl}?${query}`, { waitUntil: "commit" });
    await expect(page.locator(MESSAGE)).toBeVisible();
    await expectPlainText(page, MESSAGE);
    await expect(page.locator(".placeholder-header")).toBeHidden();
    await expect(page.locator(".placeholder-graph")).toBeHidden();

    releaseScripts();
    releaseData();
    await page.locator(GRAPH_READY).waitFor();
    await expect(page.locator(PLACEHOLDER)).toHaveCount(0);
    // The layout loads after the dataset; the words stay until it is drawn.
    expect(await framesSeen(page)).toEqual(["placeholder", "app"]);
  });
}

test("a dataset that cannot be loaded: the error, in place of the placeholder", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ ignore: ["missing.json"] });
  await recordFrames(page);
  const releaseScripts = await hold(page, SCRIPTS);
  await page.goto(`${baseUrl}?data=data/missing.json`, { waitUntil: "commit" });
  // Another dataset's title is not known yet.
  await expect(page.locator(".placeholder-title")).toBeHidden();
  await expect(page.locator(MESSAGE)).toBeVisible();

  releaseScripts();
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { name: "The dataset could not be loaded" })).toBeVisible();
  await expect(page.locator(PLACEHOLDER)).toHaveCount(0);
  const box = await boxOf(alert.getByRole("heading"));
  const top = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="alert"]') !== null,
    { x: box.x + 4, y: box.y + box.height / 2 },
  );
  expect(top, "nothing covers the error").toBe(true);
  expect(await framesSeen(page)).toEqual(["placeholder", "error"]);
});

test("mount(): a view in a host page says it is loading in plain words", async ({ newPage, baseUrl }) => {
  const page = await newPage();
  const releaseData = await hold(page, DATA);
  await page.route(`${baseUrl}host.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><html lang="en"><title>Host</title><div id="slot" style="height:400px"></div>',
    }),
  );
  await page.goto(`${baseUrl}host.html`);
  await page.evaluate(async (moduleUrl) => {
    const { mount } = await import(moduleUrl);
    mount(document.getElementById("slot"), {});
  }, "./embed/mount.js");
  const loading = page.locator("#slot .boot-loading");
  await expect(loading).toHaveText("Loading the networks…");
  await expect(loading).toHaveAttribute("role", "status");
  await expectPlainText(page, "#slot .boot-loading");
  releaseData();
  await page.locator(GRAPH_READY).waitFor();
  await expect(loading).toHaveCount(0);
});
