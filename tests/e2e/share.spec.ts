// Share, on the production build: the URL holds the view, Back and Forward step through views, the
// camera survives a reload, and Copy link copies the address (or shows it selected when refused).

import { expect, test } from "./support/fixtures";
import { camera, GRAPH_READY, openFilters, waitForGraphAtRest } from "./support/helpers";

test("share: the URL holds the view, Back and Forward step through views, the camera survives a reload", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: { width: 1300, height: 850 } } });
  await page.goto(`${baseUrl}?lang=en`);
  await page.locator(GRAPH_READY).waitFor();
  await openFilters(page);
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
  expect(await coalBox.isChecked(), "Back lost the coal filter").toBeTruthy();
  expect(
    await page.locator('[data-facet="sectors"] input[value="power"]').isChecked(),
    "Back kept power",
  ).toBeFalsy();
  await page.goForward();
  await page.waitForFunction(() => location.search.includes("sector=coal,power"));
  expect(
    await page.locator('[data-facet="sectors"] input[value="power"]').isChecked(),
    "Forward lost power",
  ).toBeTruthy();

  // Zooming writes the camera into the current entry (no new history entry).
  const historyLength = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.waitForFunction(() => location.search.includes("viewport="));
  expect(await page.evaluate(() => history.length), "zooming added a history entry").toBe(historyLength);
  await waitForGraphAtRest(page);
  const zoomed = await camera(page);
  await page.reload();
  await page.locator(GRAPH_READY).waitFor();
  await waitForGraphAtRest(page);
  const restored = await camera(page);
  expect(
    Math.abs(restored.zoom - zoomed.zoom) < 0.002 &&
      Math.abs(restored.x - zoomed.x) < 0.2 &&
      Math.abs(restored.y - zoomed.y) < 0.2,
    `camera after reload ${JSON.stringify(restored)}, before ${JSON.stringify(zoomed)}`,
  ).toBeTruthy();
});

test("share: Copy link puts the view's address on the clipboard, or shows it selected when copying is refused", async ({
  newPage,
  baseUrl,
  origin,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const page = await newPage();
  await page.goto(`${baseUrl}?sector=fert&node=taiyuan-chem&lang=en`);
  await page.locator(GRAPH_READY).waitFor();
  await page.getByTestId("copy-link").click();
  await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied, `copied ${copied}, page is at ${page.url()}`).toBe(page.url());

  const refusing = await newPage();
  await refusing.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
    document.execCommand = () => false;
  });
  await refusing.goto(`${baseUrl}?sector=fert`);
  await refusing.locator(GRAPH_READY).waitFor();
  await refusing.getByTestId("copy-link").click();
  const field = refusing.locator(".copy-link-fallback input");
  await field.waitFor();
  expect(await field.inputValue(), "the fallback field does not hold the link").toBe(refusing.url());
  const selected = await refusing.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>(".copy-link-fallback input");
    return (
      input !== null &&
      document.activeElement === input &&
      (input.selectionEnd ?? 0) - (input.selectionStart ?? 0) === input.value.length
    );
  });
  expect(selected, "the fallback field is not focused with the link selected").toBeTruthy();
});
