// The embed flags, on the production build: each hides what it says, a static embed does not move or
// select, a transparent one lets the host's background through, and each stays axe-clean.

import { expect, test } from "./support/fixtures";
import {
  boxOf,
  camera,
  expectAxeClean,
  GRAPH,
  GRAPH_READY,
  nextFrames,
  waitForGraphAtRest,
} from "./support/helpers";

test("embed: flags hide what they say (plain, controls=0, legend=0|1, static, transparent, theme)", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(180_000);
  const page = await newPage({ contextOptions: { viewport: { width: 1100, height: 800 } } });
  const open = async (query: string) => {
    await page.goto(`${baseUrl}?${query}`);
    await page.locator(GRAPH_READY).waitFor();
  };
  const count = (selector: string) => page.locator(selector).count();

  await open("embed=1&sector=coal");
  expect(await count(".app-header h1"), "embed=1 alone keeps the title").toBe(1);
  expect(await count(".source-line"), "embed=1 alone keeps the source line").toBe(1);
  // The filter panel is a chunk of its own: wait for it rather than count at once.
  await expect(page.locator('[data-facet="sectors"]'), "embed=1 alone keeps the filters").toHaveCount(1);
  await expect(page.locator(".legend"), "embed=1 alone keeps the legend").toHaveCount(1);
  expect(await count('[data-testid="open-full-view"]'), "an embed links to the full view").toBe(1);
  expect(await page.getByRole("button", { name: "Embed" }).count(), "an embed offers no Embed button").toBe(
    0,
  );
  await expect(page).toHaveScreenshot("embed-flags-default.png");
  await expectAxeClean(page, "embed=1");

  await open("embed=1&plain&sector=coal");
  expect(await count(".app-header"), "plain hides the title").toBe(0);
  expect(await count(".source-line"), "plain hides the source line").toBe(0);

  await open("embed=1&controls=0&sector=coal");
  expect(await count(".sidebar"), "controls=0 hides the filter panel").toBe(0);
  expect(await count(".toolbar"), "controls=0 hides the toolbar").toBe(0);
  await expect(page.locator(".legend"), "controls=0 keeps the legend").toHaveCount(1);

  await open("embed=1&legend=0&sector=coal");
  expect(await count(".legend"), "legend=0 hides the legend").toBe(0);
  expect(await count(".inspector"), "with no legend and no selection the side column goes").toBe(0);
  await open("embed=1&legend=1&controls=0&sector=coal");
  await expect(page.locator(".legend"), "legend=1 shows the legend").toHaveCount(1);

  await open("embed=1&static&plain&sector=coal");
  expect(
    (await count(".toolbar")) === 0 && (await count(".sidebar")) === 0,
    "static has no controls",
  ).toBeTruthy();
  const cameraBefore = await camera(page);
  const box = await boxOf(page.locator(GRAPH));
  const datong = await page.$eval(GRAPH, (el) => el.graphProbe.positionOf("datong-mining"));
  if (!datong) throw new Error("datong-mining is not drawn");
  await page.mouse.click(box.x + datong.x, box.y + datong.y);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -400);
  await page.keyboard.up("Control");
  // Anything these started would have been drawn, or be animating, by then.
  await nextFrames(page);
  await waitForGraphAtRest(page);
  const cameraAfter = await camera(page);
  expect(
    JSON.stringify(cameraAfter),
    `static: the camera moved from ${JSON.stringify(cameraBefore)} to ${JSON.stringify(cameraAfter)}`,
  ).toBe(JSON.stringify(cameraBefore));
  expect(await count('[data-testid="details"]'), "static: a click selected an enterprise").toBe(0);
  expect(page.url().includes("node="), "static: a click wrote a selection to the URL").toBeFalsy();

  // Transparent shows the host's background, so its theme must suit it: light here, on a white page.
  await open("embed=1&transparent&plain&theme=light&sector=coal");
  const backgrounds = await page.evaluate(() => [
    getComputedStyle(document.documentElement).backgroundColor,
    getComputedStyle(document.body).backgroundColor,
  ]);
  expect(
    backgrounds.every((b) => b === "rgba(0, 0, 0, 0)"),
    `transparent: page backgrounds are ${backgrounds.join(", ")}`,
  ).toBeTruthy();
  await expectAxeClean(page, "embed=1&transparent&plain&theme=light");

  await open("embed=1&plain&theme=dark&sector=coal");
  expect(
    await page.evaluate(() => document.documentElement.dataset.theme),
    "theme=dark is not applied in the embed",
  ).toBe("dark");
  await expect(page).toHaveScreenshot("embed-flags-plain-dark.png");
  await expectAxeClean(page, "embed=1&plain&theme=dark");
});
