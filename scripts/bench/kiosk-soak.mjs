// The kiosk soak (issue #16: "it runs for hours"). The app at ?kiosk=1, with its default idle and
// dwell, is left alone and its own attract loop (src/lib/attractLoop.ts, on the page's setTimeout)
// plays the story round and round; now and then a visitor taps a node, which stops the loop, and the
// loop starts again after the idle time. The JS heap, DOM nodes and event listeners are read at
// checkpoints (by default after 50, 500 and 1,000 story steps), each after two forced collections:
// from 50 to 500 steps the heap may grow at most 2 MB, the DOM and listener counts not at all.
//
// Hours in minutes: the page runs on Playwright's clock (page.clock), which replaces the page's
// setTimeout, requestAnimationFrame, requestIdleCallback, performance.now and Date. The soak pauses it
// once the kiosk has loaded and then advances it dwell by dwell (clock.runFor), which fires every
// timer and animation frame due in that time, in order, 16 ms apart: the loop's own timers, the
// camera's 600 ms animation frame by frame, and the idle frames between steps. Only the waiting is
// skipped; nothing in the app is bypassed or stubbed.

const SELECTORS = {
  counter: '[data-testid="story-counter"]',
  invite: '[data-testid="kiosk-invite"]',
  graph: '[data-testid="graph"]',
  bar: '[data-testid="story-bar"]',
};
/**
 * The shortest idle and dwell the kiosk accepts (src/ui/kiosk/kioskParams.ts; its defaults are 90 and
 * 12): longer ones only add idle animation frames between the steps, which cost the soak time.
 */
export const KIOSK_TIMING = { idleSeconds: 3, dwellSeconds: 3 };
/** A visitor taps a node this many story steps after the loop (re)starts; it restarts after `idle`. */
const VISIT_EVERY = 50;
export const HEAP_LIMIT_BYTES = 2e6;

async function counters(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { nodes, jsEventListeners, documents } = await cdp.send("Memory.getDOMCounters");
  return { heap: usedSize, nodes, listeners: jsEventListeners, documents };
}

