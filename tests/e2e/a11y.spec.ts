// Accessibility end to end, on the production build: axe-core in real Chromium (WCAG 2.0 A/AA,
// 2.1 AA, 2.2 AA) for every network focus in Chinese and English and in the light, dark and
// high-contrast themes; reduced motion; touch targets and the 390 px phone layout.

import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { axeViolations, DESKTOP as desktop, GRAPH, openFilters, waitForGraphAtRest } from "./support/helpers";

const SECTORS = ["agmach", "coal", "fert", "power", "specialty"];
const LANGS = ["en", "zh"];
const THEMES = ["light", "dark", "contrast"];

/** The header's button colours as first styled and once any transition would be over (see the theme test). */
type ColourLog = Window & { firstButtonColours?: string[] };

async function openReady(page: Page, url: string) {
  await page.goto(url);
  await page.locator(`${GRAPH}[data-ready="true"], [data-testid="enterprise-table"]`).first().waitFor();
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Runs axe on several URLs in one page and fails with every violation found, labelled by URL.
 */
async function expectNoViolations(page: Page, urls: string[]) {
  const failures: string[] = [];
  for (const url of urls) {
    await openReady(page, url);
    const violations = await axeViolations(page);
    if (violations.length > 0) failures.push(`${url}\n    ${violations.join("\n    ")}`);
  }
  expect(failures.length, `axe found violations:\n  ${failures.join("\n  ")}`).toBe(0);
}

for (const theme of THEMES) {
  test(`a11y: axe finds no WCAG 2.2 AA violation for each network focus in zh and en, ${theme} theme`, async ({
    newPage,
    baseUrl,
  }) => {
    test.setTimeout(360_000);
    const page = await newPage({ contextOptions: desktop });
    const urls = LANGS.flatMap((lang) =>
      SECTORS.map((sector) => `${baseUrl}?focus=${sector}&lang=${lang}&theme=${theme}`),
    );
    await expectNoViolations(page, urls);
    await openReady(page, `${baseUrl}?lang=en&theme=${theme}`);
    await expect(page).toHaveScreenshot(`a11y-theme-${theme}.png`);
    await openReady(page, `${baseUrl}?lang=zh&theme=${theme}&node=datong-mining`);
    await expect(page).toHaveScreenshot(`a11y-theme-${theme}-zh-selected.png`);
  });
}

test("a11y: axe finds no violation in the table view, with details open, and filtered, in both languages", async ({
  newPage,
  baseUrl,
}) => {
  test.setTimeout(240_000);
  const page = await newPage({ contextOptions: desktop });
  const urls = LANGS.flatMap((lang) => [
    `${baseUrl}?lang=${lang}&view=table`,
    `${baseUrl}?lang=${lang}&view=table&theme=dark&sector=coal`,
    `${baseUrl}?lang=${lang}&node=agmach-c1&theme=contrast`,
    `${baseUrl}?lang=${lang}&region=jinnan&tier=small&theme=dark`,
    `${baseUrl}?lang=${lang}&q=zzzz`,
  ]);
  await expectNoViolations(page, urls);
});

test("a11y: the table view is a real table with caption and headers, using the whole stage", async ({
  newPage,
  baseUrl,
}) => {
  for (const lang of LANGS) {
    const page = await newPage({ contextOptions: desktop });
    await openReady(page, `${baseUrl}?lang=${lang}&view=table&sector=coal`);
    const table = page.getByTestId("enterprise-table");
    const shape = await table.evaluate((el) => ({
      caption: el.querySelector("caption")?.textContent ?? "",
      columnHeaders: el.querySelectorAll('thead th[scope="col"]').length,
      rowHeaders: el.querySelectorAll('tbody th[scope="row"]').length,
      rows: el.querySelectorAll("tbody tr").length,
      width: el.getBoundingClientRect().width,
      stage: el.closest(".main")?.getBoundingClientRect().width ?? 0,
    }));
    expect(shape.caption.includes("24"), `${lang}: caption with the count: ${shape.caption}`).toBeTruthy();
    expect(
      shape.columnHeaders === 8 && shape.rowHeaders === shape.rows && shape.rows === 24,
      JSON.stringify(shape),
    ).toBeTruthy();
    expect(
      shape.width,
      `${lang}: the table fills the stage: ${JSON.stringify(shape)}`,
    ).toBeGreaterThanOrEqual(shape.stage - 40);
    await page.close();
  }
});

test("a11y: axe finds no violation on a 390 px phone with coarse pointer", async ({ newPage, baseUrl }) => {
  test.setTimeout(240_000);
  const page = await newPage({
    contextOptions: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  });
  await expectNoViolations(
    page,
    THEMES.flatMap((theme) =>
      LANGS.map((lang) => `${baseUrl}?lang=${lang}&theme=${theme}&node=coal-s-daren`),
    ),
  );
});

test("a11y: a view opened in the dark or high-contrast theme is drawn in it from its first frame", async ({
  newPage,
  baseUrl,
}) => {
  for (const theme of ["dark", "contrast"]) {
    const page = await newPage({ contextOptions: desktop });
    // The header's buttons as first styled, and once any transition would be over.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as ColourLog).firstButtonColours = seen;
      const observer = new MutationObserver(() => {
        const button = document.querySelector(".lang-switch");
        if (!button) return;
        observer.disconnect();
        seen.push(getComputedStyle(button).backgroundColor);
        setTimeout(() => seen.push(getComputedStyle(button).backgroundColor), 400);
      });
      observer.observe(document, { subtree: true, childList: true });
    });
    await openReady(page, `${baseUrl}?theme=${theme}`);
    await page.waitForFunction(() => (window as ColourLog).firstButtonColours?.length === 2);
    const [first, settled] = await page.evaluate(() => (window as ColourLog).firstButtonColours ?? []);
    expect(first, `${theme}: the buttons were first drawn ${first}, then turned ${settled}`).toBe(settled);
  }
});

