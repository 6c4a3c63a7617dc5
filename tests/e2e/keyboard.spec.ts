// Keyboard and screen-reader path through the graph, on the production build: one tab stop into the
// outline tree, APG keys from network to commander to factory and back, Enter selects, Escape
// returns focus; the canvas highlight and focus ring follow; descriptions and announcements update.

import type { Locator, Page } from "@playwright/test";
import type { Dataset } from "../../src/data/schema";
import { expect, test } from "./support/fixtures";
import { DESKTOP as desktop, GRAPH, openExplorer, openFilters, waitForGraphAtRest } from "./support/helpers";

type Mark = "focused" | "highlighted" | "selected";

/** What has keyboard focus, as the tests need it. */
function active(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      role: el?.getAttribute("role") ?? el?.tagName.toLowerCase(),
      key: el?.getAttribute("data-key") ?? null,
      label: el?.getAttribute("aria-label") ?? el?.textContent?.trim().slice(0, 40) ?? "",
      expanded: el?.getAttribute("aria-expanded") ?? null,
      level: el?.getAttribute("aria-level") ?? null,
    };
  });
}

/** Ids cytoscape draws with a state class right now. */
function marked(page: Page, mark: Mark) {
  return page.$eval(GRAPH, (el, m) => el.graphProbe.marked(m).sort(), mark);
}

/** Waits until the canvas rings exactly `id` (or nothing, for null). */
async function waitForCanvasFocus(page: Page, id: string | null) {
  await page.waitForFunction(
    ({ selector, want }) => {
      const ids = document.querySelector(selector)?.graphProbe.marked("focused") ?? [];
      return want === null ? ids.length === 0 : ids.length === 1 && ids[0] === want;
    },
    { selector: GRAPH, want: id },
  );
}

/** Tabs from `start` until a tree item has focus; returns the element tabbed from. */
async function tabIntoOutline(page: Page, start: Locator) {
  await start.focus();
  let from = await active(page);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    const now = await active(page);
    if (now.role === "treeitem") return from;
    from = now;
  }
  throw new Error("Tab never reached the outline");
}

