// Accessibility end to end, on the production build: axe-core in real Chromium (WCAG 2.0 A/AA,
// 2.1 AA, 2.2 AA) for every network focus in Chinese and English and in the light, dark and
// high-contrast themes; reduced motion; touch targets and the 390 px phone layout.

import path from "node:path";
import { fileURLToPath } from "node:url";

const AXE_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../node_modules/axe-core/axe.min.js",
);
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];
const GRAPH = '[data-testid="graph"]';
const SECTORS = ["agmach", "coal", "fert", "power", "specialty"];
const LANGS = ["en", "zh"];
const THEMES = ["light", "dark", "contrast"];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** @param {import("playwright-core").Page} page @param {string} url */
async function openReady(page, url) {
  await page.goto(url);
  await page.locator(`${GRAPH}[data-ready="true"], [data-testid="enterprise-table"]`).first().waitFor();
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Runs axe on the page and returns its violations as readable lines (empty when clean).
 * @param {import("playwright-core").Page} page
 */
async function axeViolations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(
    (tags) =>
      window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    AXE_TAGS,
  );
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes
        .slice(0, 3)
        .map(
          (n) =>
            `${n.target.join(" ")}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, " ").slice(0, 160)}]` : ""}`,
        )
        .join("; ")}`,
  );
}

/**
 * Runs axe on several URLs in one page and fails with every violation found, labelled by URL.
 * @param {import("playwright-core").Page} page
 * @param {string[]} urls
 */
async function expectNoViolations(page, urls) {
  const failures = [];
  for (const url of urls) {
    await openReady(page, url);
    const violations = await axeViolations(page);
    if (violations.length > 0) failures.push(`${url}\n    ${violations.join("\n    ")}`);
  }
  assert(failures.length === 0, `axe found violations:\n  ${failures.join("\n  ")}`);
}

const desktop = { viewport: { width: 1440, height: 900 } };