test("a11y: the theme follows prefers-color-scheme by default and the switcher overrides it", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { ...desktop, colorScheme: "dark" } });
  await openReady(page, baseUrl);
  const state = () =>
    page.evaluate(
      (selector) => ({
        theme: document.documentElement.dataset.theme,
        bg: getComputedStyle(document.body).backgroundColor,
        canvas: document.querySelector(selector)?.getAttribute("data-colour-scheme"),
      }),
      GRAPH,
    );
  let now = await state();
  expect(
    now.theme === "dark" && now.canvas === "dark",
    `auto in a dark system: ${JSON.stringify(now)}`,
  ).toBeTruthy();
  expect(now.bg, `dark page background: ${now.bg}`).toBe("rgb(21, 23, 26)");
  await page.emulateMedia({ colorScheme: "light" });
  await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
  now = await state();
  expect(
    now.bg === "rgb(255, 255, 255)" && now.canvas === "light",
    `follows the system live: ${JSON.stringify(now)}`,
  ).toBeTruthy();
  await page.getByLabel("Theme").selectOption("contrast");
  await page.waitForURL(/theme=contrast/);
  now = await state();
  expect(
    now.theme === "contrast" && now.bg === "rgb(0, 0, 0)" && now.canvas === "contrast",
    JSON.stringify(now),
  ).toBeTruthy();
});

