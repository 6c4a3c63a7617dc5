// The embed in a host page on another origin, framed with the Embed dialog's sandbox and served with no
// CORS header, as a plain static host serves it: the height follows the content, the message API drives
// the graph and exports images, what it must ignore is ignored, gestures cooperate with the host page's
// scrolling, and Open full view opens the explorer itself.

import {
  embedFrame,
  expectFullView,
  getStateFromHost,
  hostPageHtml,
  messagesOfType,
  NS,
  postToEmbed,
  recordMessages,
  refuseCorsHeaders,
  serveHostPage,
  test,
  waitForHeightToFollow,
  waitForMessage,
} from "./support/embedHost";
import { expect } from "./support/fixtures";
import {
  boxOf,
  camera,
  expectSameIds,
  GRAPH,
  GRAPH_READY,
  idsOfSectors,
  nextFrames,
  readDataset,
  shownIds,
  waitForGraphAtRest,
} from "./support/helpers";

/** What the host page sees of an image reply: the file's name, type, size and first bytes. */
interface ImageReply {
  type: string;
  code?: string;
  message?: { en: string; zh: string };
  fileName?: string;
  mimeType?: string;
  blobType?: string;
  pngSize?: { width: number; height: number } | null;
  text: string;
}

test("embed: in the dialog's sandbox on another origin, from a host with no CORS header, the height follows the content and setFilters drives the graph", async ({
  newPage,
  serve,
  dialogSandbox,
}) => {
  test.setTimeout(180_000);
  const app = await serve();
  const sandbox = dialogSandbox;
  const host = await serveHostPage(
    serve,
    hostPageHtml(app.url, "embed=1&plain=1&controls=0&legend=0", { width: 600, sandbox }),
  );
  try {
    const page = await newPage({
      origin: [host.server.origin, app.origin],
      contextOptions: { viewport: { width: 900, height: 900 } },
    });
    const assertNoCors = refuseCorsHeaders(page, app.origin);
    await recordMessages(page);
    await page.goto(host.server.url);
    const frame = page.frameLocator("#networks");
    await frame.locator(GRAPH_READY).waitFor();
    await waitForMessage(page, "ready");
    const embed = embedFrame(page);
    expect(
      await embed.evaluate(() => window.origin),
      "the embed should keep the app's origin in the dialog's default sandbox",
    ).toBe(app.origin);
    const reach = await embed.evaluate(() => {
      try {
        return parent.document.title;
      } catch {
        return "blocked";
      }
    });
    expect(reach, `the embed reached the host page on another origin: ${reach}`).toBe("blocked");

    const before = await waitForHeightToFollow(page, embed);
    // Selecting opens the details as a card over the graph: the embed keeps its height.
    await postToEmbed(page, { type: `${NS}select`, id: "datong-mining" });
    await waitForMessage(page, "select");
    await frame.getByTestId("details").waitFor();
    const selected = await waitForHeightToFollow(page, embed);
    expect(
      Math.abs(selected.contentHeight - before.contentHeight),
      `the details changed the height from ${before.contentHeight} to ${selected.contentHeight}`,
    ).toBeLessThanOrEqual(2);
    // A wider column gives a taller graph (60 % of the frame's width): the content grows, the frame follows.
    await page.evaluate(() => {
      const column = document.querySelector<HTMLElement>(".col");
      if (column) column.style.width = "880px";
    });
    await expect
      .poll(async () => (await waitForHeightToFollow(page, embed)).contentHeight)
      .toBeGreaterThan(before.contentHeight + 100);
    const after = await waitForHeightToFollow(page, embed);
    console.log(
      `    iframe height followed the content: ${before.frameHeight} px, then ${after.frameHeight} px`,
    );
    const ampHeights = await page.evaluate(() => window.fromEmbed.length);
    expect(ampHeights, "no message reached the host").toBeGreaterThan(0);

    const dataset = readDataset();
    await postToEmbed(page, { type: `${NS}setFilters`, filters: { sectors: ["coal"] } });
    await waitForMessage(page, "stateChange", 2);
    const state = await getStateFromHost(page, "after-coal");
    const coal = idsOfSectors(dataset, ["coal"]);
    expectSameIds(state.visibleIds, coal, "getState visibleIds after setFilters coal");
    expect(state.selectedId, "the selection should survive the filter change").toBe("datong-mining");
    expectSameIds(await shownIds(embed), coal, "what cytoscape shows after setFilters coal");
    await expect(page).toHaveScreenshot("embed-sandboxed-host.png");
    assertNoCors();
  } finally {
    host.cleanup();
  }
});

