// Bring your own data, end to end on the production build: spreadsheets dropped on the page or chosen
// with the picker are parsed in a worker, explored like the default dataset, and a broken file is
// reported while the network on screen stays as it was.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const GRAPH = '[data-testid="graph"]';
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/import");
const VIEWPORT = { width: 1440, height: 900 };
const AXE_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../node_modules/axe-core/axe.min.js",
);
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** @param {string} name */
function fixture(name) {
  return { name, content: fs.readFileSync(path.join(FIXTURES, name), "utf8") };
}

/** @param {import("playwright-core").Page} page @param {string} url */
async function openExplorer(page, url) {
  await page.goto(url);
  await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
}

/** @param {import("playwright-core").Page} page @returns {Promise<string[]>} */
async function shownIds(page) {
  return page.$eval(GRAPH, (element) => element.graphProbe.shownIds().sort());
}

/**
 * Drags files over the page and drops them, as a file manager would: dragenter and dragover first
 * (the drop overlay must appear), then drop.
 * @param {import("playwright-core").Page} page
 * @param {{ name: string, content: string }[]} files
 */
async function dropFiles(page, files, screenshotOverlay) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, content } of list) data.items.add(new File([content], name, { type: "text/csv" }));
    return data;
  }, files);
  await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
  await page.dispatchEvent("body", "dragover", { dataTransfer: transfer });
  await page.getByTestId("drop-overlay").waitFor();
  await screenshotOverlay?.();
  await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
}

/** @param {import("playwright-core").Page} page @param {string[]} ids */
async function waitForShown(page, ids) {
  const wanted = [...ids].sort().join(",");
  await page.waitForFunction(
    ([selector, expected]) =>
      document.querySelector(selector)?.graphProbe.shownIds().sort().join(",") === expected,
    [GRAPH, wanted],
  );
}

/** Rows of the large file that is drawn; IMPORT_ROWS=50000 measures the figure quoted in docs/data-format.md. */
const ROWS = Number(process.env.IMPORT_ROWS ?? 20_000);
/** Rows of the large file that is rejected after parsing: enough for progress to show on a fast machine. */
const LARGE_REJECTED_ROWS = 200_000;
const CLINIC_IDS = ["H1", "C1", "C2", "C3", "P1", "S1", "S2"];

/**
 * A large spreadsheet pair: `hubs` commanders with `spokes` factories each, about 84 bytes a row.
 * With `danglingLastLink`, the link sheet's last row points at an enterprise that does not exist.
 */
function largeSheets(hubs, spokes, { danglingLastLink = false } = {}) {
  const nodes = ["id,name_en,name_zh,sector,region,tier"];
  const links = ["source,target,kind"];
  for (let h = 0; h < hubs; h++) {
    const sector = `sector-${h % 6}`;
    nodes.push(`hub-${h},Hub works ${h},中心厂${h},${sector},region-${h % 40},commander`);
    for (let s = 0; s < spokes; s++) {
      nodes.push(`sp-${h}-${s},Spoke ${h}/${s},协作厂${h}-${s},${sector},region-${(h + s) % 40},small`);
      links.push(`hub-${h},sp-${h}-${s},equipment`);
    }
  }
  if (danglingLastLink) links[links.length - 1] = `hub-0,no-such-factory,equipment`;
  return [
    { name: "large.nodes.csv", mimeType: "text/csv", buffer: Buffer.from(`${nodes.join("\n")}\n`) },
    { name: "large.links.csv", mimeType: "text/csv", buffer: Buffer.from(`${links.join("\n")}\n`) },
  ];
}

/**
 * In the page: counts main-thread stalls (a 50 ms timer that fires late means a frozen page) from the
 * moment files are chosen until the import dialog leaves its working phase; drawing is main-thread work.
 */