/** @type {import("./run.mjs").E2ETest[]} */
export default [
  ...THEMES.map((theme) => ({
    name: `a11y: axe finds no WCAG 2.2 AA violation for each network focus in zh and en, ${theme} theme`,
    timeout: 180_000,
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: desktop });
      const urls = LANGS.flatMap((lang) =>
        SECTORS.map((sector) => `${baseUrl}?focus=${sector}&lang=${lang}&theme=${theme}`),
      );
      await expectNoViolations(page, urls);
      await openReady(page, `${baseUrl}?lang=en&theme=${theme}`);
      await screenshot(page, `a11y-theme-${theme}`);
      await openReady(page, `${baseUrl}?lang=zh&theme=${theme}&node=datong-mining`);
      await screenshot(page, `a11y-theme-${theme}-zh-selected`);
    },
  })),
  {
    name: "a11y: axe finds no violation in the table view, with details open, and filtered, in both languages",
    timeout: 120_000,
    async run({ newPage, baseUrl }) {
      const page = await newPage({ contextOptions: desktop });
      const urls = LANGS.flatMap((lang) => [
        `${baseUrl}?lang=${lang}&view=table`,
        `${baseUrl}?lang=${lang}&view=table&theme=dark&sector=coal`,
        `${baseUrl}?lang=${lang}&node=agmach-c1&theme=contrast`,
        `${baseUrl}?lang=${lang}&region=jinnan&tier=small&theme=dark`,
        `${baseUrl}?lang=${lang}&q=zzzz`,
      ]);
      await expectNoViolations(page, urls);
    },
  },
  {
    name: "a11y: the table view is a real table with caption and headers, using the whole stage",
    async run({ newPage, baseUrl }) {
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
        assert(shape.caption.includes("24"), `${lang}: caption with the count: ${shape.caption}`);
        assert(
          shape.columnHeaders === 6 && shape.rowHeaders === shape.rows && shape.rows === 24,
          JSON.stringify(shape),
        );
        assert(
          shape.width >= shape.stage - 40,
          `${lang}: the table fills the stage: ${JSON.stringify(shape)}`,
        );
        await page.close();
      }
    },
  },
  {
    name: "a11y: axe finds no violation on a 390 px phone with coarse pointer",
    timeout: 120_000,
    async run({ newPage, baseUrl }) {
      const page = await newPage({
        contextOptions: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
      });
      await expectNoViolations(
        page,
        THEMES.flatMap((theme) =>
          LANGS.map((lang) => `${baseUrl}?lang=${lang}&theme=${theme}&node=coal-s-daren`),
        ),
      );
    },
  },
  {
    name: "a11y: a view opened in the dark or high-contrast theme is drawn in it from its first frame",
    async run({ newPage, baseUrl }) {
      for (const theme of ["dark", "contrast"]) {
        const page = await newPage({ contextOptions: desktop });
        // The header's buttons as first styled, and once any transition would be over.
        await page.addInitScript(() => {
          const seen = [];
          window.__firstButtonColours = seen;
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
        await page.waitForFunction(() => window.__firstButtonColours.length === 2);
        const [first, settled] = await page.evaluate(() => window.__firstButtonColours);
        assert(first === settled, `${theme}: the buttons were first drawn ${first}, then turned ${settled}`);
      }
    },
  },
  {
    name: "a11y: the theme follows prefers-color-scheme by default and the switcher overrides it",
    async run({ newPage, baseUrl }) {
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
      assert(now.theme === "dark" && now.canvas === "dark", `auto in a dark system: ${JSON.stringify(now)}`);
      assert(now.bg === "rgb(21, 23, 26)", `dark page background: ${now.bg}`);
      await page.emulateMedia({ colorScheme: "light" });
      await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
      now = await state();
      assert(
        now.bg === "rgb(255, 255, 255)" && now.canvas === "light",
        `follows the system live: ${JSON.stringify(now)}`,
      );
      await page.getByLabel("Theme").selectOption("contrast");
      await page.waitForURL(/theme=contrast/);
      now = await state();
      assert(
        now.theme === "contrast" && now.bg === "rgb(0, 0, 0)" && now.canvas === "contrast",
        JSON.stringify(now),
      );
    },
  },
  {
    name: "a11y: reduced motion turns off CSS transitions and cytoscape's zoom and fit animations, live",
    async run({ newPage, baseUrl }) {
      const page = await newPage({ contextOptions: desktop });
      await openReady(page, `${baseUrl}?sector=coal`);
      const graph = page.locator(GRAPH);
      const zoomIn = page.getByRole("button", { name: "Zoom in" });
      const transition = () => zoomIn.evaluate((el) => getComputedStyle(el).transitionDuration);
      const animatingRightAfter = async (button) => {
        await page.waitForFunction((s) => !document.querySelector(s).graphProbe.animating(), GRAPH);
        // Click and read in the same task as the click handler's effects: no frame has passed yet.
        return page.evaluate(
          ([s, name]) => {
            const target = [...document.querySelectorAll("button")].find(
              (b) => b.textContent.trim() === name || b.getAttribute("aria-label") === name,
            );
            target.click();
            return document.querySelector(s).graphProbe.animating();
          },
          [GRAPH, button],
        );
      };

      assert(
        (await transition()) !== "0s",
        `buttons have a transition without the preference: ${await transition()}`,
      );
      assert(await animatingRightAfter("Zoom in"), "zoom animates without the preference");
      assert((await graph.getAttribute("data-reduced-motion")) === "false", "not reduced yet");

      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.waitForFunction(
        (s) => document.querySelector(s).getAttribute("data-reduced-motion") === "true",
        GRAPH,
      );
      assert((await transition()) === "0s", `transition under reduced motion: ${await transition()}`);
      assert(!(await animatingRightAfter("Zoom in")), "zoom jumps under reduced motion");
      assert(!(await animatingRightAfter("Fit to screen")), "fit jumps under reduced motion");
      // A filter change frames the new view; it must not animate either.
      await page.getByRole("checkbox", { name: /^Power/ }).check();
      assert(!(await page.$eval(GRAPH, (el) => el.graphProbe.animating())), "filter framing jumps");
    },
  },
  {
    name: "a11y: a 390 px phone has no horizontal scroll, 44 px touch targets, and tap selects",
    async run({ newPage, baseUrl, screenshot }) {
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
        assert(
          widths.scroll <= 390 && widths.body <= 390,
          `${lang}: page is wider than the phone: ${JSON.stringify(widths)}`,
        );
        const small = await page.evaluate(() =>
          [...document.querySelectorAll("button, select, input, [role=treeitem] > .outline-row, summary")]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => {
              const target = el.matches("input[type=checkbox]") ? el.closest("label") : el;
              const box = target.getBoundingClientRect();
              return {
                what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 20) || el.getAttribute("aria-label") || ""}`,
                w: box.width,
                h: box.height,
              };
            })
            .filter((box) => box.h < 44 || box.w < 24),
        );
        assert(small.length === 0, `${lang}: targets under 44 px: ${JSON.stringify(small.slice(0, 8))}`);
        // The filters fold behind one button, so the graph starts on the first screen.
        const graphTop = await page.locator(GRAPH).evaluate((el) => el.getBoundingClientRect().top);
        assert(graphTop < 844, `${lang}: the graph starts ${graphTop} px down, below the first screen`);
        assert((await page.getByRole("checkbox").count()) === 0, `${lang}: filter checkboxes shown folded`);
        await screenshot(page, `a11y-phone-${lang}`);

        // Tap a commander on the canvas: it is selected and its details open (no hover needed).
        await page.locator(GRAPH).scrollIntoViewIfNeeded();
        await page.waitForFunction((s) => !document.querySelector(s).graphProbe.animating(), GRAPH);
        const position = await page.$eval(GRAPH, (el) => el.graphProbe.positionOf("datong-mining"));
        assert(position, "datong-mining is drawn");
        const box = await page.locator(GRAPH).boundingBox();
        await page.touchscreen.tap(box.x + position.x, box.y + position.y);
        await page.waitForURL(/node=datong-mining/);
        await page.getByTestId("details").waitFor();

        const toggle = page.getByRole("button", { name: lang === "en" ? "Filters" : "筛选", exact: true });
        await toggle.tap();
        await page.getByRole("checkbox", { name: lang === "en" ? /^Coal/ : /^煤炭/ }).tap();
        await page.waitForURL(/sector=coal/);
        const folded = page.locator(".sidebar-toggle");
        assert(
          (await folded.getAttribute("aria-expanded")) === "true",
          `${lang}: the filters stay open while in use`,
        );
        const label = await folded.textContent();
        assert(/1/.test(label ?? ""), `${lang}: the folded filters count the active one: ${label}`);
        await screenshot(page, `a11y-phone-${lang}-filters-open`);
        await page.close();
      }
    },
  },
];