test("embed: exportImage returns the PNG or SVG file to the host page, or says why it was refused", async ({
  newPage,
  serve,
  dialogSandbox,
}) => {
  test.setTimeout(240_000);
  const app = await serve();
  const sandbox = dialogSandbox;
  const host = await serveHostPage(serve, hostPageHtml(app.url, "embed=1&sector=coal&lang=zh", { sandbox }));
  try {
    const page = await newPage({ origin: [host.server.origin, app.origin] });
    await recordMessages(page);
    await page.goto(host.server.url);
    await waitForMessage(page, "ready");
    /** Asks for an image and reads the reply: the file's name, type, size and first bytes as the host sees them. */
    const requestImage = async (requestId: string, request: Record<string, unknown>): Promise<ImageReply> => {
      await postToEmbed(page, { type: `${NS}exportImage`, requestId, ...request });
      const replied = (id: string) =>
        window.fromEmbed.some((m) => m.requestId === id && /:(image|exportError)$/.test(m.type ?? ""));
      await expect.poll(() => page.evaluate(replied, requestId), { timeout: 60_000 }).toBe(true);
      return page.evaluate(async (id) => {
        const reply = window.fromEmbed.find(
          (m) => m.requestId === id && /:(image|exportError)$/.test(m.type ?? ""),
        );
        if (!reply) throw new Error(`no reply to ${id}`);
        const { blob, mimeType = "" } = reply as { blob?: unknown; mimeType?: string };
        if (!(blob instanceof Blob)) return { ...reply, type: reply.type ?? "", text: "" } as ImageReply;
        const bytes = new Uint8Array(await blob.arrayBuffer());
        const view = new DataView(bytes.buffer);
        return {
          type: reply.type ?? "",
          fileName: reply.fileName as string,
          mimeType,
          blobType: blob.type,
          pngSize: bytes.length > 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : null,
          text: mimeType.startsWith("image/svg") ? new TextDecoder().decode(bytes) : "",
        };
      }, requestId);
    };

    const png = await requestImage("a4", { preset: "a4-landscape" });
    expect(png.type, `a PNG reply, got ${png.type}: ${JSON.stringify(png.message)}`).toBe(`${NS}image`);
    expect(
      png.blobType === "image/png" && png.mimeType === "image/png",
      `PNG type ${png.blobType}`,
    ).toBeTruthy();
    expect(
      png.pngSize?.width === 3508 && png.pngSize?.height === 2480,
      `A4 landscape at 300 dpi is 3508 x 2480, the file is ${JSON.stringify(png.pngSize)}`,
    ).toBeTruthy();
    expect(png.fileName).toMatch(/^shanxi-1958_coal_.*\.png$/);

    const svg = await requestImage("svg", { format: "svg", parts: { legend: false } });
    expect(
      svg.type === `${NS}image` && svg.mimeType === "image/svg+xml",
      `an SVG reply: ${svg.type}`,
    ).toBeTruthy();
    expect(
      /<g id="nodes"/.test(svg.text) && /<g id="caption"/.test(svg.text),
      "the SVG has its layers",
    ).toBeTruthy();
    expect(svg.text.includes("层级（形状与大小）"), "the legend was switched off").toBeFalsy();
    const withLegend = await requestImage("svg-legend", { format: "svg" });
    expect(withLegend.text.includes("层级（形状与大小）"), "the legend is drawn by default").toBeTruthy();
    expect(/大同矿务局/.test(svg.text), "Chinese names are text in the SVG").toBeTruthy();
    expect(/embed=1/.test(svg.text), "the figure links to the full view, not the embed").toBeFalsy();

    const refused = await requestImage("huge", { preset: "custom", customWidth: 32_767 });
    expect(refused.type, `a refusal, got ${refused.type}`).toBe(`${NS}exportError`);
    expect(
      ["side-too-long", "area-too-large"].includes(refused.code ?? "") &&
        refused.message?.en &&
        refused.message.zh,
      `the refusal says why in both languages: ${JSON.stringify(refused)}`,
    ).toBeTruthy();
    console.log(`    A4 PNG ${png.pngSize?.width} x ${png.pngSize?.height}; refused: ${refused.message?.en}`);
  } finally {
    host.cleanup();
  }
});

