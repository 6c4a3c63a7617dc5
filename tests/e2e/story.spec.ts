// The guided story (issue #16): ?story=1 and &step=N, Next/Previous, the keys and a swipe, the URL
// following the step without new history entries, passages verbatim in the article, the graph moving,
// the embed's goToStep and stepChange, axe, and a screenshot of a step.

import type { Page } from "@playwright/test";
import {
  embedFrame,
  hostPageHtml,
  NS,
  postToEmbed,
  recordMessages,
  serveHostPage,
  test,
  waitForMessage,
} from "./support/embedHost";
import { expect } from "./support/fixtures";
import {
  axeViolations,
  camera,
  expectSameIds,
  GRAPH_READY,
  idsOfSectors,
  nextFrames,
  readDataset,
  shownIds,
  waitForGraphAtRest,
} from "./support/helpers";

const LAPTOP = { viewport: { width: 1366, height: 768 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const FIVE = ["agmach", "coal", "fert", "power", "specialty"];
const dataset = readDataset();
const words = (text: string) => text.replace(/[\s\u3000]+/g, "");
const ARTICLE = words(dataset.article?.textZh ?? "");

async function openStory(page: Page, url: string) {
  await page.goto(url);
  await page.locator(GRAPH_READY).waitFor();
  await page.getByTestId("story-counter").waitFor();
  await waitForGraphAtRest(page);
}

test("story: ?story=1 opens step 1; Next, Previous and the keys step, the URL follows, the graph moves", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(120_000);
  const page = await newPage({ contextOptions: LAPTOP });
  await openStory(page, `${baseUrl}?story=1`);
  const bar = page.getByTestId("story-bar");
  await expect(page.getByTestId("story-counter")).toHaveText("1 / 10");
  await expect(page.getByTestId("story-previous")).toHaveAttribute("aria-disabled", "true");
  const historyLength = await page.evaluate(() => history.length);

  // Every passage shown is the article's own words, in Chinese, with an English translation beside it.
  const passageIsVerbatim = async () => {
    const zh = (await bar.locator('[lang="zh-CN"]').textContent()) ?? "";
    expect(ARTICLE.includes(words(zh)), `"${zh}" is a passage of the article`).toBe(true);
    expect(await bar.locator('.story-bar__passage [lang="en"]').textContent()).toMatch(/[a-z]{4}/);
  };
  await passageIsVerbatim();

  const before = await camera(page);
  await page.getByTestId("story-next").click();
  await expect(page.getByTestId("story-counter")).toHaveText("2 / 10");
  await expect(page).toHaveURL(/[?&]story=1&step=2$/);
  await waitForGraphAtRest(page);
  expectSameIds(await shownIds(page), idsOfSectors(dataset, FIVE), "step 2 shows the five networks");
  expect(await camera(page), "the camera moved for step 2").not.toEqual(before);
  await passageIsVerbatim();
  // Focus stays on the control, and the passage is announced politely.
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("story-next");
  await expect(page.getByTestId("story-live")).toHaveAttribute("aria-live", "polite");
  await expect(page.getByTestId("story-live")).toContainText("Step 2 of 10");
  await expect(page.getByTestId("story-live")).toContainText("Establish industrial networks");

  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("story-counter")).toHaveText("3 / 10");
  await waitForGraphAtRest(page);
  expectSameIds(await shownIds(page), idsOfSectors(dataset, ["agmach"]), "step 3 shows the agmach network");
  await expect(bar).toContainText("二十个中型厂和每个县的小型工厂");
  await expect(page.getByTestId("story-caption")).toContainText("Our note");
  await passageIsVerbatim();

  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("story-counter")).toHaveText("2 / 10");
  await page.getByTestId("story-previous").click();
  await expect(page.getByTestId("story-counter")).toHaveText("1 / 10");
  await expect(page).toHaveURL(/[?&]story=1&step=1$/);
  expect(await page.evaluate(() => history.length), "steps replace the history entry").toBe(historyLength);

  // Every step of the default story, through to the end: verbatim passages; Next stops at the last.
  for (let step = 2; step <= 10; step += 1) {
    await page.getByTestId("story-next").click();
    await expect(page.getByTestId("story-counter")).toHaveText(`${step} / 10`);
    await passageIsVerbatim();
  }
  await expect(page.getByTestId("story-next")).toHaveAttribute("aria-disabled", "true");
  await page.getByTestId("story-next").dispatchEvent("click");
  await expect(page.getByTestId("story-counter")).toHaveText("10 / 10");
  // The closing step shows the illustrative records and opens the legend.
  await expect(page.locator("#legend-panel")).toBeVisible();
});