test("keyboard: tab into the outline, walk hub to spokes and back, Enter selects, Escape returns focus", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: desktop });
  await openExplorer(page, `${baseUrl}?lang=en`);
  const dataset: Dataset = await page.evaluate(async () => (await fetch("data/shanxi-1958.json")).json());
  const firstFactory = dataset.links.find((l) => l.source === "agmach-c1")?.target ?? "";

  // The outline panel follows the panel buttons in the page, folded until it takes focus.
  const legendButton = page.locator('.panel-bar button[data-panel="legend"]');
  const cameFrom = await tabIntoOutline(page, legendButton);
  let now = await active(page);
  expect(now.key, `the tab stop is the first network: ${JSON.stringify(now)}`).toBe("network:agmach");
  expect(
    now.expanded === "true" && now.level === "1",
    `networks start open: ${JSON.stringify(now)}`,
  ).toBeTruthy();
  expect(
    await page.locator('[role="tree"] [role="treeitem"][tabindex="0"]').count(),
    "exactly one tab stop in the tree",
  ).toBe(1);

  // Down to the first commander: the canvas rings it and highlights its star.
  await page.keyboard.press("ArrowDown");
  now = await active(page);
  expect(now.key === "agmach-c1" && now.level === "2", `ArrowDown: ${JSON.stringify(now)}`).toBeTruthy();
  await waitForCanvasFocus(page, "agmach-c1");
  const highlighted = await marked(page, "highlighted");
  expect(
    highlighted.includes("agmach-c1") && highlighted.includes(firstFactory),
    `the commander's star is highlighted: ${highlighted.length} ids`,
  ).toBeTruthy();

  // Right opens the commander, Right again goes to its first factory, which is ringed and in view.
  await page.keyboard.press("ArrowRight");
  now = await active(page);
  expect(
    now.key === "agmach-c1" && now.expanded === "true",
    `ArrowRight opens: ${JSON.stringify(now)}`,
  ).toBeTruthy();
  await page.keyboard.press("ArrowRight");
  now = await active(page);
  expect(
    now.key === firstFactory && now.level === "3",
    `ArrowRight to the spoke: ${JSON.stringify(now)}`,
  ).toBeTruthy();
  await waitForCanvasFocus(page, firstFactory);
  await waitForGraphAtRest(page);
  const position = await page.$eval(GRAPH, (el, id) => el.graphProbe.positionOf(id), firstFactory);
  const box = await page.locator(GRAPH).boundingBox();
  expect(
    position && box && position.x > 0 && position.y > 0 && position.x < box.width && position.y < box.height,
    `the focused factory is inside the canvas: ${JSON.stringify(position)} in ${JSON.stringify(box)}`,
  ).toBeTruthy();
  await expect(page).toHaveScreenshot("keyboard-focused-factory.png");

  // Down moves to the next spoke; Left goes back to the hub, Left again closes it, Left to the network.
  await page.keyboard.press("ArrowDown");
  now = await active(page);
  expect(now.level === "3" && now.key !== firstFactory, `next spoke: ${JSON.stringify(now)}`).toBeTruthy();
  await page.keyboard.press("ArrowLeft");
  now = await active(page);
  expect(now.key, `ArrowLeft to the hub: ${JSON.stringify(now)}`).toBe("agmach-c1");
  await waitForCanvasFocus(page, "agmach-c1");
  await page.keyboard.press("ArrowLeft");
  now = await active(page);
  expect(
    now.key === "agmach-c1" && now.expanded === "false",
    `ArrowLeft closes: ${JSON.stringify(now)}`,
  ).toBeTruthy();
  await page.keyboard.press("ArrowLeft");
  now = await active(page);
  expect(now.key, `ArrowLeft to the network: ${JSON.stringify(now)}`).toBe("network:agmach");
  await waitForCanvasFocus(page, null);

  // End and Home.
  await page.keyboard.press("End");
  now = await active(page);
  expect(now.key, `End: ${JSON.stringify(now)}`).toBe("province-soes");
  await page.keyboard.press("Home");
  expect((await active(page)).key, "Home").toBe("network:agmach");

  // Type-ahead, then Enter selects: URL, details, canvas selection and an announcement.
  await page.keyboard.type("dat");
  now = await active(page);
  expect(now.key, `type-ahead "dat": ${JSON.stringify(now)}`).toBe("datong-mining");
  await page.keyboard.press("Enter");
  await page.waitForURL(/node=datong-mining/);
  await page.getByTestId("details").waitFor();
  expect((await marked(page, "selected")).join(), "the canvas shows the selection").toBe("datong-mining");
  expect(
    await page.locator('[data-key="datong-mining"]').getAttribute("aria-selected"),
    "the tree marks the selection",
  ).toBe("true");
  await page.waitForFunction(() =>
    document
      .querySelector('[data-testid="announcer"]')
      ?.textContent.includes("Selected: Datong Mining Administration"),
  );

  // Escape returns focus to where the reader came from, and the canvas ring goes away.
  await page.keyboard.press("Escape");
  now = await active(page);
  expect(
    now.label === cameFrom.label && now.role === cameFrom.role,
    `Escape: ${JSON.stringify(now)} vs ${JSON.stringify(cameFrom)}`,
  ).toBeTruthy();
  await waitForCanvasFocus(page, null);

  // Coming back, the tab stop is where the reader left it; one Tab leaves the tree again.
  await tabIntoOutline(page, legendButton);
  expect((await active(page)).key, "the tab stop remembers the last item").toBe("datong-mining");
  await page.keyboard.press("Tab");
  expect((await active(page)).role, "one Tab leaves the tree").not.toBe("treeitem");
});

test("keyboard: the first Tab stop is a skip link that takes focus into the graph outline", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: desktop });
  await openExplorer(page, baseUrl);
  await page.waitForSelector('#outline-panel [role="treeitem"][tabindex="0"]', { state: "attached" });
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the graph outline" });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(
    box && box.y >= 0 && box.height > 20,
    `the skip link shows when focused: ${JSON.stringify(box)}`,
  ).toBe(true);
  await page.keyboard.press("Enter");
  const now = await active(page);
  expect(now.key).toBe("network:agmach");
  await expect(page.locator("#outline-panel")).not.toHaveClass(/panel--folded/);
});

