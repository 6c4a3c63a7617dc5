// The Embed dialog's code, pasted as a reporter would: by default it works from a host that sends no
// CORS header; with strict isolation it works where the app's server sends them. And the scrollytelling
// example, public/embed-example.html, on the plain host.

import type { Page } from "@playwright/test";
import {
  CORS,
  embedFrame,
  expectFullView,
  NS,
  postToEmbed,
  recordMessages,
  refuseCorsHeaders,
  serveHostPage,
  setFiltersAndGetState,
  snippetFromDialog,
  waitForHeightToFollow,
  waitForMessage,
} from "./support/embedHost";
import { expect, test } from "./support/fixtures";
import {
  expectAxeClean,
  expectSameIds,
  GRAPH_READY,
  idsOfSectors,
  nextFrames,
  readDataset,
  shownIds,
  waitForGraphAtRest,
} from "./support/helpers";

const pastedPage = (lang: string, width: number, code: string) =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>Host article</title><div style="width:${width}px">${code}</div>`;

const selectedIn = (scope: Awaited<ReturnType<typeof embedFrame>>) =>
  scope.$eval('[data-testid="graph"]', (el) => el.graphProbe.marked("selected"));

test("embed dialog: writes the snippet for the current view; pasted on another origin, from a host with no CORS header, it loads, resizes and answers messages", async ({
  newPage,
  serve,
}) => {
  test.setTimeout(180_000);
  const app = await serve();
  const page = await newPage({
    origin: app.origin,
    contextOptions: { viewport: { width: 1300, height: 850 } },
  });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.origin });
  await page.goto(`${app.url}?sector=power&lang=zh`);
  await page.locator(GRAPH_READY).waitFor();
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.getByRole("button", { name: "嵌入" }).click();
  const dialog = page.getByRole("dialog", { name: "嵌入当前视图" });
  await dialog.waitFor();
  expect(
    requested.some((url) => /EmbedDialog-[\w-]+\.js$/.test(url)),
    "the dialog's chunk loads lazily",
  ).toBe(true);
  await dialog.getByLabel("标题和出处").uncheck();
  await dialog.getByLabel("图例和详情").uncheck();
  await dialog.getByLabel("手机（小于 480 像素）").check();
  const code = await dialog.getByTestId("embed-code").inputValue();
  // Without allow-same-origin the app's own files would need CORS headers (see the strict test).
  const sandbox = (code.match(/sandbox="([^"]*)"/)?.[1] ?? "").split(" ");
  expect(sandbox, "the default snippet's sandbox keeps the app's origin").toEqual(
    expect.arrayContaining(["allow-scripts", "allow-same-origin"]),
  );
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('width="100%"');
  expect(code).toContain('height="400"');
  expect(code).toContain("embed=1&amp;plain=1&amp;controls=0&amp;legend=0&amp;sector=power&amp;lang=zh");
  expect(code, "the snippet has the host script").toContain(
    `<script src="${app.url}embed-host.js" async></script>`,
  );
  expect(code, "no inline script").not.toMatch(/<script>/);
  await page.evaluate(() => document.fonts.ready);
  await expect(page).toHaveScreenshot("embed-dialog-zh.png");
  await expectAxeClean(page, "the embed dialog in Chinese");
  await dialog.getByRole("button", { name: "复制代码" }).click();
  await dialog.getByText("代码已复制").waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText()), "the clipboard holds the code").toBe(
    code,
  );
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  expect(await page.evaluate(() => document.activeElement?.textContent), "focus returns to Embed").toBe(
    "嵌入",
  );

  const host = await serveHostPage(serve, pastedPage("zh", 420, code));
  try {
    const hostPage = await newPage({
      origin: [host.server.origin, app.origin],
      contextOptions: { viewport: { width: 500, height: 800 } },
    });
    const expectNoCors = refuseCorsHeaders(hostPage, app.origin);
    await recordMessages(hostPage);
    await hostPage.goto(host.server.url);
    const frame = hostPage.frameLocator("iframe");
    await frame.locator(GRAPH_READY).waitFor();
    const embed = embedFrame(hostPage);
    expect(await embed.evaluate(() => window.origin), "the embed keeps the app's origin").toBe(app.origin);
    await expect(hostPage.locator("iframe")).toHaveAttribute("style", /height: \d+px/);
    await waitForHeightToFollow(hostPage, embed);
    await expect(
      frame.locator(".app-header, .legend"),
      "the pasted embed shows what was unticked",
    ).toHaveCount(0);
    await expect(hostPage).toHaveScreenshot("embed-snippet-pasted.png");
    const state = await setFiltersAndGetState(hostPage, { sectors: ["coal"] }, "pasted");
    expectSameIds(state.visibleIds, idsOfSectors(readDataset(), ["coal"]), "getState after setFilters");
    expectNoCors();
  } finally {
    host.cleanup();
  }
});

test("embed dialog, strict isolation: on a server that sends CORS headers the opaque-origin embed loads, resizes, answers messages, exports and opens the full view", async ({
  newPage,
  serve,
}) => {
  test.setTimeout(240_000);
  const app = await serve({ headers: CORS });
  const code = await snippetFromDialog(await newPage({ origin: app.origin }), app, "sector=power&lang=en", {
    strict: true,
  });
  expect(code, "the strict snippet drops the app's origin").not.toContain("allow-same-origin");
  const host = await serveHostPage(serve, pastedPage("en", 600, code));
  try {
    const page: Page = await newPage({
      origin: [host.server.origin, app.origin],
      contextOptions: { viewport: { width: 700, height: 900 } },
    });
    await recordMessages(page);
    await page.goto(host.server.url);
    const frame = page.frameLocator("iframe");
    await frame.locator(GRAPH_READY).waitFor();
    const embed = embedFrame(page);
    expect(await embed.evaluate(() => window.origin), "the strict embed's origin is opaque").toBe("null");
    await waitForHeightToFollow(page, embed);

    const state = await setFiltersAndGetState(page, { sectors: ["coal"] }, "strict");
    expectSameIds(state.visibleIds, idsOfSectors(readDataset(), ["coal"]), "strict: getState");
    await waitForMessage(page, "stateChange");
    await postToEmbed(page, { type: `${NS}exportImage`, requestId: "svg", format: "svg" });
    const reply = () =>
      page.evaluate((ns) => {
        const m = window.fromEmbed.find((r) => r.requestId === "svg" && r.type !== `${ns}state`);
        return m
          ? { type: m.type, mimeType: m.mimeType, size: m.blob instanceof Blob ? m.blob.size : 0 }
          : null;
      }, NS);
    await expect.poll(reply, { timeout: 60_000 }).not.toBeNull();
    const svg = await reply();
    expect(svg?.type, JSON.stringify(svg)).toBe(`${NS}image`);
    expect(svg?.mimeType).toBe("image/svg+xml");
    expect(svg?.size).toBeGreaterThan(1000);

    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      frame.getByTestId("open-full-view").click(),
    ]);
    await expectFullView(popup, app, { sector: "coal" });
  } finally {
    host.cleanup();
  }
});

test("embed example: on a host with no CORS header, the article's paragraphs drive the graph as the reader scrolls", async ({
  newPage,
  serve,
}) => {
  test.setTimeout(180_000);
  const app = await serve();
  const page = await newPage({
    origin: app.origin,
    contextOptions: { viewport: { width: 1280, height: 800 } },
  });
  const expectNoCors = refuseCorsHeaders(page, app.origin);
  await page.goto(`${app.url}embed-example.html`);
  const frame = page.frameLocator("#networks");
  await frame.locator(GRAPH_READY).waitFor();
  const embed = embedFrame(page);
  const dataset = readDataset();
  const showStep = (index: number) =>
    page.evaluate((i) => document.querySelectorAll(".step")[i]?.scrollIntoView({ block: "center" }), index);

  await showStep(2);
  await expect.poll(() => selectedIn(embed)).toContain("datong-mining");
  const coal = idsOfSectors(dataset, ["coal"]);
  expectSameIds(await shownIds(embed), coal, "Datong step");
  await expect(page.locator("#step-caption")).toHaveText(`${coal.length} enterprises shown`);
  await expect(frame.getByTestId("details")).toBeVisible();
  // The camera frames the selection beside the details card: shoot once it is there.
  await waitForGraphAtRest(embed);
  await nextFrames(embed);
  await expect(page).toHaveScreenshot("embed-example-datong.png");

  await showStep(3);
  const power = idsOfSectors(dataset, ["power"]);
  await expect.poll(async () => (await shownIds(embed)).length).toBe(power.length);
  expectSameIds(await shownIds(embed), power, "power step");
  expect(await selectedIn(embed), "the selection is cleared").toEqual([]);
  expectNoCors();
});

for (const device of [
  { name: "laptop", contextOptions: { viewport: { width: 1366, height: 768 } } },
  {
    name: "phone",
    contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  },
]) {
  test(`embed example on a ${device.name}: the frame keeps its height through every step; details open within it; controls=0 shows no chips or reset`, async ({
    newPage,
    serve,
  }) => {
    test.setTimeout(180_000);
    const app = await serve();
    const page = await newPage({ origin: app.origin, contextOptions: device.contextOptions });
    await page.goto(`${app.url}embed-example.html`);
    const frame = page.frameLocator("#networks");
    await frame.locator(GRAPH_READY).waitFor();
    const embed = embedFrame(page);
    const frameBox = async () => {
      const box = await page.locator("#networks").boundingBox();
      if (!box) throw new Error("no frame box");
      return box;
    };
    const steps = await page.locator(".step").count();
    const heights: number[] = [];
    for (let step = 0; step < steps; step++) {
      await page.evaluate(
        (i) => document.querySelectorAll(".step")[i]?.scrollIntoView({ block: "center" }),
        step,
      );
      if (step === 2) {
        await expect.poll(() => selectedIn(embed)).toContain("datong-mining");
        await expect(frame.getByTestId("details")).toBeVisible();
        const card = await frame.locator(".embed-details").boundingBox();
        const box = await frameBox();
        expect(card, "the details card is drawn").not.toBeNull();
        if (card) {
          expect(card.y, "the card starts inside the frame").toBeGreaterThanOrEqual(box.y - 1);
          expect(card.y + card.height, "the card ends inside the frame").toBeLessThanOrEqual(
            box.y + box.height + 1,
          );
        }
      }
      if (step === 1 || step === 2 || step === 3 || step === 4) {
        await expect.poll(async () => (await shownIds(embed)).length).toBeLessThan(187);
        await expect(frame.locator(".chip"), "controls=0: no filter chips").toHaveCount(0);
        await expect(frame.getByRole("button", { name: /^Reset/ }), "controls=0: no reset").toHaveCount(0);
      }
      await waitForHeightToFollow(page, embed);
      heights.push(Math.round((await frameBox()).height));
    }
    expect(
      Math.max(...heights) - Math.min(...heights),
      `the frame's height at each step: ${heights.join(", ")}`,
    ).toBeLessThanOrEqual(4);
  });
}