function installStallProbe() {
  const probe = { worst: 0, last: 0, started: 0, drawingAt: 0, endedAt: 0, timer: 0 };
  const phase = () => document.querySelector('[data-testid="import-dialog"]')?.getAttribute("data-phase");
  const stop = () => {
    clearInterval(probe.timer);
    probe.timer = 0;
  };
  probe.start = () => {
    stop();
    Object.assign(probe, {
      worst: 0,
      last: performance.now(),
      started: performance.now(),
      drawingAt: 0,
      endedAt: 0,
    });
    probe.timer = setInterval(() => {
      const now = performance.now();
      probe.worst = Math.max(probe.worst, now - probe.last - 50);
      probe.last = now;
    }, 50);
  };
  // Playwright builds the chosen files inside the page, a stall that a real file picker does not cause.
  probe.forgetStalls = () => {
    probe.worst = 0;
    probe.last = performance.now();
  };
  probe.read = () => ({
    worst: probe.worst,
    started: probe.started,
    drawingAt: probe.drawingAt,
    elapsedMs: performance.now() - probe.started,
  });
  new MutationObserver(() => {
    if (probe.timer === 0) return;
    const now = phase();
    if (now === "drawing" && probe.drawingAt === 0) probe.drawingAt = performance.now();
    if (now !== undefined && now !== "working") stop();
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
  window.__importProbe = probe;
}

/** Chooses files through the hidden file input, with the stall probe timing the import. */
async function chooseFiles(page, files) {
  await page.evaluate(() => window.__importProbe.start());
  await page.getByTestId("open-data-input").setInputFiles(files);
  await page.evaluate(() => window.__importProbe.forgetStalls());
}

export default [
  {
    name: "import: dropping an enterprise sheet and a link sheet shows the new network, which filters and selects",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
      await openExplorer(page, `${baseUrl}?sector=coal`);
      await dropFiles(page, [fixture("clinics.nodes.valid.csv"), fixture("clinics.links.valid.csv")], () =>
        screenshot(page, "import-drop-overlay"),
      );
      const dialog = page.getByTestId("import-dialog");
      await page.locator('[data-testid="import-dialog"][data-phase="opened"]').waitFor();
      const text = await dialog.textContent();
      assert(text.includes("7 enterprises, 5 links, 2 networks"), `report: ${text}`);
      await waitForShown(page, CLINIC_IDS);
      // The coal filter of the old dataset is gone with it.
      assert(!page.url().includes("sector=coal"), `URL still filters: ${page.url()}`);
      await screenshot(page, "import-dropped-report");
      await dialog.getByRole("button", { name: "Show the network" }).click();
      await dialog.waitFor({ state: "detached" });

      await page.getByRole("checkbox", { name: /^machinery/ }).check();
      await page.waitForURL(/sector=machinery/);
      await waitForShown(page, ["P1", "S1", "S2"]);
      await page.getByRole("button", { name: "Table" }).click();
      await page.getByRole("button", { name: /Show Tool plant in the graph/ }).click();
      await page.waitForURL(/node=P1/);
      await page.getByRole("button", { name: "Graph" }).click();
      await page.locator(`${GRAPH}[data-ready="true"]`).waitFor();
      const details = await page.locator(".inspector").textContent();
      assert(
        details.includes("Tool plant") && details.includes("Forge"),
        `details: ${details.slice(0, 300)}`,
      );
      // Three enterprises are framed at a readable zoom, not blown up to fill the screen.
      await page.getByRole("button", { name: "Fit to screen" }).click();
      await page.waitForFunction((s) => !document.querySelector(s).graphProbe.animating(), GRAPH);
      const zoom = await page.$eval(GRAPH, (el) => el.graphProbe.camera().zoom);
      assert(zoom <= 1, `a three-node network is framed at zoom ${zoom}`);
      await screenshot(page, "import-dropped-explored");

      // The export dialog works on the imported data: the CSV of the view holds its three enterprises.
      await page.getByRole("button", { name: /^Export$/ }).click();
      const exportDialog = page.getByRole("dialog");
      await exportDialog.getByRole("radio", { name: "CSV table" }).check();
      await exportDialog.getByRole("radio", { name: "Enterprises" }).check();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        exportDialog.getByRole("button", { name: "Download" }).click(),
      ]);
      const csv = fs.readFileSync(await download.path(), "utf8");
      const rows = csv.trim().split("\n").slice(1);
      assert(
        rows.length === 3 && ["P1", "S1", "S2"].every((id) => rows.some((r) => r.startsWith(`${id},`))),
        csv,
      );
    },
  },
  {
    name: "import: a broken file is reported in both languages and the network on screen stays",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
      await openExplorer(page, `${baseUrl}?sector=coal`);
      const before = await shownIds(page);
      await dropFiles(page, [fixture("clinics.nodes.valid.csv"), fixture("dangling.links.invalid.csv")]);
      const dialog = page.locator('[data-testid="import-dialog"][data-phase="rejected"]');
      await dialog.waitFor();
      const text = await dialog.textContent();
      assert(text.includes("The network on screen has not changed"), text);
      assert(
        text.includes('dangling.links.invalid.csv, row 3, column "target"') &&
          text.includes('"C9" is not the id of any enterprise'),
        `report: ${text}`,
      );
      assert(page.url().includes("sector=coal"), `filters lost: ${page.url()}`);
      assert((await shownIds(page)).join() === before.join(), "the graph changed under a failed import");
      await screenshot(page, "import-rejected-en");
      await dialog.getByRole("button", { name: "Close" }).click();
      await dialog.waitFor({ state: "detached" });

      await page.getByRole("button", { name: "切换到中文" }).click();
      await page.getByTestId("open-data-input").setInputFiles(path.join(FIXTURES, "gbk.nodes.invalid.csv"));
      const zhDialog = page.locator('[data-testid="import-dialog"][data-phase="rejected"]');
      await zhDialog.waitFor();
      const zhText = await zhDialog.textContent();
      assert(
        zhText.includes("gbk.nodes.invalid.csv，第 2 行") && zhText.includes("GBK"),
        `zh report: ${zhText}`,
      );
      assert((await shownIds(page)).join() === before.join(), "the graph changed under a failed import");
      await screenshot(page, "import-rejected-zh");
    },
  },
  {
    name: "import: the file picker opens a Chinese-headed spreadsheet and the hub threshold can be changed",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
      await page.goto(`${baseUrl}?view=table`);
      await page.getByRole("table").waitFor();
      await page
        .getByTestId("open-data-input")
        .setInputFiles(
          ["depots.nodes.valid.csv", "depots.links.valid.csv", "depots.regions.valid.csv"].map((f) =>
            path.join(FIXTURES, f),
          ),
        );
      const dialog = page.locator('[data-testid="import-dialog"][data-phase="opened"]');
      await dialog.waitFor();
      const depot = page.locator('tr[data-id="D1"]');
      await depot.waitFor();
      assert((await depot.textContent()).includes("Hub"), `row: ${await depot.textContent()}`);
      assert((await page.getByRole("row").count()) === 5, "expected a header row and four enterprises");
      await dialog.getByRole("spinbutton").fill("4");
      await dialog.getByRole("button", { name: "Apply" }).click();
      await page.waitForFunction(() =>
        document.querySelector('tr[data-id="D1"]')?.textContent.includes("Intermediate"),
      );
      await page.locator('[data-testid="import-dialog"][data-phase="opened"]').waitFor();
      await screenshot(page, "import-picker-depots");
    },
  },
  {
    name: "import: a ?data= link to same-origin sheets reopens them with the view it names, after a change and a reload",
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
      const sheets = ["nodes", "links", "regions"]
        .map((s) => `data=data/examples/clinics.${s}.csv`)
        .join("&");
      await openExplorer(page, `${baseUrl}?${sheets}&sector=Machinery&node=P1`);
      await waitForShown(page, ["P1", "S1", "S2", "S3"]);
      const details = await page.locator(".inspector").textContent();
      assert(details.includes("Farm-tool plant"), `details: ${details.slice(0, 200)}`);
      await page.getByRole("checkbox", { name: /^Health/ }).check();
      await page.waitForURL(/Health/);
      const shared = page.url();
      assert(shared.split("data=").length === 4, `the view URL lost its data files: ${shared}`);
      await screenshot(page, "import-data-url");
      const reopened = await newPage({ contextOptions: { viewport: VIEWPORT } });
      await openExplorer(reopened, shared);
      assert((await shownIds(reopened)).length === 9, "the shared link does not show both networks");
      assert(reopened.url() === shared, `the URL changed on opening: ${reopened.url()}`);
    },
  },
  {
    name: "import: a large spreadsheet pair parses in the worker with progress while the page keeps responding",
    timeout: 150_000,
    async run({ newPage, baseUrl, screenshot }) {
      const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
      await openExplorer(page, baseUrl);
      await page.evaluate(installStallProbe);

      // Parsing alone: a pair big enough to take seconds even on a fast machine, with one bad link in its
      // last row, so that it is read to the end and then rejected without drawing anything.
      const rejectedRows = LARGE_REJECTED_ROWS;
      await chooseFiles(page, largeSheets(rejectedRows / 100, 99, { danglingLastLink: true }));
      await page.locator('[data-testid="import-dialog"][data-phase="working"] progress').waitFor();
      await screenshot(page, "import-large-progress");
      await page.locator('[data-testid="import-dialog"][data-phase="rejected"]').waitFor({ timeout: 90_000 });
      const parse = await page.evaluate(() => window.__importProbe.read());
      const report = await page.getByTestId("import-dialog").textContent();
      const lastLinkRow = rejectedRows - rejectedRows / 100 + 1;
      assert(
        report.includes(`row ${lastLinkRow.toLocaleString("en-GB")}`) ||
          report.includes(`row ${lastLinkRow}`),
        `the rejection does not point at the bad last row ${lastLinkRow}: ${report.slice(0, 400)}`,
      );
      console.log(
        `    ${rejectedRows} rows: parsed, checked and rejected in ${Math.round(parse.elapsedMs)} ms (worst main-thread stall ${Math.round(parse.worst)} ms)`,
      );
      // Parsing these rows on the main thread would block it for seconds; half a second leaves room for a
      // busy machine's scheduling without letting that through.
      assert(parse.worst < 500, `the page froze for ${Math.round(parse.worst)} ms while the worker parsed`);

      // Parsing and drawing: the dialog says it is drawing before the main thread is taken up.
      await page.getByTestId("import-dialog").getByRole("button", { name: "Close" }).first().click();
      await chooseFiles(page, largeSheets(ROWS / 100, 99));
      await page.locator('[data-testid="import-dialog"][data-phase="opened"]').waitFor({ timeout: 90_000 });
      const draw = await page.evaluate(() => window.__importProbe.read());
      assert(draw.drawingAt > 0, "the dialog never said it was drawing");
      const text = await page.getByTestId("import-dialog").textContent();
      assert(text.includes(`${ROWS.toLocaleString("en-GB")} enterprises`), `report: ${text.slice(0, 300)}`);
      console.log(
        `    ${ROWS} rows: parsed and checked in ${Math.round(draw.drawingAt - draw.started)} ms (worst stall ${Math.round(draw.worst)} ms), drawn in about ${Math.round(draw.elapsedMs - (draw.drawingAt - draw.started))} ms`,
      );
      assert(draw.worst < 500, `the page froze for ${Math.round(draw.worst)} ms while the worker parsed`);
    },
  },
  {
    name: "import: the report dialog has no axe violation, opened or rejected, in each theme and language",
    async run({ newPage, baseUrl }) {
      const failures = [];
      for (const [theme, lang] of [
        ["light", "en"],
        ["dark", "zh"],
        ["contrast", "en"],
      ]) {
        for (const files of [
          ["clinics.nodes.valid.csv", "loops-and-duplicates.links.valid.csv"],
          ["clinics.nodes.valid.csv", "dangling.links.invalid.csv"],
        ]) {
          const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
          await openExplorer(page, `${baseUrl}?theme=${theme}&lang=${lang}`);
          await page.getByTestId("open-data-input").setInputFiles(files.map((f) => path.join(FIXTURES, f)));
          await page
            .locator('[data-testid="import-dialog"]:is([data-phase="opened"], [data-phase="rejected"])')
            .waitFor();
          await page.addScriptTag({ path: AXE_PATH });
          const result = await page.evaluate(
            (tags) =>
              window.axe.run(document, {
                runOnly: { type: "tag", values: tags },
                resultTypes: ["violations"],
              }),
            AXE_TAGS,
          );
          for (const v of result.violations)
            failures.push(
              `${theme}/${lang}/${files[1]}: ${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join("; ")})`,
            );
          await page.close();
        }
      }
      assert(failures.length === 0, `axe found violations:\n  ${failures.join("\n  ")}`);
    },
  },
  {
    name: "import: a ?data= link to a broken sheet shows the problems, located, instead of the app",
    async run({ newPage, serve, distDir }) {
      // Serve a copy of dist/ with two broken sheets in it, as a site would host a reader's files.
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "import-e2e-"));
      fs.cpSync(distDir, root, { recursive: true });
      fs.copyFileSync(path.join(FIXTURES, "clinics.nodes.valid.csv"), path.join(root, "nodes.csv"));
      fs.writeFileSync(path.join(root, "links.csv"), "source,target\nH1,C8\nH1,C9\n");
      const server = await serve({ root });
      const page = await newPage({ origin: new URL(server.url).origin });
      await page.goto(`${server.url}?data=nodes.csv&data=links.csv`);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      const text = await alert.textContent();
      assert(text.includes('links.csv, row 2, column "target": "C8" is not the id of any enterprise'), text);
      assert(text.includes('links.csv, row 3, column "target": "C9" is not the id of any enterprise'), text);
      fs.rmSync(root, { recursive: true, force: true });
    },
  },
  {
    name: "import: an embed offers no way to open other data",
    async run({ newPage, baseUrl }) {
      const page = await newPage({ contextOptions: { viewport: VIEWPORT } });
      await openExplorer(page, `${baseUrl}?embed=1`);
      assert((await page.getByTestId("open-data-input").count()) === 0, "the embed has a file input");
      assert(
        (await page.getByRole("button", { name: /Open your own network/ }).count()) === 0,
        "the embed has Open data",
      );
    },
  },
];