test("embed: a message from another window, a malformed message and a wrong version are ignored (and the host script takes heights only from its iframe)", async ({
  newPage,
  serve,
  dialogSandbox,
}) => {
  const app = await serve();
  const sandbox = dialogSandbox;
  const host = await serveHostPage(serve, hostPageHtml(app.url, "embed=1&sector=coal", { sandbox }));
  try {
    const page = await newPage({ origin: [host.server.origin, app.origin] });
    await recordMessages(page);
    await page.goto(host.server.url);
    await page.frameLocator("#networks").locator(GRAPH_READY).waitFor();
    await waitForMessage(page, "ready");
    const embed = embedFrame(page);
    const shownBefore = await shownIds(embed);

    // From a frame of the host's own origin that is not the embed's parent.
    const other = page.frame({ name: "other" });
    if (!other) throw new Error("the other frame was not found");
    await other.evaluate(
      (m) => {
        (parent.document.getElementById("networks") as HTMLIFrameElement).contentWindow?.postMessage(m, "*");
      },
      { type: `${NS}setFilters`, filters: { sectors: ["power"] } },
    );
    await postToEmbed(page, { type: `${NS}setFilters`, filters: { sectors: "power" } });
    await postToEmbed(page, { type: "shanxi-networks:v2:setFilters", filters: { sectors: ["power"] } });
    await postToEmbed(page, { type: `${NS}setLanguage`, lang: "fr" });
    await postToEmbed(page, "shanxi-networks:v1:reset");

    // The host script takes a height only from the iframe's own window.
    const heightBefore = await page.$eval("#networks", (f) => f.getBoundingClientRect().height);
    await other.evaluate(() =>
      parent.postMessage({ sentinel: "amp", type: "embed-size", height: 3333 }, "*"),
    );
    await page.evaluate(() => window.postMessage({ "datawrapper-height": { "shanxi-networks": 2222 } }, "*"));

    const state = await getStateFromHost(page, "after-noise");
    const heightAfter = await page.$eval("#networks", (f) => f.getBoundingClientRect().height);
    expect(heightAfter, `a height from another window resized the embed to ${heightAfter}`).toBe(
      heightBefore,
    );
    expectSameIds(state.filters.sectors, ["coal"], "filters after ignored messages");
    expect(state.lang, "language changed by an invalid message").toBe("en");
    expect(
      (await messagesOfType(page, "stateChange")).length,
      "an ignored message caused a stateChange",
    ).toBe(0);
    expectSameIds(await shownIds(embed), shownBefore, "what cytoscape shows after ignored messages");
  } finally {
    host.cleanup();
  }
});

test("embed: cooperative gestures keep the host page scrolling; Ctrl+wheel zooms, with a hint otherwise", async ({
  newPage,
  serve,
  dialogSandbox,
}) => {
  test.setTimeout(180_000);
  const app = await serve();
  const sandbox = dialogSandbox;
  const host = await serveHostPage(
    serve,
    hostPageHtml(app.url, "embed=1&plain=1&controls=0&legend=0&sector=coal", { sandbox }),
  );
  try {
    const page = await newPage({
      origin: [host.server.origin, app.origin],
      contextOptions: { viewport: { width: 1100, height: 800 } },
    });
    await page.goto(host.server.url);
    const frameLocator = page.frameLocator("#networks");
    await frameLocator.locator(GRAPH_READY).waitFor();
    const embed = embedFrame(page);
    const graphBox = await boxOf(frameLocator.locator(GRAPH));
    const centre = {
      x: graphBox.x + graphBox.width / 2,
      y: graphBox.y + Math.min(graphBox.height / 2, 250),
    };
    await page.mouse.move(centre.x, centre.y);

    const zoomBefore = (await camera(embed)).zoom;
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction((y) => window.scrollY > y, scrollBefore);
    await frameLocator.getByTestId("gesture-hint").waitFor();
    await expect(page).toHaveScreenshot("embed-gesture-hint.png");
    expect((await camera(embed)).zoom, "a plain wheel zoomed the embedded graph").toBe(zoomBefore);

    const graphBoxNow = await boxOf(frameLocator.locator(GRAPH));
    await page.mouse.move(graphBoxNow.x + graphBoxNow.width / 2, graphBoxNow.y + graphBoxNow.height / 2);
    const scrollMid = await page.evaluate(() => window.scrollY);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -200);
    await page.keyboard.up("Control");
    await expect
      .poll(async () => (await camera(embed)).zoom, { message: "Ctrl+wheel zooms in" })
      .toBeGreaterThan(zoomBefore * 1.2);
    await waitForGraphAtRest(embed);
    expect(await page.evaluate(() => window.scrollY), "Ctrl+wheel scrolled the host page").toBe(scrollMid);
    // The camera the reader chose is in the embed's own URL, so Open full view keeps it.
    await embed.waitForFunction(() => new URLSearchParams(location.search).has("viewport"));
    await expect(
      frameLocator.getByTestId("open-full-view"),
      "Open full view keeps the camera",
    ).toHaveAttribute("href", /viewport=/);
  } finally {
    host.cleanup();
  }
});

