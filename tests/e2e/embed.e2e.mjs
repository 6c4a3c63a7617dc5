// Share and embed, end to end on the production build: the embed in a sandboxed iframe on another
// origin (height, message API, what is ignored), the embed flags, cooperative gestures, Open full view,
// the URL and history, Copy link, the Embed dialog's snippet used on another origin, the scrollytelling
// example, and mount()/destroy() for same-origin hosts (heap and DOM after 200 cycles).
// The app is served as a plain static host serves it, with no CORS header, and framed with the sandbox
// the Embed dialog writes; only the strict-isolation test uses a server that sends CORS headers.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const GRAPH = '[data-testid="graph"]';
const NS = "shanxi-networks:v1:";
/** Strict isolation gives the embed an opaque origin, so its own files are cross-origin reads (see vite.config.ts). */
const CORS = { "Access-Control-Allow-Origin": "*" };

const AXE_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../node_modules/axe-core/axe.min.js",
);

/** axe-core (WCAG 2.2 AA) on a page or frame; fails with every violation. */
async function assertAxeClean(target, what) {
  if (!(await target.evaluate(() => "axe" in window))) await target.addScriptTag({ path: AXE_PATH });
  const violations = await target.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
  });
  assert(violations.length === 0, `axe, ${what}:\n  ${violations.join("\n  ")}`);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function assertSameIds(actual, expected, what) {
  const a = [...actual].sort();
  const e = [...expected].sort();
  assert(
    a.length === e.length && a.every((id, i) => id === e[i]),
    `${what}: got ${a.length} ids (${a.slice(0, 4).join(", ")}…), expected ${e.length} (${e.slice(0, 4).join(", ")}…)`,
  );
}

const datasetPath = (distDir) => path.join(distDir, "data", "shanxi-1958.json");
const readDataset = (distDir) => JSON.parse(fs.readFileSync(datasetPath(distDir), "utf8"));

/** Enterprises of these sectors (a sector's commanders are in it, so no context is added). */
const idsOfSectors = (dataset, sectors) =>
  dataset.enterprises.filter((e) => sectors.includes(e.sector)).map((e) => e.id);

/**
 * Serves a throwaway folder holding one host page on its own origin.
 * @param {(options?: object) => Promise<import("./server.mjs").StaticServer>} serve
 */
async function serveHostPage(serve, html) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "embed-host-"));
  fs.writeFileSync(path.join(dir, "index.html"), html);
  fs.writeFileSync(path.join(dir, "favicon.ico"), "");
  const server = await serve({ root: dir });
  return { server, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The code the Embed dialog writes for the app at `app` (English, the view `query`), with strict
 * isolation ticked when asked.
 */
async function snippetFromDialog(newPage, app, query, { strict = false } = {}) {
  const page = await newPage({ origin: app.origin });
  await page.goto(`${app.url}?${query}`);
  await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  if (strict) await dialog.getByLabel("Strict isolation (the app's server must send CORS headers)").check();
  const code = await dialog.getByTestId("embed-code").inputValue();
  await page.close();
  return code;
}

/** @type {string | undefined} */
let dialogSandbox;
/** The sandbox of the Embed dialog's default code, read from the dialog once per run. */
async function defaultSandbox(newPage, app) {
  if (dialogSandbox === undefined) {
    const code = await snippetFromDialog(newPage, app, "lang=en");
    dialogSandbox = code.match(/sandbox="([^"]*)"/)?.[1];
    assert(dialogSandbox, `the dialog's code has no sandbox: ${code}`);
  }
  return dialogSandbox;
}

/** Fails if a response from `origin` carries a CORS header: the plain host must stay plain. */
function refuseCorsHeaders(page, origin) {
  const seen = [];
  page.on("response", (response) => {
    if (new URL(response.url()).origin === origin && response.headers()["access-control-allow-origin"])
      seen.push(response.url());
  });
  return () => assert(seen.length === 0, `the plain app server sent CORS headers for ${seen.join(", ")}`);
}

/**
 * A host page embedding the app as the Embed dialog would, plus a same-origin "other" frame, and a log
 * of every message the embed's window sends to the host.
 */
