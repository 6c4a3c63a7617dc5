// The explorer end to end, on the production build: what a visitor sees and does with the five networks.

const GRAPH = '[data-testid="graph"]';

/**
 * Opens the app and waits until cytoscape has drawn the first filtered view.
 * @param {import("playwright-core").Page} page
 * @param {string} url
 */
async function openExplorer(page, url) {
  await page.goto(url);
  await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
}

/** @param {import("playwright-core").Page} page @returns {Promise<string[]>} */
async function shownIds(page) {
  return page.$eval(GRAPH, (element) => element.graphProbe.shownIds().sort());
}

/** @param {import("playwright-core").Page} page */
async function loadDataset(page) {
  return page.evaluate(async () => (await fetch("data/shanxi-1958.json")).json());
}

/** @param {import("playwright-core").Page} page @returns {Promise<string>} */
async function resultCount(page) {
  return (await page.getByTestId("result-count").textContent()).trim();
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function assertSameIds(actual, expected, what) {
  const a = [...actual].sort();
  const e = [...expected].sort();
  const missing = e.filter((id) => !a.includes(id));
  const extra = a.filter((id) => !e.includes(id));
  assert(
    missing.length === 0 && extra.length === 0,
    `${what}: missing ${missing.slice(0, 5).join(", ")}; extra ${extra.slice(0, 5).join(", ")}`,
  );
}

/** Commanders of the given enterprises, from the dataset's links. */
function commandersOf(dataset, ids) {
  const wanted = new Set(ids);
  return new Set(dataset.links.filter((l) => wanted.has(l.target)).map((l) => l.source));
}

/** @type {import("./run.mjs").E2ETest[]} */
export default [
  {
    name: "explorer: shows all five networks by default",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1440, height: 900 } } });
      await openExplorer(page, baseUrl);
      const dataset = await loadDataset(page);
      const sectorBoxes = page.locator('[data-facet="sectors"] input[type="checkbox"]');
      assert((await sectorBoxes.count()) === 5, "expected five network checkboxes");
      const ids = await shownIds(page);
      assert(ids.length === dataset.enterprises.length, `expected every enterprise drawn, got ${ids.length}`);
      const sectorsDrawn = new Set(
        dataset.enterprises.filter((e) => ids.includes(e.id)).map((e) => e.sector),
      );
      assert(sectorsDrawn.size === 5, `expected five networks drawn, got ${[...sectorsDrawn]}`);
      assert(
        (await resultCount(page)).startsWith(`${ids.length} of ${ids.length}`),
        `count line: ${await resultCount(page)}`,
      );
      await screenshot(page, "explorer-default");
    },
  },
  {
    name: "explorer: no two drawn labels overlap at the default size, whole view or one network",
    async run({ newPage, baseUrl }) {
      for (const query of ["", "?focus=agmach", "?focus=coal", "?sector=specialty"]) {
        const page = await newPage({ contextOptions: { viewport: { width: 1440, height: 900 } } });
        await openExplorer(page, baseUrl + query);
        // Let a focus animation settle before measuring.
        await page.waitForTimeout(600);
        const boxes = await page.$eval(GRAPH, (element) => element.graphProbe.labelBoxes());
        assert(boxes.length >= 5, `${query}: expected some labels drawn, got ${boxes.length}`);
        const clashes = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
            const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
            // A sliver of one pixel is not a pile-up; text over text is.
            if (overlapX > 1 && overlapY > 1) clashes.push(`${a.id} / ${b.id}`);
          }
        }
        assert(
          clashes.length === 0,
          `${query || "default"}: overlapping labels ${clashes.slice(0, 8).join(", ")}`,
        );
        await page.close();
      }
    },
  },
  {
    name: "explorer: while the wheel zooms, labels keep their layout; they are laid out again once it pauses",
    async run({ newPage, baseUrl }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1440, height: 900 } } });
      await openExplorer(page, baseUrl);
      await page.waitForTimeout(600);
      const heights = await page.$eval(GRAPH, async (element) => {
        const commander = "agmach-c1";
        const height = () => {
          const box = element.graphProbe.labelBoxes().find((b) => b.id === commander);
          return box ? box.y2 - box.y1 : Number.NaN;
        };
        const before = height();
        const rect = element.getBoundingClientRect();
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        // Wheel steps until the zoom has doubled (cytoscape caps each step's delta), all before a pause.
        const start = element.graphProbe.camera().zoom;
        const target = document.elementFromPoint(x, y);
        for (let step = 0; step < 80 && element.graphProbe.camera().zoom < 2 * start; step++) {
          target.dispatchEvent(
            new WheelEvent("wheel", {
              bubbles: true,
              cancelable: true,
              clientX: x,
              clientY: y,
              deltaY: -100,
            }),
          );
        }
        const during = height();
        await new Promise((resolve) => setTimeout(resolve, 500));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return { before, during, after: height(), zoom: element.graphProbe.camera().zoom };
      });
      assert(Number.isFinite(heights.before), `the commander's label is drawn: ${JSON.stringify(heights)}`);
      // The zoom doubled: a label left as it was is drawn twice as tall; one laid out again is not.
      const scaled = heights.during / heights.before;
      assert(
        scaled > 1.8 && scaled < 2.3,
        `mid-gesture the label keeps its layout: ${JSON.stringify(heights)}`,
      );
      assert(
        Math.abs(heights.after - heights.during) > 0.1 * heights.during,
        `after the pause the label is laid out for the new zoom: ${JSON.stringify(heights)}`,
      );
    },
  },
  {
    name: "explorer: choosing Coal shows only coal enterprises and their commanders",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1440, height: 900 } } });
      await openExplorer(page, baseUrl);
      const dataset = await loadDataset(page);
      await page.getByRole("checkbox", { name: /^Coal/ }).check();
      await page.waitForURL(/sector=coal/);
      const coal = dataset.enterprises.filter((e) => e.sector === "coal").map((e) => e.id);
      await page.waitForFunction(
        ([selector, count]) => document.querySelector(selector)?.graphProbe.shownIds().length === count,
        [GRAPH, coal.length],
      );
      assertSameIds(await shownIds(page), coal, "coal filter");
      assert((await resultCount(page)).startsWith(`${coal.length} of`), await resultCount(page));
      await screenshot(page, "explorer-coal");
    },
  },
  {
    name: "explorer: once loaded, filtering and searching make no network request (not even for the favicon)",
    async run({ newPage, baseUrl }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1440, height: 900 } } });
      await openExplorer(page, baseUrl);
      await page.waitForLoadState("networkidle");
      const requests = [];
      page.on("request", (request) => requests.push(request.url()));
      const coal = page.getByRole("checkbox", { name: /^Coal/ });
      for (let i = 0; i < 3; i++) {
        await coal.check();
        await page.waitForURL(/sector=coal/);
        await coal.uncheck();
        await page.waitForURL((url) => !url.search.includes("sector="));
      }
      await page.getByRole("searchbox").fill("Tai");
      await page.waitForURL(/q=Tai/);
      await page.getByRole("searchbox").fill("");
      await page.waitForURL((url) => !url.search.includes("q="));
      await page.waitForTimeout(300);
      assert(requests.length === 0, `requests while exploring: ${requests.slice(0, 5).join(", ")}`);
    },
  },
  {
    name: "explorer: a region shows that region's factories plus their commanders",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1440, height: 900 } } });
      await openExplorer(page, baseUrl);
      const dataset = await loadDataset(page);
      await page.getByRole("checkbox", { name: /^Jinnan Prefecture/ }).check();
      await page.waitForURL(/region=jinnan/);
      const jinnanCounties = new Set(dataset.regions.filter((r) => r.parent === "jinnan").map((r) => r.id));
      jinnanCounties.add("jinnan");
      const inRegion = dataset.enterprises.filter((e) => jinnanCounties.has(e.region)).map((e) => e.id);
      const expected = new Set([...inRegion, ...commandersOf(dataset, inRegion)]);
      await page.waitForFunction(
        ([selector, count]) => document.querySelector(selector)?.graphProbe.shownIds().length === count,
        [GRAPH, expected.size],
      );
      assertSameIds(await shownIds(page), expected, "Jinnan filter");
      await screenshot(page, "explorer-jinnan");
    },
  },
  {
    name: "explorer: the table lists exactly the enterprises the graph shows",
    async run({ newPage, baseUrl }) {
      const page = await newPage();
      await openExplorer(page, `${baseUrl}?sector=power,fert&tier=small`);
      const graphIds = await shownIds(page);
      const dataset = await loadDataset(page);
      const matching = dataset.enterprises
        .filter((e) => ["power", "fert"].includes(e.sector) && e.tier === "small")
        .map((e) => e.id);
      await page.getByRole("button", { name: "Table", exact: true }).click();
      const rows = page.locator('[data-testid="enterprise-table"] tbody tr');
      await rows.first().waitFor();
      const rowIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")));
      assertSameIds(rowIds, matching, "table rows");
      // The graph also draws the commanders as context; every other enterprise it draws is a table row.
      const commanders = commandersOf(dataset, matching);
      assertSameIds(
        graphIds.filter((id) => !commanders.has(id) || matching.includes(id)),
        rowIds,
        "graph vs table",
      );
      // Sorting by name keeps the same rows.
      await page.getByRole("button", { name: "Sort by Name" }).click();
      const sortedIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")));
      assertSameIds(sortedIds, rowIds, "sorted rows");
      // A row selects the node and goes back to the graph.
      await rows.first().getByRole("button").click();
      await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
      await page.waitForURL(new RegExp(`node=${encodeURIComponent(sortedIds[0])}`));
      await page.getByTestId("details").waitFor();
    },
  },
  {
    name: "explorer: a URL with parameters reopens the same view, and Back steps through views",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1440, height: 900 } } });
      await openExplorer(page, `${baseUrl}?sector=coal&region=yuci&node=fenxi-mining&lang=zh`);
      const ids = await shownIds(page);
      assert(ids.includes("fenxi-mining"), "the selected commander is drawn");
      assert(await page.getByRole("checkbox", { name: /^煤炭网/ }).isChecked(), "coal checkbox checked");
      const details = page.getByTestId("details");
      await details.waitFor();
      assert(
        (await details.textContent()).includes("汾西矿务局"),
        "details show the selected enterprise in Chinese",
      );
      await screenshot(page, "explorer-url-state");

      const reopened = await newPage();
      await openExplorer(reopened, page.url());
      assertSameIds(await shownIds(reopened), ids, "reopened view");

      await page.getByRole("checkbox", { name: /^动力网/ }).check();
      await page.waitForURL(/sector=coal,power/);
      await page.goBack();
      await page.waitForURL((url) => !url.search.includes("power"));
      await page.waitForFunction(
        ([selector, count]) => document.querySelector(selector)?.graphProbe.shownIds().length === count,
        [GRAPH, ids.length],
      );
    },
  },
  {
    name: "explorer: bad URL values are ignored with a warning, not a crash",
    async run({ newPage, baseUrl }) {
      const page = await newPage();
      const warnings = [];
      page.on("console", (message) => {
        if (message.type() === "warning") warnings.push(message.text());
      });
      await openExplorer(page, `${baseUrl}?sector=steel,coal&tier=giant&node=ghost&lang=fr`);
      assert(
        warnings.some((w) => w.includes('sector="steel"')),
        `warnings: ${warnings.join(" | ")}`,
      );
      assert(
        warnings.some((w) => w.includes('node="ghost"')),
        "warns about the unknown node",
      );
      assert(await page.getByRole("checkbox", { name: /^Coal/ }).isChecked(), "the valid sector is kept");
    },
  },
  {
    name: "explorer: switching language changes the labels, and search finds Chinese and pinyin",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1440, height: 900 } } });
      await openExplorer(page, baseUrl);
      await page.getByRole("button", { name: "切换到中文" }).click();
      await page.waitForURL(/lang=zh/);
      await page.getByRole("heading", { level: 1, name: /山西/ }).waitFor();
      assert(await page.getByRole("checkbox", { name: /^煤炭网/ }).isVisible(), "sector names in Chinese");
      await page.getByRole("searchbox").fill("datong");
      await page.waitForURL(/q=datong/);
      const byPinyin = await shownIds(page);
      assert(byPinyin.includes("datong-mining"), `pinyin search: ${byPinyin}`);
      await page.getByRole("searchbox").fill("大同矿务局");
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.graphProbe.shownIds().includes("datong-mining"),
        GRAPH,
      );
      await screenshot(page, "explorer-zh-search");
    },
  },
  {
    name: "explorer: clicking a node on the canvas opens its details with the article quote",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: { width: 1440, height: 900 } } });
      await openExplorer(page, `${baseUrl}?sector=agmach`);
      await page.waitForTimeout(400);
      const position = await page.$eval(GRAPH, (element) => element.graphProbe.positionOf("agmach-c1"));
      assert(position, "agmach-c1 is drawn");
      const box = await page.locator(GRAPH).boundingBox();
      await page.mouse.click(box.x + position.x, box.y + position.y);
      await page.waitForURL(/node=agmach-c1/);
      const details = page.getByTestId("details");
      await details.waitFor();
      const text = await details.textContent();
      assert(text.includes("农业机械修配网的五个大型国营厂"), "the attested quote in Chinese");
      assert(text.includes("Attested"), "the provenance level");
      await screenshot(page, "explorer-details");
    },
  },
  {
    name: "explorer: hiding illustrative records leaves only attested, documented and inferred ones",
    async run({ newPage, baseUrl }) {
      const page = await newPage();
      await openExplorer(page, `${baseUrl}?prov=attested,documented,inferred`);
      const ids = await shownIds(page);
      const dataset = await loadDataset(page);
      const shown = dataset.enterprises.filter((e) => ids.includes(e.id));
      assert(shown.length > 0, "something stays");
      const illustrative = shown.filter((e) => e.name.en?.startsWith("[Illustrative]"));
      assert(illustrative.length === 0, `illustrative still shown: ${illustrative.map((e) => e.id)}`);
    },
  },
  {
    name: "explorer: filters that match nothing show an empty state with a way out",
    async run({ newPage, baseUrl }) {
      const page = await newPage();
      await openExplorer(page, `${baseUrl}?q=zzzzzz`);
      const empty = page.getByRole("status").filter({ hasText: "No enterprise matches" });
      await empty.waitFor();
      await empty.getByRole("button", { name: "Reset filters" }).click();
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.graphProbe.shownIds().length > 100,
        GRAPH,
      );
    },
  },
];