test("story: &step=5 opens step 5 in Chinese; leaving keeps the step's view and Back returns to the story", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: LAPTOP });
  await openStory(page, `${baseUrl}?lang=zh&story=1&step=5`);
  await expect(page.getByTestId("story-counter")).toHaveText("第 5 步，共 10 步");
  expectSameIds(await shownIds(page), idsOfSectors(dataset, ["fert"]), "step 5 shows the fertiliser network");
  await page.getByRole("button", { name: "退出故事" }).click();
  await expect(page.getByTestId("story-bar")).toHaveCount(0);
  await expect(page).toHaveURL(/\?sector=fert&lang=zh$/);
  expectSameIds(await shownIds(page), idsOfSectors(dataset, ["fert"]), "the explorer keeps step 5's view");
  await page.goBack();
  await expect(page.getByTestId("story-counter")).toHaveText("第 5 步，共 10 步");
  // The Story button opens the story at its first step.
  await page.getByRole("button", { name: "退出故事" }).click();
  await page.getByRole("button", { name: "故事", exact: true }).click();
  await expect(page.getByTestId("story-counter")).toHaveText("第 1 步，共 10 步");
});

test("story: reduced motion moves the camera at once; a step past the end opens the last", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { ...LAPTOP, reducedMotion: "reduce" } });
  await openStory(page, `${baseUrl}?story=1&step=99`);
  await expect(page.getByTestId("story-counter")).toHaveText("10 / 10");
  await expect(page).toHaveURL(/[?&]step=10$/);
  const before = await camera(page);
  await page.getByTestId("story-previous").click();
  await expect(page.getByTestId("story-counter")).toHaveText("9 / 10");
  await nextFrames(page);
  expect(await page.locator(GRAPH_READY).evaluate((graph) => graph.graphProbe.animating())).toBe(false);
  expect(await camera(page)).not.toEqual(before);
});

test("story: on a phone the bar is a strip along the bottom, and a swipe steps", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: PHONE });
  await openStory(page, `${baseUrl}?story=1&step=3`);
  const bar = page.getByTestId("story-bar");
  const box = await bar.boundingBox();
  if (!box) throw new Error("no story bar");
  expect(box.y + box.height).toBeGreaterThanOrEqual(843);
  expect(box.height / 844, "the bar covers at most about a third of the screen").toBeLessThanOrEqual(0.35);
  const swipe = async (fromX: number, toX: number) => {
    const y = box.y + 40;
    await bar.dispatchEvent("pointerdown", {
      pointerType: "touch",
      clientX: fromX,
      clientY: y,
      isPrimary: true,
    });
    await bar.dispatchEvent("pointerup", {
      pointerType: "touch",
      clientX: toX,
      clientY: y + 6,
      isPrimary: true,
    });
  };
  await swipe(320, 80);
  await expect(page.getByTestId("story-counter")).toHaveText("4 / 10");
  await swipe(80, 320);
  await expect(page.getByTestId("story-counter")).toHaveText("3 / 10");
  await expect(page).toHaveScreenshot("story-phone-step-3.png");
});

test("story: axe finds no violation in story mode, in English and Chinese, on a laptop and a phone", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  for (const contextOptions of [LAPTOP, PHONE]) {
    const page = await newPage({ contextOptions });
    for (const query of ["story=1&step=3", "lang=zh&story=1&step=10", "theme=dark&story=1&step=1"]) {
      await openStory(page, `${baseUrl}?${query}`);
      const violations = await axeViolations(page);
      if (violations.length > 0) failures.push(`${query}\n    ${violations.join("\n    ")}`);
    }
  }
  expect(failures, "axe in story mode").toEqual([]);
});

test("story: a step's screenshot at 1366×768", async ({ newPage, baseUrl }) => {
  const page = await newPage({ contextOptions: LAPTOP });
  await openStory(page, `${baseUrl}?story=1&step=3`);
  await page.evaluate(() => document.fonts.ready);
  await expect(page).toHaveScreenshot("story-step-3.png");
});

test("story: embed=1&story=1 in a sandboxed frame follows goToStep and reports stepChange", async ({
  newPage,
  serve,
  dialogSandbox,
}) => {
  test.setTimeout(120_000);
  const app = await serve();
  const host = await serveHostPage(
    serve,
    hostPageHtml(app.url, "embed=1&story=1", { sandbox: dialogSandbox }),
  );
  try {
    const page = await newPage({ origin: [host.server.origin, app.origin], contextOptions: LAPTOP });
    await recordMessages(page);
    await page.goto(host.server.url);
    const frame = page.frameLocator("#networks");
    await frame.getByTestId("story-counter").waitFor();
    await waitForMessage(page, "ready");
    await expect(frame.getByTestId("story-counter")).toHaveText("1 / 10");
    await postToEmbed(page, { type: `${NS}goToStep`, step: 4 });
    await expect(frame.getByTestId("story-counter")).toHaveText("4 / 10");
    await waitForMessage(page, "stepChange");
    const steps = await page.evaluate(
      (type) => window.fromEmbed.filter((m) => m.type === type).map((m) => m.step),
      `${NS}stepChange`,
    );
    expect(steps).toEqual([4]);
    const embed = embedFrame(page);
    await waitForGraphAtRest(embed);
    expectSameIds(await shownIds(embed), idsOfSectors(dataset, ["coal"]), "step 4 shows the coal network");
    await frame.getByTestId("story-next").click();
    await waitForMessage(page, "stepChange", 2);
  } finally {
    host.cleanup();
  }
});
