// The layout by links (issue 18) in `npm run bench`: a synthetic edge list of N towns that is not
// hub-and-spoke (scripts/generate-edge-list.mjs) is opened through the file picker, and the page records
// every long task (PerformanceObserver "longtask") from the moment the file is chosen until the report
// says the network is laid out and is about to be drawn: over the whole import, and from the app's
// "layout-by-links" mark (where the layout's own main-thread work begins) on. Drawing is the same for any
// layout and is measured by the load figures; these rows are about the import and ForceAtlas2 in workers.

import { syntheticEdgeListText } from "../generate-edge-list.mjs";

/** Larger networks take minutes in ForceAtlas2 on this machine; the target is 5,000. */
export const LAYOUT_SIZES = new Set(["1000", "5000"]);

/** Injected before the app's scripts: keeps every long task with its start, and when the drawing began. */
const RECORDER = `(() => {
  const record = { tasks: [], drawingAt: null, progress: 0 };
  window.__layoutBench = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    const dialog = document.querySelector('[data-testid="import-dialog"]');
    if (!dialog) return;
    if (dialog.querySelector("progress")) record.progress += 1;
    if (record.drawingAt === null && dialog.getAttribute("data-phase") === "drawing")
      record.drawingAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

/**
 * One run: opens the app through `openPage` (the bench's, so the page is set up as for every other
 * figure), picks the edge list and waits for the report. Returns the figures in ms.
 */
export async function layoutByLinksRun({ browser, baseUrl, size, openPage }) {
  const text = syntheticEdgeListText(Number(size));
  const opened = await openPage(browser, "app", `${baseUrl}app/`, 600_000, RECORDER);
  const { page } = opened;
  try {
    const chosenAt = await page.evaluate(() => performance.now());
    await page.getByTestId("open-data-input").setInputFiles({
      name: `towns-${size}.links.csv`,
      mimeType: "text/csv",
      buffer: Buffer.from(text),
    });
    await page.waitForFunction(() => window.__layoutBench.drawingAt !== null, null, {
      timeout: 600_000,
      polling: 200,
    });
    const chosen = await page.locator('[data-testid="layout-result"]').getAttribute("data-layout", {
      timeout: 600_000,
    });
    if (chosen !== "links") throw new Error(`the edge list was laid out as ${chosen}`);
    const { tasks, drawingAt, progress, layoutAt } = await page.evaluate(() => ({
      ...window.__layoutBench,
      // Set by the app where the layout's own work begins (src/ui/importLayout.ts).
      layoutAt: performance.getEntriesByName("layout-by-links", "mark")[0]?.startTime,
    }));
    if (layoutAt === undefined) throw new Error("the app set no layout-by-links mark");
    const longest = (from) =>
      Math.max(0, ...tasks.filter(([start]) => start >= from && start < drawingAt).map(([, d]) => d));
    return {
      importAndLayoutMs: drawingAt - chosenAt,
      importAndLayoutLongestTask: longest(chosenAt),
      layoutMs: drawingAt - layoutAt,
      // A task that began just before the mark may hold it: the one the mark fell in counts too.
      layoutLongestTask: Math.max(
        longest(layoutAt),
        ...tasks.filter(([start, d]) => start < layoutAt && start + d > layoutAt).map(([, d]) => d),
      ),
      layoutLongTasks: tasks.filter(([start]) => start >= layoutAt && start < drawingAt).length,
      layoutProgressUpdates: progress,
    };
  } finally {
    await opened.context.close();
  }
}