/** Writes a heap snapshot (after a forced collection) to `file`, for scripts/bench/heap-diff.mjs. */
async function writeHeapSnapshot(cdp, file) {
  const fs = await import("node:fs");
  const out = fs.createWriteStream(file);
  const onChunk = ({ chunk }) => out.write(chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false, captureNumericValue: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}

/** The story's counter ("3 / 10", "第 3 步，共 10 步") and whether the attract loop is playing. */
const storyState = (page) =>
  page.evaluate((s) => {
    const [step, total] = (document.querySelector(s.counter)?.textContent?.match(/\d+/g) ?? []).map(Number);
    const graph = document.querySelector(s.graph);
    return {
      step,
      total,
      attract: document.querySelector(s.invite) !== null,
      animating: graph.graphProbe.animating(),
    };
  }, SELECTORS);

/** Page coordinates of a node drawn clear of the story bar and the graph's edges. */
const nodeToTap = (page, nth) =>
  page.evaluate(
    ({ s, nth }) => {
      const graph = document.querySelector(s.graph);
      const box = graph.getBoundingClientRect();
      const bar = document.querySelector(s.bar)?.getBoundingClientRect();
      const points = [];
      for (const id of graph.graphProbe.shownIds()) {
        const at = graph.graphProbe.positionOf(id);
        if (!at) continue;
        const x = box.left + at.x;
        const y = box.top + at.y;
        const clear = !bar || x > bar.right + 8 || y < bar.top - 8;
        if (clear && x > box.left + 8 && x < box.right - 8 && y > box.top + 8 && y < box.bottom - 8)
          points.push({ x, y });
      }
      return points.length > 0 ? points[nth % points.length] : null;
    },
    { s: SELECTORS, nth },
  );

/**
 * Opens `url` (the app at ?kiosk=1) through `newContext(url, prepare)` — `prepare(context)` runs before
 * the page loads — and lets the attract loop play `checkpoints.at(-1)` story steps. A story step is the
 * loop showing a step: its start (step 1) or an advance. Returns the counters at each checkpoint.
 * `snapshot(steps)` may name a file for a heap snapshot at that checkpoint.
 */
export async function kioskSoak({
  newContext,
  baseUrl,
  checkpoints = [50, 500, 1000],
  timing = KIOSK_TIMING,
  snapshot = () => null,
  log = () => {},
}) {
  const url = `${baseUrl}?kiosk=1&idle=${timing.idleSeconds}&dwell=${timing.dwellSeconds}`;
  const idleMs = timing.idleSeconds * 1000;
  const dwellMs = timing.dwellSeconds * 1000;
  const { context, page, cdp } = await newContext(url, (context) => context.clock.install());
  try {
    await page.waitForSelector(SELECTORS.counter);
    await page.waitForSelector("html[data-views-loaded]", { state: "attached" });
    // From here on the page's time moves only when the soak moves it (a moment ahead: pauseAt cannot
    // go back, and the page's clock runs on while the call travels).
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const began = Date.now();
    const results = [];
    let steps = 0;
    let visits = 0;
    let sinceStart = 0;
    let last = null;

    // Lets the page's time run `ms` and checks that the loop showed `expected` (step number).
    const runExpecting = async (ms, expected, what) => {
      await page.clock.runFor(ms);
      const now = await storyState(page);
      if (!now.attract || now.step !== expected || now.animating)
        throw new Error(
          `kiosk soak, step ${steps + 1} (${what}): expected the loop playing step ${expected} at rest, found ${JSON.stringify(now)}`,
        );
      steps += 1;
      sinceStart += 1;
      last = now;
    };

    // A visitor taps a node and leaves: the loop starts `idle` later. Each check falls midway between
    // two of the loop's steps, when the camera is at rest.
    const visit = async () => {
      const point = await nodeToTap(page, visits);
      if (!point) throw new Error("kiosk soak: no node to tap");
      await page.mouse.click(point.x, point.y);
      visits += 1;
      if ((await storyState(page)).attract) throw new Error("kiosk soak: a tap did not stop the loop");
      sinceStart = 0;
      await runExpecting(idleMs + dwellMs / 2, 1, "the loop starts after idle");
    };
    await visit();
    for (const checkpoint of checkpoints) {
      while (steps < checkpoint) {
        if (sinceStart === VISIT_EVERY) await visit();
        else await runExpecting(dwellMs, last.step >= last.total ? 1 : last.step + 1, "the loop advances");
      }
      const at = { steps, ...(await counters(cdp)), seconds: (Date.now() - began) / 1000 };
      const file = snapshot(steps);
      if (file) await writeHeapSnapshot(cdp, file);
      results.push(at);
      log(
        `kiosk soak: ${steps} steps, heap ${(at.heap / 1e6).toFixed(2)} MB, ${at.nodes} nodes, ${at.listeners} listeners (${at.seconds.toFixed(0)} s)`,
      );
    }
    const [warm, end] = results;
    return {
      url,
      timing,
      visitEvery: VISIT_EVERY,
      visits,
      pageHours: (await page.evaluate(() => performance.now())) / 3.6e6,
      checkpoints: results,
      heapGrowth: end.heap - warm.heap,
      nodeGrowth: end.nodes - warm.nodes,
      listenerGrowth: end.listeners - warm.listeners,
      seconds: (Date.now() - began) / 1000,
    };
  } finally {
    await context.close();
  }
}

const mb = (bytes) => (bytes / 1e6).toFixed(2);
const signed = (value, digits = 2) => `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(digits)}`;

/** The soaks' figures (one or more runs) as Markdown. */
export function kioskTable(runs) {
  const first = runs[0];
  const points = first.checkpoints.map((c) => c.steps);
  const segments = points.slice(1).map((p, i) => `${points[i]}→${p}`);
  const lines = [
    `\n#### kiosk soak: the attract loop plays ${points.at(-1)} story steps at ?kiosk=1 (idle ${first.timing.idleSeconds} s, dwell ${first.timing.dwellSeconds} s)\n`,
    `About ${first.pageHours.toFixed(1)} hours of the page's time on its own clock (Playwright page.clock, advanced dwell by dwell: every timer and animation frame runs, only the waiting is skipped); a visitor taps a node every ${first.visitEvery} steps and the loop starts again after the idle time. Heap: CDP Runtime.getHeapUsage after two forced collections. Limit: the heap after ${points[1]} steps at most ${mb(HEAP_LIMIT_BYTES)} MB above the heap after ${points[0]}; DOM nodes and listeners unchanged. Growth is given in MB and in kB a step: a cache that levels off grows less a step in a later stretch, a leak as much.\n`,
    `| run | ${points.map((p) => `heap after ${p} (MB)`).join(" | ")} | ${segments.map((s, i) => `growth ${s}${i === 0 ? ` (limit ${mb(HEAP_LIMIT_BYTES)})` : ""}`).join(" | ")} | DOM nodes | listeners | time |`,
    `|---|${points.map(() => "---:").join("|")}|${segments.map(() => "---:").join("|")}|---:|---:|---:|`,
  ];
  for (const [i, run] of runs.entries()) {
    const c = run.checkpoints;
    const growth = c.slice(1).map((p, j) => {
      const bytes = p.heap - c[j].heap;
      const perStep = `${signed(bytes / 1e3 / (p.steps - c[j].steps), 1)} kB/step`;
      const verdict = j > 0 ? "" : bytes <= HEAP_LIMIT_BYTES ? ", within" : ", **over**";
      return `${signed(bytes / 1e6)} (${perStep}${verdict})`;
    });
    lines.push(
      `| ${i + 1} | ${c.map((p) => mb(p.heap)).join(" | ")} | ${growth.join(" | ")} | ${c.map((p) => p.nodes).join(" → ")} | ${c.map((p) => p.listeners).join(" → ")} | ${run.seconds.toFixed(0)} s |`,
    );
  }
  return lines.join("\n");
}