test("a11y: reduced motion turns off CSS transitions and cytoscape's zoom and fit animations, live", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: desktop });
  await openReady(page, `${baseUrl}?sector=coal`);
  const graph = page.locator(GRAPH);
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  const transition = () => zoomIn.evaluate((el) => getComputedStyle(el).transitionDuration);
  const animatingRightAfter = async (button: string) => {
    await waitForGraphAtRest(page);
    // Click and read in the same task as the click handler's effects: no frame has passed yet.
    return page.$eval(
      GRAPH,
      (graphElement, name) => {
        const target = [...document.querySelectorAll("button")].find(
          (b) => b.textContent?.trim() === name || b.getAttribute("aria-label") === name,
        );
        if (!target) throw new Error(`no button ${name}`);
        target.click();
        return graphElement.graphProbe.animating();
      },
      button,
    );
  };

  expect(
    await transition(),
    `buttons have a transition without the preference: ${await transition()}`,
  ).not.toBe("0s");
  expect(await animatingRightAfter("Zoom in"), "zoom animates without the preference").toBeTruthy();
  expect(await graph.getAttribute("data-reduced-motion"), "not reduced yet").toBe("false");

  await page.emulateMedia({ reducedMotion: "reduce" });
  await expect(graph).toHaveAttribute("data-reduced-motion", "true");
  expect(await transition(), `transition under reduced motion: ${await transition()}`).toBe("0s");
  expect(await animatingRightAfter("Zoom in"), "zoom jumps under reduced motion").toBeFalsy();
  expect(await animatingRightAfter("Fit to screen"), "fit jumps under reduced motion").toBeFalsy();
  // A filter change frames the new view; it must not animate either.
  await openFilters(page);
  await page.getByRole("checkbox", { name: /^Power/ }).check();
  expect(await page.$eval(GRAPH, (el) => el.graphProbe.animating()), "filter framing jumps").toBeFalsy();
});

test("a11y: a 390 px phone has no horizontal scroll, 44 px touch targets, and tap selects", async ({
  newPage,
  baseUrl,
}) => {
  for (const lang of LANGS) {
    const page = await newPage({
      contextOptions: {
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
        deviceScaleFactor: 2,
      },
    });
    await openReady(page, `${baseUrl}?lang=${lang}`);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
    }));
    expect(
      widths.scroll <= 390 && widths.body <= 390,
      `${lang}: page is wider than the phone: ${JSON.stringify(widths)}`,
    ).toBeTruthy();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("button, select, input, [role=treeitem] > .outline-row, summary")]
        // A folded panel (the outline) is out of sight, not a touch target.
        .filter((el) => el.getClientRects().length > 0 && !el.closest(".visually-hidden"))
        .map((el) => {
          const target = (el.matches("input[type=checkbox]") ? el.closest("label") : el) ?? el;
          const box = target.getBoundingClientRect();
          return {
            what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 20) || el.getAttribute("aria-label") || ""}`,
            w: box.width,
            h: box.height,
          };
        })
        .filter((box) => box.h < 44 || box.w < 24),
    );
    expect(small.length, `${lang}: targets under 44 px: ${JSON.stringify(small.slice(0, 8))}`).toBe(0);
    // The filters fold behind one button, so the graph starts on the first screen.
    const graphTop = await page.locator(GRAPH).evaluate((el) => el.getBoundingClientRect().top);
    expect(graphTop, `${lang}: the graph starts ${graphTop} px down, below the first screen`).toBeLessThan(
      844,
    );
    expect(await page.getByRole("checkbox").count(), `${lang}: filter checkboxes shown folded`).toBe(0);
    await expect(page).toHaveScreenshot(`a11y-phone-${lang}.png`);

    // Tap a commander on the canvas: it is selected and its details open (no hover needed).
    await page.locator(GRAPH).scrollIntoViewIfNeeded();
    await waitForGraphAtRest(page);
    const position = await page.$eval(GRAPH, (el) => el.graphProbe.positionOf("datong-mining"));
    const box = await page.locator(GRAPH).boundingBox();
    if (!position || !box) throw new Error("datong-mining is not drawn");
    await page.touchscreen.tap(box.x + position.x, box.y + position.y);
    await page.waitForURL(/node=datong-mining/);
    await page.getByTestId("details").waitFor();

    const toggle = page.getByRole("button", { name: lang === "en" ? "Filters" : "筛选", exact: true });
    await toggle.tap();
    await page.getByRole("checkbox", { name: lang === "en" ? /^Coal/ : /^煤炭/ }).tap();
    await page.waitForURL(/sector=coal/);
    const folded = page.locator('.panel-bar button[data-panel="filters"]');
    expect(await folded.getAttribute("aria-expanded"), `${lang}: the filters stay open while in use`).toBe(
      "true",
    );
    const label = await folded.textContent();
    expect(/1/.test(label ?? ""), `${lang}: the folded filters count the active one: ${label}`).toBeTruthy();
    await expect(page).toHaveScreenshot(`a11y-phone-${lang}-filters-open.png`);
    await page.close();
  }
});