test("keyboard: the outline works in Chinese with pinyin type-ahead, and the focus ring is visible", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: desktop });
  await openExplorer(page, `${baseUrl}?lang=zh&sector=coal,power&theme=dark`);
  await tabIntoOutline(page, page.locator('.panel-bar button[data-panel="legend"]'));
  let now = await active(page);
  expect(now.key === "network:coal" && now.label.startsWith("煤炭网"), JSON.stringify(now)).toBeTruthy();
  await page.keyboard.type("yq");
  now = await active(page);
  expect(now.key, `pinyin type-ahead: ${JSON.stringify(now)}`).toBe("yangquan-mining");
  expect(now.label.includes("阳泉矿务局") && now.label.includes("统帅企业"), now.label).toBeTruthy();
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return {
      width: Number.parseFloat(style.outlineWidth),
      style: style.outlineStyle,
      colour: style.outlineColor,
    };
  });
  expect(
    ring.width >= 2 && ring.style !== "none",
    `visible focus ring: ${JSON.stringify(ring)}`,
  ).toBeTruthy();
  await waitForCanvasFocus(page, "yangquan-mining");
  await expect(page).toHaveScreenshot("keyboard-zh-dark.png");
});

test("keyboard: every control is reachable by Tab and the graph has a label and a long description", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: desktop });
  await openExplorer(page, `${baseUrl}?lang=en`);
  const graph = page.locator(GRAPH);
  expect(await graph.getAttribute("role"), "the canvas is an image to assistive technology").toBe("img");
  expect(
    await graph.getAttribute("aria-label"),
    `short label: ${await graph.getAttribute("aria-label")}`,
  ).toBe("Network graph: 6 networks, 187 enterprises");
  const description = page.locator(`#${await graph.getAttribute("aria-describedby")}`);
  await expect(description, "long description").toHaveText(/^Showing 187 of 187 enterprises/);

  // Tab through the page, filters open, and record every stop until focus comes round again.
  await openFilters(page);
  await page.locator("body").focus();
  const stops: string[] = [];
  const seen = await page.evaluateHandle(() => new WeakSet<Element>());
  let wrapped = false;
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate((tabSeen) => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (tabSeen.has(el)) return null;
      tabSeen.add(el);
      const labels = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.labels : null;
      const name = el.getAttribute("aria-label") ?? (labels?.[0]?.textContent || el.textContent || "");
      return `${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${name.trim().slice(0, 30)}`;
    }, seen);
    // Focus leaves the page once, after its last control, and then comes round from the top.
    if (stop === null && !wrapped) {
      wrapped = true;
      continue;
    }
    if (stop === null) break;
    stops.push(stop);
  }
  const list = stops.join(" | ");
  for (const expected of [
    "select:Theme",
    "button:切换到中文",
    "input:Search",
    "input:Coal",
    "button:Graph",
    "select:Focus on network",
    "button:Zoom in",
    "button:Fit to screen",
    "treeitem:Agricultural machinery network",
  ]) {
    expect(
      stops.some((s) => s.startsWith(expected)),
      `Tab reaches ${expected}: ${list}`,
    ).toBeTruthy();
  }
  expect(stops.filter((s) => s.startsWith("treeitem:")).length, `one stop in the tree: ${list}`).toBe(1);

  // A filter change rewrites the description and announces it once typing pauses.
  await openFilters(page);
  await page.getByRole("checkbox", { name: /^Jinnan Prefecture/ }).check();
  await expect(page.getByTestId("announcer")).toContainText("Filtered by Regions: Jinnan Prefecture.");
  await expect(description, "description follows").toContainText("Filtered by Regions: Jinnan Prefecture.");
  await expect(graph, "label follows").toHaveAttribute("aria-label", /^Network graph: /);
});
