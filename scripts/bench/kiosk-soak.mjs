// The kiosk soak (issue #16: "it runs for hours"): the app at ?kiosk=1 steps through its story 500
// times, as the attract loop and visitors do (Next, and Start again after the last step; a tap on a
// node every ten steps opens its details). The JS heap, DOM nodes and event listeners are read after
// 50 steps and after 500, each after two forced collections: the heap may grow at most 2 MB between
// them, and the DOM and listener counts not at all.

const STORY = {
  counter: '[data-testid="story-counter"]',
  next: '[data-testid="story-next"]',
  startAgain: '[data-testid="kiosk-start-again"]',
};

async function counters(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { nodes, jsEventListeners, documents } = await cdp.send("Memory.getDOMCounters");
  return { heap: usedSize, nodes, listeners: jsEventListeners, documents };
}

/** One story step: Next, or Start again on the last step; resolves once the graph is at rest. */
const stepOnce = (page) =>
  page.evaluate(async (selectors) => {
    const text = () => document.querySelector(selectors.counter)?.textContent ?? "";
    const before = text();
    const [step, total] = (before.match(/\d+/g) ?? ["1", "1"]).map(Number);
    document.querySelector(step >= total ? selectors.startAgain : selectors.next).click();
    const graph = document.querySelector('[data-testid="graph"]');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 600 && (text() === before || graph.graphProbe.animating()); i++) await frame();
    await window.__bench.macrotask();
  }, STORY);

/** Taps (clicks) a node drawn clear of the story card, opening its details. */
async function tapANode(page) {
  const point = await page.evaluate(() => {
    const graph = document.querySelector('[data-testid="graph"]');
    const box = graph.getBoundingClientRect();
    const bar = document.querySelector('[data-testid="story-bar"]')?.getBoundingClientRect();
    for (const id of graph.graphProbe.shownIds()) {
      const at = graph.graphProbe.positionOf(id);
      if (!at) continue;
      const x = box.left + at.x;
      const y = box.top + at.y;
      const clear = !bar || x > bar.right + 8 || y < bar.top - 8;
      if (clear && x > box.left + 8 && x < box.right - 8 && y > box.top + 8 && y < box.bottom - 8)
        return { x, y };
    }
    return null;
  });
  if (point) await page.mouse.click(point.x, point.y);
}

async function runSteps(page, from, to) {
  for (let i = from; i < to; i++) {
    await stepOnce(page);
    if (i % 10 === 5) await tapANode(page);
  }
}

/**
 * Opens `url` (the app with ?kiosk=1) in a fresh context from `newContext` and runs the soak.
 * Returns the counters after `warmSteps` and after `steps` steps, and the seconds it took.
 */
export async function kioskSoak({ newContext, url, warmSteps = 50, steps = 500 }) {
  const { context, page, cdp } = await newContext(url);
  try {
    await page.waitForSelector(STORY.counter);
    await page.waitForSelector("html[data-views-loaded]", { state: "attached" });
    const began = Date.now();
    await runSteps(page, 0, warmSteps);
    const warm = await counters(cdp);
    await runSteps(page, warmSteps, steps);
    const end = await counters(cdp);
    return {
      warmSteps,
      steps,
      warm,
      end,
      heapGrowth: end.heap - warm.heap,
      nodeGrowth: end.nodes - warm.nodes,
      listenerGrowth: end.listeners - warm.listeners,
      seconds: (Date.now() - began) / 1000,
    };
  } finally {
    await context.close();
  }
}

/** The soak's figures as Markdown table rows. */
export function kioskTable(result) {
  const mb = (bytes) => (bytes / 1e6).toFixed(2);
  const { warm, end } = result;
  return [
    `\n#### kiosk soak: ${result.steps} story steps at ?kiosk=1 (${result.seconds.toFixed(0)} s)\n`,
    `| figure | after ${result.warmSteps} steps | after ${result.steps} steps | growth (limit) |`,
    "|---|---:|---:|---:|",
    `| JS heap (MB) | ${mb(warm.heap)} | ${mb(end.heap)} | ${mb(result.heapGrowth)} (2.00) |`,
    `| DOM nodes | ${warm.nodes} | ${end.nodes} | ${result.nodeGrowth} (0) |`,
    `| JS event listeners | ${warm.listeners} | ${end.listeners} | ${result.listenerGrowth} (0) |`,
  ].join("\n");
}