test("embed: one finger scrolls the host page, two fingers pan and zoom the graph (touch)", async ({
  newPage,
  serve,
  dialogSandbox,
}) => {
  test.setTimeout(180_000);
  const app = await serve();
  const sandbox = dialogSandbox;
  const host = await serveHostPage(
    serve,
    hostPageHtml(app.url, "embed=1&plain=1&controls=0&legend=0&sector=coal", { width: 380, sandbox }),
  );
  try {
    const page = await newPage({
      origin: [host.server.origin, app.origin],
      contextOptions: { viewport: { width: 400, height: 800 }, hasTouch: true, isMobile: true },
    });
    await page.goto(host.server.url);
    const frameLocator = page.frameLocator("#networks");
    await frameLocator.locator(GRAPH_READY).waitFor();
    const embed = embedFrame(page);
    const cdp = await page.context().newCDPSession(page);
    // Touches through Chromium's input pipeline, one move a frame: the page scrolls only if no handler
    // cancels them.
    const gesture = async (paths: Array<(step: number) => { x: number; y: number }>) => {
      const points = (step: number) => paths.map((path, id) => ({ ...path(step), id }));
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(0) });
      for (let step = 1; step <= 10; step += 1) {
        await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(step) });
        await nextFrames(page);
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await nextFrames(page);
      await waitForGraphAtRest(embed);
    };
    const box = await boxOf(frameLocator.locator(GRAPH));
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height / 2);

    const before = await camera(embed);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await gesture([(step) => ({ x, y: y - step * 20 })]);
    await expect
      .poll(async () => (await page.evaluate(() => window.scrollY)) - scrollBefore, {
        message: "one finger scrolls the host page",
      })
      .toBeGreaterThan(50);
    const afterOne = await camera(embed);
    expect(
      Math.abs(afterOne.x - before.x) < 0.5 &&
        Math.abs(afterOne.y - before.y) < 0.5 &&
        afterOne.zoom === before.zoom,
      `one finger moved the graph: ${JSON.stringify(before)} → ${JSON.stringify(afterOne)}`,
    ).toBeTruthy();

    // A tap still selects: the browser turns an uncancelled tap into mouse events cytoscape reads.
    const frameBox = await boxOf(frameLocator.locator(GRAPH));
    const node = await embed.$eval(GRAPH, (el) => el.graphProbe.positionOf("datong-mining"));
    if (!node) throw new Error("datong-mining is not drawn");
    await page.touchscreen.tap(frameBox.x + node.x, frameBox.y + node.y);
    await expect
      .poll(() => embed.$eval(GRAPH, (el) => el.graphProbe.marked("selected")))
      .toContain("datong-mining");
    // The details card that the tap opens lies over the graph's middle: closed (by touch), the pinch
    // below lands on the graph, whenever the card's code arrives.
    const details = frameLocator.getByTestId("details");
    await details.waitFor();
    await frameLocator.getByRole("button", { name: "Close" }).tap();
    await details.waitFor({ state: "detached" });
    await waitForGraphAtRest(embed);

    const box2 = await boxOf(frameLocator.locator(GRAPH));
    const cx = Math.round(box2.x + box2.width / 2);
    const cy = Math.round(box2.y + Math.min(box2.height / 2, 150));
    const scrollBeforePinch = await page.evaluate(() => window.scrollY);
    await gesture([
      (step) => ({ x: cx - 20 - step * 8, y: cy }),
      (step) => ({ x: cx + 20 + step * 8, y: cy }),
    ]);
    await expect
      .poll(async () => (await camera(embed)).zoom, { message: "two fingers zoom" })
      .toBeGreaterThan(afterOne.zoom * 1.3);
    expect(await page.evaluate(() => window.scrollY), "the pinch scrolled the host page").toBe(
      scrollBeforePinch,
    );
  } finally {
    host.cleanup();
  }
});

test("embed: Open full view opens the same view, without embed flags, in a new window from the sandbox", async ({
  newPage,
  serve,
  dialogSandbox,
}) => {
  const app = await serve();
  const sandbox = dialogSandbox;
  const host = await serveHostPage(
    serve,
    hostPageHtml(app.url, "embed=1&plain=1&sector=coal&lang=zh", { sandbox }),
  );
  try {
    const page = await newPage({ origin: [host.server.origin, app.origin] });
    await page.goto(host.server.url);
    const frame = page.frameLocator("#networks");
    await frame.locator(GRAPH_READY).waitFor();
    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      frame.getByTestId("open-full-view").click(),
    ]);
    await expectFullView(popup, app, { sector: "coal", lang: "zh" });
  } finally {
    host.cleanup();
  }
});