function hostPageHtml(appUrl, query, { width = 1000, scriptSrc, sandbox } = {}) {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host article</title>
<style>body{margin:0;font:16px serif} .col{width:${width}px;margin:0 auto} .tall{height:2400px}</style>
<div class="col"><h1>A host article</h1><p>Text before the graphic.</p>
<iframe id="networks" src="${appUrl}?${query}" title="Networks" width="100%" height="575"
  style="width:100%;border:0" sandbox="${sandbox}" data-shanxi-networks></iframe>
<iframe id="other" name="other" srcdoc="<p>another frame</p>" title="Other" width="10" height="10"></iframe>
<div class="tall"><p>Text after the graphic.</p></div></div>
<script src="${scriptSrc ?? `${appUrl}embed-host.js`}"></script>`;
}

/** Records what the embed posts to the host page (only messages whose source is the embed's window). */
async function recordMessages(page) {
  await page.evaluate(() => {
    const frame = document.getElementById("networks");
    window.fromEmbed = [];
    window.addEventListener("message", (event) => {
      if (event.source === frame.contentWindow) window.fromEmbed.push(event.data);
    });
  });
}

const messagesOfType = (page, type) =>
  page.evaluate((t) => window.fromEmbed.filter((m) => m.type === t), `${NS}${type}`);

async function waitForMessage(page, type, count = 1) {
  await page.waitForFunction(
    ([t, n]) => window.fromEmbed.filter((m) => m.type === t).length >= n,
    [`${NS}${type}`, count],
  );
}

/** Posts to the embed from the host page (to "*": with strict isolation the frame's origin is opaque). */
const postToEmbed = (page, message) =>
  page.evaluate((m) => document.getElementById("networks").contentWindow.postMessage(m, "*"), message);

async function getStateFromHost(page, requestId) {
  await postToEmbed(page, { type: `${NS}getState`, requestId });
  const reply = { type: `${NS}state`, requestId };
  await page.waitForFunction(
    (r) => window.fromEmbed.some((m) => m.type === r.type && m.requestId === r.requestId),
    reply,
  );
  return page.evaluate(
    (r) => window.fromEmbed.find((m) => m.type === r.type && m.requestId === r.requestId).state,
    reply,
  );
}

const embedFrame = (page) => page.frames().find((f) => f.parentFrame() && f.url().includes("embed=1"));

/** Waits until the iframe's height equals its content's (the host script applied the last report). */
async function waitForHeightToFollow(page, frame) {
  let last = { frameHeight: 0, contentHeight: -1 };
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const contentHeight = await frame.evaluate(() =>
      Math.ceil(document.getElementById("root").getBoundingClientRect().height),
    );
    const frameHeight = await page.$eval("#networks", (f) => f.getBoundingClientRect().height);
    last = { frameHeight, contentHeight };
    if (Math.abs(frameHeight - contentHeight) <= 1) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`iframe height ${last.frameHeight} never followed its content ${last.contentHeight}`);
}

/** Logs, from the first script on, what the only iframe of a page of pasted code posts to the page. */
const recordPastedEmbed = (page) =>
  page.addInitScript(() => {
    window.fromEmbed = [];
    window.addEventListener("message", (event) => {
      if (event.source && event.source === document.querySelector("iframe")?.contentWindow)
        window.fromEmbed.push(event.data);
    });
  });

/**
 * Once the pasted embed said ready: setFilters, then getState; returns the state it replies with. Sent
 * to the app's origin, or to "*" when strict isolation makes the frame's origin opaque.
 */
async function commandPastedEmbed(page, filters) {
  await waitForMessage(page, "ready");
  return page.evaluate(
    async ([ns, wanted]) => {
      const frame = document.querySelector("iframe");
      const target = frame.sandbox.contains("allow-same-origin") ? new URL(frame.src).origin : "*";
      frame.contentWindow.postMessage({ type: `${ns}setFilters`, filters: wanted }, target);
      frame.contentWindow.postMessage({ type: `${ns}getState`, requestId: "pasted" }, target);
      for (;;) {
        const reply = window.fromEmbed.find((m) => m.type === `${ns}state` && m.requestId === "pasted");
        if (reply) return reply.state;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    [NS, filters],
  );
}

/** The window Open full view opened: the explorer itself, unsandboxed, on the app's origin, same view. */
async function assertFullView(popup, app, view) {
  await popup.locator(`${GRAPH}[data-ready="true"]`).waitFor();
  const url = new URL(popup.url());
  assert(url.origin === app.origin, `the full view opened on ${url.origin}`);
  for (const [key, value] of Object.entries(view))
    assert(url.searchParams.get(key) === value, `view lost (${key}): ${popup.url()}`);
  assert(
    !url.searchParams.has("embed") && !url.searchParams.has("plain"),
    `embed flags kept: ${popup.url()}`,
  );
  assert((await popup.locator(".app-header h1").count()) === 1, "the full view has its title");
  assert(
    (await popup.evaluate(() => window.origin)) === app.origin,
    "the full view inherited the sandbox (opaque origin)",
  );
}

/** @type {import("./run.mjs").E2ETest[]} */
export default [
  {
    name: "embed: in the dialog's sandbox on another origin, from a host with no CORS header, the height follows the content and setFilters drives the graph",
    timeout: 90_000,
    async run({ newPage, serve, distDir, screenshot }) {
      const app = await serve();
      const sandbox = await defaultSandbox(newPage, app);
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
        await page.goto(host.server.url);
        await recordMessages(page);
        const frame = page.frameLocator("#networks");
        await frame.locator(`${GRAPH}[data-ready="true"]`).waitFor();
        await waitForMessage(page, "ready");
        const embed = embedFrame(page);
        assert(embed, "the embed's frame was not found");
        assert(
          (await embed.evaluate(() => window.origin)) === app.origin,
          "the embed should keep the app's origin in the dialog's default sandbox",
        );
        const reach = await embed.evaluate(() => {
          try {
            return parent.document.title;
          } catch {
            return "blocked";
          }
        });
        assert(reach === "blocked", `the embed reached the host page on another origin: ${reach}`);

        const before = await waitForHeightToFollow(page, embed);
        // Selecting opens the details under the graph in a 600 px column: the content grows, the frame follows.
        await postToEmbed(page, { type: `${NS}select`, id: "datong-mining" });
        await waitForMessage(page, "select");
        await frame.getByTestId("details").waitFor();
        const after = await waitForHeightToFollow(page, embed);
        assert(
          after.contentHeight > before.contentHeight + 100,
          `content grew only from ${before.contentHeight} to ${after.contentHeight}`,
        );
        console.log(
          `    iframe height followed the content: ${before.frameHeight} px, then ${after.frameHeight} px`,
        );
        const ampHeights = await page.evaluate(() => window.fromEmbed.length);
        assert(ampHeights > 0, "no message reached the host");

        const dataset = readDataset(distDir);
        await postToEmbed(page, { type: `${NS}setFilters`, filters: { sectors: ["coal"] } });
        await waitForMessage(page, "stateChange", 2);
        const state = await getStateFromHost(page, "after-coal");
        const coal = idsOfSectors(dataset, ["coal"]);
        assertSameIds(state.visibleIds, coal, "getState visibleIds after setFilters coal");
        assert(state.selectedId === "datong-mining", "the selection should survive the filter change");
        const shown = await embed.$eval(GRAPH, (el) => el.graphProbe.shownIds());
        assertSameIds(shown, coal, "what cytoscape shows after setFilters coal");
        await screenshot(page, "embed-sandboxed-host");
        assertNoCors();
      } finally {
        host.cleanup();
      }
    },
  },
  {
    name: "embed: exportImage returns the PNG or SVG file to the host page, or says why it was refused",
    timeout: 120_000,
    async run({ newPage, serve }) {
      const app = await serve();
      const sandbox = await defaultSandbox(newPage, app);
      const host = await serveHostPage(
        serve,
        hostPageHtml(app.url, "embed=1&sector=coal&lang=zh", { sandbox }),
      );
      try {
        const page = await newPage({ origin: [host.server.origin, app.origin] });
        await page.goto(host.server.url);
        await recordMessages(page);
        await waitForMessage(page, "ready");
        /** Asks for an image and reads the reply: the file's name, type, size and first bytes as the host sees them. */
        const requestImage = async (requestId, request) => {
          await postToEmbed(page, { type: `${NS}exportImage`, requestId, ...request });
          const handle = await page.waitForFunction(
            (id) => window.fromEmbed.find((m) => m.requestId === id && /:(image|exportError)$/.test(m.type)),
            requestId,
            { timeout: 60_000 },
          );
          await handle.dispose();
          return page.evaluate(async (id) => {
            const reply = window.fromEmbed.find(
              (m) => m.requestId === id && /:(image|exportError)$/.test(m.type),
            );
            if (!(reply.blob instanceof Blob)) return { ...reply, blob: null };
            const bytes = new Uint8Array(await reply.blob.arrayBuffer());
            const view = new DataView(bytes.buffer);
            return {
              type: reply.type,
              fileName: reply.fileName,
              mimeType: reply.mimeType,
              blobType: reply.blob.type,
              width: reply.width,
              height: reply.height,
              pngSize: bytes.length > 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : null,
              text: reply.mimeType.startsWith("image/svg") ? new TextDecoder().decode(bytes) : "",
            };
          }, requestId);
        };

        const png = await requestImage("a4", { preset: "a4-landscape" });
        assert(png.type === `${NS}image`, `a PNG reply, got ${png.type}: ${JSON.stringify(png.message)}`);
        assert(png.blobType === "image/png" && png.mimeType === "image/png", `PNG type ${png.blobType}`);
        assert(
          png.pngSize?.width === 3508 && png.pngSize?.height === 2480,
          `A4 landscape at 300 dpi is 3508 x 2480, the file is ${JSON.stringify(png.pngSize)}`,
        );
        assert(/^shanxi-1958_coal_.*\.png$/.test(png.fileName), `file name ${png.fileName}`);

        const svg = await requestImage("svg", { format: "svg", parts: { legend: false } });
        assert(svg.type === `${NS}image` && svg.mimeType === "image/svg+xml", `an SVG reply: ${svg.type}`);
        assert(/<g id="nodes"/.test(svg.text) && /<g id="caption"/.test(svg.text), "the SVG has its layers");
        assert(!svg.text.includes("层级（形状与大小）"), "the legend was switched off");
        const withLegend = await requestImage("svg-legend", { format: "svg" });
        assert(withLegend.text.includes("层级（形状与大小）"), "the legend is drawn by default");
        assert(/大同矿务局/.test(svg.text), "Chinese names are text in the SVG");
        assert(!/embed=1/.test(svg.text), "the figure links to the full view, not the embed");

        const refused = await requestImage("huge", { preset: "custom", customWidth: 32_767 });
        assert(refused.type === `${NS}exportError`, `a refusal, got ${refused.type}`);
        assert(
          ["side-too-long", "area-too-large"].includes(refused.code) &&
            refused.message.en &&
            refused.message.zh,
          `the refusal says why in both languages: ${JSON.stringify(refused)}`,
        );
        console.log(
          `    A4 PNG ${png.pngSize.width} x ${png.pngSize.height}; refused: ${refused.message.en}`,
        );
      } finally {
        host.cleanup();
      }
    },
  },
  {
    name: "embed: a message from another window, a malformed message and a wrong version are ignored (and the host script takes heights only from its iframe)",
    async run({ newPage, serve }) {
      const app = await serve();
      const sandbox = await defaultSandbox(newPage, app);
      const host = await serveHostPage(serve, hostPageHtml(app.url, "embed=1&sector=coal", { sandbox }));
      try {
        const page = await newPage({ origin: [host.server.origin, app.origin] });
        await page.goto(host.server.url);
        await recordMessages(page);
        await page.frameLocator("#networks").locator(`${GRAPH}[data-ready="true"]`).waitFor();
        await waitForMessage(page, "ready");
        const embed = embedFrame(page);
        const shownBefore = await embed.$eval(GRAPH, (el) => el.graphProbe.shownIds());

        // From a frame of the host's own origin that is not the embed's parent.
        const other = page.frame({ name: "other" });
        assert(other, "the other frame was not found");
        await other.evaluate(
          (m) => {
            parent.document.getElementById("networks").contentWindow.postMessage(m, "*");
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
        await page.evaluate(() =>
          window.postMessage({ "datawrapper-height": { "shanxi-networks": 2222 } }, "*"),
        );

        const state = await getStateFromHost(page, "after-noise");
        const heightAfter = await page.$eval("#networks", (f) => f.getBoundingClientRect().height);
        assert(
          heightAfter === heightBefore,
          `a height from another window resized the embed to ${heightAfter}`,
        );
        assertSameIds(state.filters.sectors, ["coal"], "filters after ignored messages");
        assert(state.lang === "en", "language changed by an invalid message");
        assert(
          (await messagesOfType(page, "stateChange")).length === 0,
          "an ignored message caused a stateChange",
        );
        const shownAfter = await embed.$eval(GRAPH, (el) => el.graphProbe.shownIds());
        assertSameIds(shownAfter, shownBefore, "what cytoscape shows after ignored messages");
      } finally {
        host.cleanup();
      }
    },
  },
  {
    name: "embed: flags hide what they say (plain, controls=0, legend=0|1, static, transparent, theme)",
    timeout: 90_000,
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1100, height: 800 } } });
      const open = async (query) => {
        await page.goto(`${baseUrl}?${query}`);
        await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
      };
      const count = (selector) => page.locator(selector).count();

      await open("embed=1&sector=coal");
      assert((await count(".app-header h1")) === 1, "embed=1 alone keeps the title");
      assert((await count(".source-line")) === 1, "embed=1 alone keeps the source line");
      assert((await count('[data-facet="sectors"]')) === 1, "embed=1 alone keeps the filters");
      assert((await count(".legend")) === 1, "embed=1 alone keeps the legend");
      assert((await count('[data-testid="open-full-view"]')) === 1, "an embed links to the full view");
      assert(
        (await page.getByRole("button", { name: "Embed" }).count()) === 0,
        "an embed offers no Embed button",
      );
      await screenshot(page, "embed-flags-default");
      await assertAxeClean(page, "embed=1");

      await open("embed=1&plain&sector=coal");
      assert((await count(".app-header")) === 0, "plain hides the title");
      assert((await count(".source-line")) === 0, "plain hides the source line");

      await open("embed=1&controls=0&sector=coal");
      assert((await count(".sidebar")) === 0, "controls=0 hides the filter panel");
      assert((await count(".toolbar")) === 0, "controls=0 hides the toolbar");
      assert((await count(".legend")) === 1, "controls=0 keeps the legend");

      await open("embed=1&legend=0&sector=coal");
      assert((await count(".legend")) === 0, "legend=0 hides the legend");
      assert((await count(".inspector")) === 0, "with no legend and no selection the side column goes");
      await open("embed=1&legend=1&controls=0&sector=coal");
      assert((await count(".legend")) === 1, "legend=1 shows the legend");

      await open("embed=1&static&plain&sector=coal");
      assert((await count(".toolbar")) === 0 && (await count(".sidebar")) === 0, "static has no controls");
      const camera = () => page.$eval(GRAPH, (el) => el.graphProbe.camera());
      const cameraBefore = await camera();
      const box = await page.locator(GRAPH).boundingBox();
      const datong = await page.$eval(GRAPH, (el) => el.graphProbe.positionOf("datong-mining"));
      await page.mouse.click(box.x + datong.x, box.y + datong.y);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 6 });
      await page.mouse.up();
      await page.keyboard.down("Control");
      await page.mouse.wheel(0, -400);
      await page.keyboard.up("Control");
      await page.waitForTimeout(400);
      const cameraAfter = await camera();
      assert(
        JSON.stringify(cameraAfter) === JSON.stringify(cameraBefore),
        `static: the camera moved from ${JSON.stringify(cameraBefore)} to ${JSON.stringify(cameraAfter)}`,
      );
      assert((await count('[data-testid="details"]')) === 0, "static: a click selected an enterprise");
      assert(!page.url().includes("node="), "static: a click wrote a selection to the URL");

      // Transparent shows the host's background, so its theme must suit it: light here, on a white page.
      await open("embed=1&transparent&plain&theme=light&sector=coal");
      const backgrounds = await page.evaluate(() => [
        getComputedStyle(document.documentElement).backgroundColor,
        getComputedStyle(document.body).backgroundColor,
      ]);
      assert(
        backgrounds.every((b) => b === "rgba(0, 0, 0, 0)"),
        `transparent: page backgrounds are ${backgrounds.join(", ")}`,
      );
      await assertAxeClean(page, "embed=1&transparent&plain&theme=light");

      await open("embed=1&plain&theme=dark&sector=coal");
      assert(
        (await page.evaluate(() => document.documentElement.dataset.theme)) === "dark",
        "theme=dark is not applied in the embed",
      );
      await screenshot(page, "embed-flags-plain-dark");
      await assertAxeClean(page, "embed=1&plain&theme=dark");
    },
  },
  {
    name: "embed: cooperative gestures keep the host page scrolling; Ctrl+wheel zooms, with a hint otherwise",
    timeout: 90_000,
    async run({ newPage, serve, screenshot }) {
      const app = await serve();
      const sandbox = await defaultSandbox(newPage, app);
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
        await frameLocator.locator(`${GRAPH}[data-ready="true"]`).waitFor();
        const embed = embedFrame(page);
        const camera = () => embed.$eval(GRAPH, (el) => el.graphProbe.camera());
        const graphBox = await frameLocator.locator(GRAPH).boundingBox();
        const centre = {
          x: graphBox.x + graphBox.width / 2,
          y: graphBox.y + Math.min(graphBox.height / 2, 250),
        };
        await page.mouse.move(centre.x, centre.y);

        const zoomBefore = (await camera()).zoom;
        const scrollBefore = await page.evaluate(() => window.scrollY);
        await page.mouse.wheel(0, 300);
        await page.waitForFunction((y) => window.scrollY > y, scrollBefore);
        await frameLocator.getByTestId("gesture-hint").waitFor();
        await screenshot(page, "embed-gesture-hint");
        assert((await camera()).zoom === zoomBefore, "a plain wheel zoomed the embedded graph");

        const graphBoxNow = await frameLocator.locator(GRAPH).boundingBox();
        await page.mouse.move(graphBoxNow.x + graphBoxNow.width / 2, graphBoxNow.y + graphBoxNow.height / 2);
        const scrollMid = await page.evaluate(() => window.scrollY);
        await page.keyboard.down("Control");
        await page.mouse.wheel(0, -200);
        await page.keyboard.up("Control");
        await page.waitForTimeout(300);
        const zoomAfter = (await camera()).zoom;
        assert(zoomAfter > zoomBefore * 1.2, `Ctrl+wheel did not zoom in (${zoomBefore} → ${zoomAfter})`);
        assert(
          (await page.evaluate(() => window.scrollY)) === scrollMid,
          "Ctrl+wheel scrolled the host page",
        );
        // The camera the reader chose is in the embed's own URL, so Open full view keeps it.
        await embed.waitForFunction(() => new URLSearchParams(location.search).has("viewport"));
        const href = await frameLocator.getByTestId("open-full-view").getAttribute("href");
        assert(href.includes("viewport="), `Open full view lost the camera: ${href}`);
      } finally {
        host.cleanup();
      }
    },
  },
  {
    name: "embed: one finger scrolls the host page, two fingers pan and zoom the graph (touch)",
    timeout: 90_000,
    async run({ newPage, serve }) {
      const app = await serve();
      const sandbox = await defaultSandbox(newPage, app);
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
        await frameLocator.locator(`${GRAPH}[data-ready="true"]`).waitFor();
        const embed = embedFrame(page);
        const camera = () => embed.$eval(GRAPH, (el) => el.graphProbe.camera());
        const cdp = await page.context().newCDPSession(page);
        // Touches through Chromium's input pipeline: the page scrolls only if no handler cancels them.
        const gesture = async (paths) => {
          const points = (step) => paths.map((path, id) => ({ ...path(step), id }));
          await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(0) });
          for (let step = 1; step <= 10; step += 1) {
            await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(step) });
            await page.waitForTimeout(16);
          }
          await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
          await page.waitForTimeout(300);
        };
        const box = await frameLocator.locator(GRAPH).boundingBox();
        const x = Math.round(box.x + box.width / 2);
        const y = Math.round(box.y + box.height / 2);

        const before = await camera();
        const scrollBefore = await page.evaluate(() => window.scrollY);
        await gesture([(step) => ({ x, y: y - step * 20 })]);
        const scrolled = (await page.evaluate(() => window.scrollY)) - scrollBefore;
        const afterOne = await camera();
        assert(scrolled > 50, `one finger did not scroll the host page (scrolled ${scrolled} px)`);
        assert(
          Math.abs(afterOne.x - before.x) < 0.5 &&
            Math.abs(afterOne.y - before.y) < 0.5 &&
            afterOne.zoom === before.zoom,
          `one finger moved the graph: ${JSON.stringify(before)} → ${JSON.stringify(afterOne)}`,
        );

        // A tap still selects: the browser turns an uncancelled tap into mouse events cytoscape reads.
        const frameBox = await frameLocator.locator(GRAPH).boundingBox();
        const node = await embed.$eval(GRAPH, (el) => el.graphProbe.positionOf("datong-mining"));
        await page.touchscreen.tap(frameBox.x + node.x, frameBox.y + node.y);
        await embed.waitForFunction(() =>
          document
            .querySelector('[data-testid="graph"]')
            .graphProbe.marked("selected")
            .includes("datong-mining"),
        );

        const box2 = await frameLocator.locator(GRAPH).boundingBox();
        const cx = Math.round(box2.x + box2.width / 2);
        const cy = Math.round(box2.y + Math.min(box2.height / 2, 150));
        const scrollBeforePinch = await page.evaluate(() => window.scrollY);
        await gesture([
          (step) => ({ x: cx - 20 - step * 8, y: cy }),
          (step) => ({ x: cx + 20 + step * 8, y: cy }),
        ]);
        const afterTwo = await camera();
        assert(
          afterTwo.zoom > afterOne.zoom * 1.3,
          `two fingers did not zoom (${afterOne.zoom} → ${afterTwo.zoom})`,
        );
        assert(
          (await page.evaluate(() => window.scrollY)) === scrollBeforePinch,
          "the pinch scrolled the host page",
        );
      } finally {
        host.cleanup();
      }
    },
  },
  {
    name: "embed: Open full view opens the same view, without embed flags, in a new window from the sandbox",
    async run({ newPage, serve }) {
      const app = await serve();
      const sandbox = await defaultSandbox(newPage, app);
      const host = await serveHostPage(
        serve,
        hostPageHtml(app.url, "embed=1&plain=1&sector=coal&lang=zh", { sandbox }),
      );
      try {
        const page = await newPage({ origin: [host.server.origin, app.origin] });
        await page.goto(host.server.url);
        const frame = page.frameLocator("#networks");
        await frame.locator(`${GRAPH}[data-ready="true"]`).waitFor();
        const [popup] = await Promise.all([
          page.waitForEvent("popup"),
          frame.getByTestId("open-full-view").click(),
        ]);
        await assertFullView(popup, app, { sector: "coal", lang: "zh" });
      } finally {
        host.cleanup();
      }
    },
  },
  {
    name: "share: the URL holds the view, Back and Forward step through views, the camera survives a reload",
    async run({ newPage, baseUrl }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1300, height: 850 } } });
      await page.goto(`${baseUrl}?lang=en`);
      await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
      const coalBox = page.locator('[data-facet="sectors"] input[value="coal"]');
      await coalBox.check();
      await page.waitForFunction(() => location.search.includes("sector=coal"));
      await page.locator('[data-facet="sectors"] input[value="power"]').check();
      await page.waitForFunction(() => location.search.includes("sector=coal,power"));
      await page.getByRole("combobox", { name: "Focus on network" }).selectOption("power");
      await page.waitForFunction(() => location.search.includes("focus=power"));

      await page.goBack();
      await page.waitForFunction(() => !location.search.includes("focus="));
      await page.goBack();
      await page.waitForFunction(() => location.search === "?sector=coal");
      assert(await coalBox.isChecked(), "Back lost the coal filter");
      assert(
        !(await page.locator('[data-facet="sectors"] input[value="power"]').isChecked()),
        "Back kept power",
      );
      await page.goForward();
      await page.waitForFunction(() => location.search.includes("sector=coal,power"));
      assert(
        await page.locator('[data-facet="sectors"] input[value="power"]').isChecked(),
        "Forward lost power",
      );

      // Zooming writes the camera into the current entry (no new history entry).
      const historyLength = await page.evaluate(() => history.length);
      await page.getByRole("button", { name: "Zoom in" }).click();
      await page.waitForFunction(() => location.search.includes("viewport="));
      assert((await page.evaluate(() => history.length)) === historyLength, "zooming added a history entry");
      const camera = () => page.$eval(GRAPH, (el) => el.graphProbe.camera());
      const zoomed = await camera();
      await page.reload();
      await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
      await page.waitForTimeout(300);
      const restored = await camera();
      assert(
        Math.abs(restored.zoom - zoomed.zoom) < 0.002 &&
          Math.abs(restored.x - zoomed.x) < 0.2 &&
          Math.abs(restored.y - zoomed.y) < 0.2,
        `camera after reload ${JSON.stringify(restored)}, before ${JSON.stringify(zoomed)}`,
      );
    },
  },
  {
    name: "share: Copy link puts the view's address on the clipboard, or shows it selected when copying is refused",
    async run({ newPage, baseUrl, origin, context }) {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
      const page = await newPage();
      await page.goto(`${baseUrl}?sector=fert&node=taiyuan-chem&lang=en`);
      await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
      await page.getByTestId("copy-link").click();
      await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert(copied === page.url(), `copied ${copied}, page is at ${page.url()}`);

      const refusing = await newPage();
      await refusing.addInitScript(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
        document.execCommand = () => false;
      });
      await refusing.goto(`${baseUrl}?sector=fert`);
      await refusing.locator(`${GRAPH}[data-ready="true"]`).waitFor();
      await refusing.getByTestId("copy-link").click();
      const field = refusing.locator(".copy-link-fallback input");
      await field.waitFor();
      assert((await field.inputValue()) === refusing.url(), "the fallback field does not hold the link");
      const selected = await refusing.evaluate(() => {
        const input = document.querySelector(".copy-link-fallback input");
        return (
          document.activeElement === input && input.selectionEnd - input.selectionStart === input.value.length
        );
      });
      assert(selected, "the fallback field is not focused with the link selected");
    },
  },
  {
    name: "embed dialog: writes the snippet for the current view; pasted on another origin, from a host with no CORS header, it loads, resizes and answers messages",
    timeout: 90_000,
    async run({ newPage, serve, screenshot, distDir }) {
      const app = await serve();
      const page = await newPage({
        origin: app.origin,
        contextOptions: { viewport: { width: 1300, height: 850 } },
      });
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.origin });
      await page.goto(`${app.url}?sector=power&lang=zh`);
      await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
      const requested = [];
      page.on("request", (request) => requested.push(request.url()));
      await page.getByRole("button", { name: "嵌入" }).click();
      const dialog = page.getByRole("dialog", { name: "嵌入当前视图" });
      await dialog.waitFor();
      assert(
        requested.some((url) => /EmbedDialog-[\w-]+\.js$/.test(url)),
        "the embed dialog chunk was not loaded lazily",
      );
      await dialog.getByLabel("标题和出处").uncheck();
      await dialog.getByLabel("图例和详情").uncheck();
      await dialog.getByLabel("手机（小于 480 像素）").check();
      const code = await dialog.getByTestId("embed-code").inputValue();
      // Without allow-same-origin the app's own files would need CORS headers (see the strict test).
      assert(
        /sandbox="[^"]*\ballow-scripts\b[^"]*"/.test(code) &&
          /sandbox="[^"]*\ballow-same-origin\b/.test(code),
        `the default snippet's sandbox must keep the app's origin: ${code}`,
      );
      assert(
        code.includes('loading="lazy"') && code.includes('width="100%"') && code.includes('height="400"'),
        `snippet: ${code}`,
      );
      assert(
        code.includes("embed=1&amp;plain=1&amp;controls=0&amp;legend=0&amp;sector=power&amp;lang=zh"),
        `snippet: ${code}`,
      );
      assert(
        code.includes(`<script src="${app.url}embed-host.js" async></script>`),
        "snippet lacks the host script",
      );
      assert(!/<script>/.test(code), "snippet has inline script");
      await screenshot(page, "embed-dialog-zh");
      await page.evaluate(() => document.fonts.ready);
      await assertAxeClean(page, "the embed dialog in Chinese");
      await dialog.getByRole("button", { name: "复制代码" }).click();
      await dialog.getByText("代码已复制").waitFor();
      assert(
        (await page.evaluate(() => navigator.clipboard.readText())) === code,
        "the clipboard does not hold the code",
      );
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      assert(
        (await page.evaluate(() => document.activeElement?.textContent)) === "嵌入",
        "focus did not return to the Embed button",
      );

      const host = await serveHostPage(
        serve,
        `<!doctype html><html lang="zh"><meta charset="utf-8"><title>转载页</title><div style="width:420px">${code}</div>`,
      );
      try {
        const hostPage = await newPage({
          origin: [host.server.origin, app.origin],
          contextOptions: { viewport: { width: 500, height: 800 } },
        });
        const assertNoCors = refuseCorsHeaders(hostPage, app.origin);
        await recordPastedEmbed(hostPage);
        await hostPage.goto(host.server.url);
        const frame = hostPage.frameLocator("iframe");
        await frame.locator(`${GRAPH}[data-ready="true"]`).waitFor();
        const embed = embedFrame(hostPage);
        assert((await embed.evaluate(() => window.origin)) === app.origin, "the embed lost the app's origin");
        await hostPage.waitForFunction(() => document.querySelector("iframe").style.height !== "");
        const contentHeight = await embed.evaluate(() =>
          Math.ceil(document.getElementById("root").getBoundingClientRect().height),
        );
        await hostPage.waitForFunction(
          (h) => Math.abs(document.querySelector("iframe").getBoundingClientRect().height - h) <= 1,
          contentHeight,
        );
        assert(
          (await frame.locator(".app-header, .legend").count()) === 0,
          "the pasted embed shows what was unticked",
        );
        await screenshot(hostPage, "embed-snippet-pasted");
        const state = await commandPastedEmbed(hostPage, { sectors: ["coal"] });
        assertSameIds(
          state.visibleIds,
          idsOfSectors(readDataset(distDir), ["coal"]),
          "getState after setFilters in the pasted embed",
        );
        assertNoCors();
      } finally {
        host.cleanup();
      }
    },
  },
  {
    name: "embed dialog, strict isolation: on a server that sends CORS headers the opaque-origin embed loads, resizes, answers messages, exports and opens the full view",
    timeout: 120_000,
    async run({ newPage, serve, distDir }) {
      const app = await serve({ headers: CORS });
      const code = await snippetFromDialog(newPage, app, "sector=power&lang=en", { strict: true });
      assert(!/allow-same-origin/.test(code), `the strict snippet keeps the app's origin: ${code}`);
      const host = await serveHostPage(
        serve,
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host</title><div style="width:600px">${code}</div>`,
      );
      try {
        const page = await newPage({
          origin: [host.server.origin, app.origin],
          contextOptions: { viewport: { width: 700, height: 900 } },
        });
        await recordPastedEmbed(page);
        await page.goto(host.server.url);
        const frame = page.frameLocator("iframe");
        await frame.locator(`${GRAPH}[data-ready="true"]`).waitFor();
        const embed = embedFrame(page);
        assert((await embed.evaluate(() => window.origin)) === "null", "the strict embed has a real origin");
        const contentHeight = await embed.evaluate(() =>
          Math.ceil(document.getElementById("root").getBoundingClientRect().height),
        );
        await page.waitForFunction(
          (h) => Math.abs(document.querySelector("iframe").getBoundingClientRect().height - h) <= 1,
          contentHeight,
        );

        const state = await commandPastedEmbed(page, { sectors: ["coal"] });
        assertSameIds(state.visibleIds, idsOfSectors(readDataset(distDir), ["coal"]), "strict: getState");
        await waitForMessage(page, "stateChange");
        const svg = await page.evaluate(async (ns) => {
          document
            .querySelector("iframe")
            .contentWindow.postMessage({ type: `${ns}exportImage`, requestId: "svg", format: "svg" }, "*");
          for (;;) {
            const reply = window.fromEmbed.find((m) => m.requestId === "svg" && m.type !== `${ns}state`);
            if (reply) return { type: reply.type, mimeType: reply.mimeType, size: reply.blob?.size ?? 0 };
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }, NS);
        assert(
          svg.type === `${NS}image` && svg.mimeType === "image/svg+xml" && svg.size > 1000,
          `strict: exportImage replied ${JSON.stringify(svg)}`,
        );

        const [popup] = await Promise.all([
          page.waitForEvent("popup"),
          frame.getByTestId("open-full-view").click(),
        ]);
        await assertFullView(popup, app, { sector: "coal" });
      } finally {
        host.cleanup();
      }
    },
  },
  {
    name: "embed example: on a host with no CORS header, the article's paragraphs drive the graph as the reader scrolls",
    timeout: 90_000,
    async run({ newPage, serve, distDir, screenshot }) {
      const app = await serve();
      const page = await newPage({
        origin: app.origin,
        contextOptions: { viewport: { width: 1280, height: 800 } },
      });
      const assertNoCors = refuseCorsHeaders(page, app.origin);
      await page.goto(`${app.url}embed-example.html`);
      const frame = page.frameLocator("#networks");
      await frame.locator(`${GRAPH}[data-ready="true"]`).waitFor();
      const embed = embedFrame(page);
      const dataset = readDataset(distDir);
      const showStep = (index) =>
        page.evaluate(
          (i) => document.querySelectorAll(".step")[i].scrollIntoView({ block: "center" }),
          index,
        );

      await showStep(2);
      await embed.waitForFunction(() =>
        document
          .querySelector('[data-testid="graph"]')
          .graphProbe.marked("selected")
          .includes("datong-mining"),
      );
      assertSameIds(
        await embed.$eval(GRAPH, (el) => el.graphProbe.shownIds()),
        idsOfSectors(dataset, ["coal"]),
        "Datong step",
      );
      await page
        .locator("#step-caption")
        .filter({ hasText: `${idsOfSectors(dataset, ["coal"]).length} enterprises` })
        .waitFor();
      await screenshot(page, "embed-example-datong");

      await showStep(3);
      const power = idsOfSectors(dataset, ["power"]);
      await embed.waitForFunction(
        (n) => document.querySelector('[data-testid="graph"]').graphProbe.shownIds().length === n,
        power.length,
      );
      assertSameIds(await embed.$eval(GRAPH, (el) => el.graphProbe.shownIds()), power, "power step");
      assert(
        (await embed.$eval(GRAPH, (el) => el.graphProbe.marked("selected"))).length === 0,
        "selection kept",
      );
      assertNoCors();
    },
  },
  {
    name: "mount: setState, getState and on drive a view mounted in a same-origin page",
    async run({ newPage, baseUrl, distDir }) {
      const page = await newPage();
      await page.route(`${baseUrl}host.html`, (route) =>
        route.fulfill({
          contentType: "text/html",
          body: '<!doctype html><html lang="fr"><title>Host</title><div id="slot"></div>',
        }),
      );
      await page.goto(`${baseUrl}host.html`);
      const result = await page.evaluate(async () => {
        const { mount } = await import("./embed/mount.js");
        const view = mount(document.getElementById("slot"), {
          view: "sector=coal",
          flags: { legend: false },
        });
        const events = [];
        view.on("stateChange", (e) => events.push(["stateChange", e.state.visibleIds.length]));
        view.on("select", (e) => events.push(["select", e.id]));
        view.setState({ filters: { sectors: ["fert"] } });
        await new Promise((resolve) => view.on("ready", resolve));
        const ready = view.getState();
        view.setState({ selectedId: "taiyuan-chem" });
        await new Promise((resolve) => {
          const check = () =>
            document.querySelector('[data-testid="graph"]')?.dataset.ready
              ? resolve()
              : setTimeout(check, 20);
          check();
        });
        const shown = document.querySelector('[data-testid="graph"]').graphProbe.shownIds();
        const legend = document.querySelectorAll(".legend").length;
        view.destroy();
        view.destroy();
        return {
          ready,
          after: view.getState(),
          events,
          shown,
          legend,
          slot: document.getElementById("slot").innerHTML,
          lang: document.documentElement.lang,
        };
      });
      const dataset = readDataset(distDir);
      assertSameIds(
        result.ready.visibleIds,
        idsOfSectors(dataset, ["fert"]),
        "a setState before ready applies on load",
      );
      assert(result.after.selectedId === "taiyuan-chem", "setState select");
      assertSameIds(result.shown, idsOfSectors(dataset, ["fert"]), "what the mounted graph shows");
      assert(
        JSON.stringify(result.events) ===
          JSON.stringify([
            ["stateChange", idsOfSectors(dataset, ["fert"]).length],
            ["select", "taiyuan-chem"],
          ]),
        `events ${JSON.stringify(result.events)}`,
      );
      assert(result.legend === 0, "flags.legend=false still shows the legend");
      assert(
        result.slot === "" && result.lang === "fr",
        `destroy left ${result.slot.length} characters and lang=${result.lang}`,
      );
    },
  },
  {
    name: "mount: 200 mount/destroy cycles leave the heap within 2 MB and the DOM and listeners at baseline",
    // Each cycle re-adds the stylesheet and reloads its font faces (~0.7–1.1 s on two shared cores).
    timeout: 480_000,
    async run({ newPage, baseUrl }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1000, height: 700 } } });
      await page.route(`${baseUrl}host.html`, (route) =>
        route.fulfill({
          contentType: "text/html",
          body: '<!doctype html><html lang="en"><title>Host</title><div id="slot"></div>',
        }),
      );
      await page.goto(`${baseUrl}host.html`);
      const cdp = await page.context().newCDPSession(page);
      const measure = async () => {
        for (let i = 0; i < 3; i += 1) await cdp.send("HeapProfiler.collectGarbage");
        const { usedSize } = await cdp.send("Runtime.getHeapUsage");
        const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
        const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
        const { result: docResult } = await cdp.send("Runtime.evaluate", { expression: "document" });
        const { listeners: docListeners } = await cdp.send("DOMDebugger.getEventListeners", {
          objectId: docResult.objectId,
        });
        const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
        await cdp.send("Runtime.releaseObjectGroup", { objectGroup: "" }).catch(() => undefined);
        return {
          heap: usedSize,
          nodes,
          windowListeners: listeners.length,
          documentListeners: docListeners.length,
        };
      };
      const cycles = (n) =>
        page.evaluate(async (count) => {
          const { mount } = await import("./embed/mount.js");
          const slot = document.getElementById("slot");
          for (let i = 0; i < count; i += 1) {
            const view = mount(slot, { view: i % 2 ? "sector=coal" : "sector=power&node=ty-tpp1" });
            await new Promise((resolve) => view.on("ready", resolve));
            await new Promise((resolve) => {
              const check = () =>
                slot.querySelector('[data-testid="graph"][data-ready]') ? resolve() : setTimeout(check, 5);
              check();
            });
            view.destroy();
          }
        }, n);

      // One warm-up cycle loads the modules, the dataset cache and the stylesheets' fonts; cytoscape adds its
      // one <style> to <head> for the page's lifetime.
      const initial = await measure();
      await cycles(1);
      const baseline = await measure();
      const started = Date.now();
      await cycles(200);
      const after = await measure();
      const growth = after.heap - baseline.heap;
      console.log(
        `    200 cycles in ${((Date.now() - started) / 1000).toFixed(1)} s: heap ${(baseline.heap / 1e6).toFixed(2)} → ${(after.heap / 1e6).toFixed(2)} MB` +
          ` (growth ${(growth / 1e6).toFixed(3)} MB); DOM elements ${initial.nodes} before any mount, ${baseline.nodes} after the warm-up, ${after.nodes} after 200;` +
          ` window listeners ${baseline.windowListeners} → ${after.windowListeners}; document listeners ${baseline.documentListeners} → ${after.documentListeners}`,
      );
      assert(growth < 2_000_000, `heap grew by ${(growth / 1e6).toFixed(2)} MB over 200 cycles`);
      assert(after.nodes === baseline.nodes, `DOM elements ${baseline.nodes} → ${after.nodes}`);
      assert(
        after.windowListeners === baseline.windowListeners,
        `window listeners ${baseline.windowListeners} → ${after.windowListeners}`,
      );
      assert(
        after.documentListeners === baseline.documentListeners,
        `document listeners ${baseline.documentListeners} → ${after.documentListeners}`,
      );
    },
  },
];
