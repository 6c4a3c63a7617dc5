// Keyboard and screen-reader path through the graph, on the production build: one tab stop into the
// outline tree, APG keys from network to commander to factory and back, Enter selects, Escape
// returns focus; the canvas highlight and focus ring follow; descriptions and announcements update.

const GRAPH = '[data-testid="graph"]';
const desktop = { viewport: { width: 1440, height: 900 } };

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** @param {import("playwright-core").Page} page @param {string} url */
async function openExplorer(page, url) {
  await page.goto(url);
  await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
}

/** What has keyboard focus, as the tests need it. @param {import("playwright-core").Page} page */
function active(page) {
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
function marked(page, mark) {
  return page.$eval(GRAPH, (el, m) => el.graphProbe.marked(m).sort(), mark);
}

/** Waits until the canvas rings exactly `id` (or nothing, for null). */
async function waitForCanvasFocus(page, id) {
  await page.waitForFunction(
    ([selector, want]) => {
      const ids = document.querySelector(selector).graphProbe.marked("focused");
      return want === null ? ids.length === 0 : ids.length === 1 && ids[0] === want;
    },
    [GRAPH, id],
  );
}

/** Tabs from `start` until a tree item has focus; returns the element tabbed from. */
async function tabIntoOutline(page, start) {
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

/** @type {import("./run.mjs").E2ETest[]} */
export default [
  {
    name: "keyboard: tab into the outline, walk hub to spokes and back, Enter selects, Escape returns focus",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: desktop });
      await openExplorer(page, `${baseUrl}?lang=en`);
      const dataset = await page.evaluate(async () => (await fetch("data/shanxi-1958.json")).json());
      const firstFactory = dataset.links.find((l) => l.source === "agmach-c1").target;

      const fit = page.getByRole("button", { name: "Fit to screen" });
      const cameFrom = await tabIntoOutline(page, fit);
      let now = await active(page);
      assert(now.key === "network:agmach", `the tab stop is the first network: ${JSON.stringify(now)}`);
      assert(now.expanded === "true" && now.level === "1", `networks start open: ${JSON.stringify(now)}`);
      assert(
        (await page.locator('[role="tree"] [role="treeitem"][tabindex="0"]').count()) === 1,
        "exactly one tab stop in the tree",
      );

      // Down to the first commander: the canvas rings it and highlights its star.
      await page.keyboard.press("ArrowDown");
      now = await active(page);
      assert(now.key === "agmach-c1" && now.level === "2", `ArrowDown: ${JSON.stringify(now)}`);
      await waitForCanvasFocus(page, "agmach-c1");
      const highlighted = await marked(page, "highlighted");
      assert(
        highlighted.includes("agmach-c1") && highlighted.includes(firstFactory),
        `the commander's star is highlighted: ${highlighted.length} ids`,
      );

      // Right opens the commander, Right again goes to its first factory, which is ringed and in view.
      await page.keyboard.press("ArrowRight");
      now = await active(page);
      assert(now.key === "agmach-c1" && now.expanded === "true", `ArrowRight opens: ${JSON.stringify(now)}`);
      await page.keyboard.press("ArrowRight");
      now = await active(page);
      assert(
        now.key === firstFactory && now.level === "3",
        `ArrowRight to the spoke: ${JSON.stringify(now)}`,
      );
      await waitForCanvasFocus(page, firstFactory);
      await page.waitForFunction((s) => !document.querySelector(s).graphProbe.animating(), GRAPH);
      const position = await page.$eval(GRAPH, (el, id) => el.graphProbe.positionOf(id), firstFactory);
      const box = await page.locator(GRAPH).boundingBox();
      assert(
        position && position.x > 0 && position.y > 0 && position.x < box.width && position.y < box.height,
        `the focused factory is inside the canvas: ${JSON.stringify(position)} in ${box.width}×${box.height}`,
      );
      await screenshot(page, "keyboard-focused-factory");

      // Down moves to the next spoke; Left goes back to the hub, Left again closes it, Left to the network.
      await page.keyboard.press("ArrowDown");
      now = await active(page);
      assert(now.level === "3" && now.key !== firstFactory, `next spoke: ${JSON.stringify(now)}`);
      await page.keyboard.press("ArrowLeft");
      now = await active(page);
      assert(now.key === "agmach-c1", `ArrowLeft to the hub: ${JSON.stringify(now)}`);
      await waitForCanvasFocus(page, "agmach-c1");
      await page.keyboard.press("ArrowLeft");
      now = await active(page);
      assert(now.key === "agmach-c1" && now.expanded === "false", `ArrowLeft closes: ${JSON.stringify(now)}`);
      await page.keyboard.press("ArrowLeft");
      now = await active(page);
      assert(now.key === "network:agmach", `ArrowLeft to the network: ${JSON.stringify(now)}`);
      await waitForCanvasFocus(page, null);

      // End and Home.
      await page.keyboard.press("End");
      now = await active(page);
      assert(now.key === "qingxu-vinegar", `End: ${JSON.stringify(now)}`);
      await page.keyboard.press("Home");
      assert((await active(page)).key === "network:agmach", "Home");

      // Type-ahead, then Enter selects: URL, details, canvas selection and an announcement.
      await page.keyboard.type("dat");
      now = await active(page);
      assert(now.key === "datong-mining", `type-ahead "dat": ${JSON.stringify(now)}`);
      await page.keyboard.press("Enter");
      await page.waitForURL(/node=datong-mining/);
      await page.getByTestId("details").waitFor();
      assert((await marked(page, "selected")).join() === "datong-mining", "the canvas shows the selection");
      assert(
        (await page.locator('[data-key="datong-mining"]').getAttribute("aria-selected")) === "true",
        "the tree marks the selection",
      );
      await page.waitForFunction(() =>
        document
          .querySelector('[data-testid="announcer"]')
          ?.textContent.includes("Selected: Datong Mining Administration"),
      );

      // Escape returns focus to where the reader came from, and the canvas ring goes away.
      await page.keyboard.press("Escape");
      now = await active(page);
      assert(
        now.label === cameFrom.label && now.role === cameFrom.role,
        `Escape: ${JSON.stringify(now)} vs ${JSON.stringify(cameFrom)}`,
      );
      await waitForCanvasFocus(page, null);

      // Coming back, the tab stop is where the reader left it; one Tab leaves the tree again.
      await tabIntoOutline(page, fit);
      assert((await active(page)).key === "datong-mining", "the tab stop remembers the last item");
      await page.keyboard.press("Tab");
      assert((await active(page)).role !== "treeitem", "one Tab leaves the tree");
    },
  },
  {
    name: "keyboard: the outline works in Chinese with pinyin type-ahead, and the focus ring is visible",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: desktop });
      await openExplorer(page, `${baseUrl}?lang=zh&sector=coal,power&theme=dark`);
      await tabIntoOutline(page, page.getByRole("button", { name: "适应屏幕" }));
      let now = await active(page);
      assert(now.key === "network:coal" && now.label.startsWith("煤炭网"), JSON.stringify(now));
      await page.keyboard.type("yq");
      now = await active(page);
      assert(now.key === "yangquan-mining", `pinyin type-ahead: ${JSON.stringify(now)}`);
      assert(now.label.includes("阳泉矿务局") && now.label.includes("统帅企业"), now.label);
      const ring = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement);
        return {
          width: Number.parseFloat(style.outlineWidth),
          style: style.outlineStyle,
          colour: style.outlineColor,
        };
      });
      assert(ring.width >= 2 && ring.style !== "none", `visible focus ring: ${JSON.stringify(ring)}`);
      await waitForCanvasFocus(page, "yangquan-mining");
      await screenshot(page, "keyboard-zh-dark");
    },
  },
  {
    name: "keyboard: every control is reachable by Tab and the graph has a label and a long description",
    async run({ newPage, baseUrl }) {
      const page = await newPage({ contextOptions: desktop });
      await openExplorer(page, `${baseUrl}?lang=en`);
      const graph = page.locator(GRAPH);
      assert((await graph.getAttribute("role")) === "img", "the canvas is an image to assistive technology");
      assert(
        (await graph.getAttribute("aria-label")) === "Network graph: 5 networks, 176 enterprises",
        `short label: ${await graph.getAttribute("aria-label")}`,
      );
      const description = page.locator(`#${await graph.getAttribute("aria-describedby")}`);
      assert(
        (await description.textContent()).startsWith("Showing 176 of 176 enterprises"),
        "long description",
      );

      // Tab through the page and record every stop until focus comes round again.
      await page.locator("body").focus();
      const stops = [];
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press("Tab");
        const stop = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          window.__tabSeen ??= new WeakSet();
          if (window.__tabSeen.has(el)) return null;
          window.__tabSeen.add(el);
          const name = el.getAttribute("aria-label") ?? (el.labels?.[0]?.textContent || el.textContent || "");
          return `${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${name.trim().slice(0, 30)}`;
        });
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
        assert(
          stops.some((s) => s.startsWith(expected)),
          `Tab reaches ${expected}: ${list}`,
        );
      }
      assert(stops.filter((s) => s.startsWith("treeitem:")).length === 1, `one stop in the tree: ${list}`);

      // A filter change rewrites the description and announces it once typing pauses.
      await page.getByRole("checkbox", { name: /^Jinnan Prefecture/ }).check();
      await page.waitForFunction(() =>
        document
          .querySelector('[data-testid="announcer"]')
          ?.textContent.includes("Filtered by Regions: Jinnan Prefecture."),
      );
      assert(
        (await description.textContent()).includes("Filtered by Regions: Jinnan Prefecture."),
        "description follows",
      );
      assert((await graph.getAttribute("aria-label")).startsWith("Network graph: "), "label follows");
    },
  },
];
