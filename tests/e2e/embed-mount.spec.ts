// mount() for same-origin hosts (dist/embed/mount.js), on the production build: setState, getState and on
// drive a mounted view, and 200 mount/destroy cycles leave the heap, the DOM and the listeners as they were.

import { expect, test } from "./support/fixtures";
import { expectSameIds, idsOfSectors, readDataset } from "./support/helpers";

/** What the tests use of the module's API (see the README, "Same-origin module"). */
interface MountedView {
  setState(patch: Record<string, unknown>): void;
  getState(): { visibleIds: string[]; selectedId: string | null };
  on(
    type: string,
    listener: (event: { state: { visibleIds: string[] }; id: string | null }) => void,
  ): () => void;
  destroy(): void;
}
interface MountModule {
  mount(element: HTMLElement, options: Record<string, unknown>): MountedView;
}

/** The module's address as the page imports it (a variable, so TypeScript does not resolve it here). */
const MOUNT_MODULE = "./embed/mount.js";

test("mount: setState, getState and on drive a view mounted in a same-origin page", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage();
  await page.route(`${baseUrl}host.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><html lang="fr"><title>Host</title><div id="slot"></div>',
    }),
  );
  await page.goto(`${baseUrl}host.html`);
  const result = await page.evaluate(async (moduleUrl) => {
    const { mount }: MountModule = await import(moduleUrl);
    const slot = document.getElementById("slot");
    if (!slot) throw new Error("no slot");
    const view = mount(slot, {
      view: "sector=coal",
      flags: { legend: false },
    });
    const events: Array<[string, string | number | null]> = [];
    view.on("stateChange", (e) => events.push(["stateChange", e.state.visibleIds.length]));
    view.on("select", (e) => events.push(["select", e.id]));
    view.setState({ filters: { sectors: ["fert"] } });
    await new Promise((resolve) => view.on("ready", resolve));
    const ready = view.getState();
    view.setState({ selectedId: "taiyuan-chem" });
    await new Promise<void>((resolve) => {
      const check = () =>
        document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.ready
          ? resolve()
          : setTimeout(check, 20);
      check();
    });
    const shown = document.querySelector('[data-testid="graph"]')?.graphProbe.shownIds() ?? [];
    const legend = document.querySelectorAll(".legend").length;
    view.destroy();
    view.destroy();
    return {
      ready,
      after: view.getState(),
      events,
      shown,
      legend,
      slot: slot.innerHTML,
      lang: document.documentElement.lang,
    };
  }, MOUNT_MODULE);
  const dataset = readDataset();
  expectSameIds(
    result.ready.visibleIds,
    idsOfSectors(dataset, ["fert"]),
    "a setState before ready applies on load",
  );
  expect(result.after.selectedId, "setState select").toBe("taiyuan-chem");
  expectSameIds(result.shown, idsOfSectors(dataset, ["fert"]), "what the mounted graph shows");
  expect(result.events, "the events the view emitted").toEqual([
    ["stateChange", idsOfSectors(dataset, ["fert"]).length],
    ["select", "taiyuan-chem"],
  ]);
  expect(result.legend, "flags.legend=false still shows the legend").toBe(0);
  expect(result.slot, "destroy empties the element").toBe("");
  expect(result.lang, "destroy leaves the host's language").toBe("fr");
});

test("mount: a map mounted in a page elsewhere on the host finds the rivers beside the module", async ({
  newPage,
  baseUrl,
}) => {
  const page = await newPage({ contextOptions: { viewport: { width: 1200, height: 800 } } });
  const rivers: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".geojson")) rivers.push(request.url());
  });
  // A page two folders down: the page's own address would put the rivers at hosts/deep/data/geo/.
  await page.route(`${baseUrl}hosts/deep/host.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><html lang="en"><title>Host</title><div id="slot" style="width:900px;height:600px"></div>',
    }),
  );
  await page.goto(`${baseUrl}hosts/deep/host.html`);
  await page.evaluate(async (moduleUrl) => {
    const { mount }: MountModule = await import(moduleUrl);
    const slot = document.getElementById("slot");
    if (!slot) throw new Error("no slot");
    mount(slot, { view: "view=map" });
  }, `${baseUrl}embed/mount.js`);
  const base = page.getByTestId("map-base");
  await expect(base).toHaveAttribute("data-rivers", /^[1-9]\d*$/, { timeout: 20_000 });
  expect(rivers).toEqual([`${baseUrl}data/geo/shanxi-rivers.geojson`]);
});

test("mount: 200 mount/destroy cycles leave the heap within 2 MB and the DOM and listeners at baseline", async ({
  newPage,
  baseUrl,
}) => {
  // Each cycle re-adds the stylesheet and reloads its font faces (~1 s on two shared cores).
  test.setTimeout(600_000);
  const page = await newPage({ contextOptions: { viewport: { width: 1000, height: 700 } } });
  await page.route(`${baseUrl}host.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><html lang="en"><title>Host</title><div id="slot"></div>',
    }),
  );
  await page.goto(`${baseUrl}host.html`);
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    for (let i = 0; i < 3; i += 1) await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const listenersOf = async (expression: string) => {
      const { result } = await cdp.send("Runtime.evaluate", { expression });
      if (!result.objectId) throw new Error(`no object for ${expression}`);
      return (await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId })).listeners;
    };
    const listeners = await listenersOf("window");
    const docListeners = await listenersOf("document");
    const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    await cdp.send("Runtime.releaseObjectGroup", { objectGroup: "" }).catch(() => undefined);
    return {
      heap: usedSize,
      nodes,
      windowListeners: listeners.length,
      documentListeners: docListeners.length,
    };
  };
  const cycles = (n: number) =>
    page.evaluate(
      async ({ count, moduleUrl }) => {
        const { mount }: MountModule = await import(moduleUrl);
        const slot = document.getElementById("slot");
        if (!slot) throw new Error("no slot");
        for (let i = 0; i < count; i += 1) {
          const view = mount(slot, { view: i % 2 ? "sector=coal" : "sector=power&node=ty-tpp1" });
          await new Promise((resolve) => view.on("ready", resolve));
          await new Promise<void>((resolve) => {
            const check = () =>
              slot.querySelector('[data-testid="graph"][data-ready]') ? resolve() : setTimeout(check, 5);
            check();
          });
          view.destroy();
        }
      },
      { count: n, moduleUrl: MOUNT_MODULE },
    );

  // One warm-up cycle loads the modules, the dataset cache and the stylesheets' fonts; cytoscape adds its
  // one <style> to <head> for the page's lifetime.
  const initial = await measure();
  await cycles(1);
  const baseline = await measure();
  const started = Date.now();
  await cycles(200);
  const after = await measure();
  const growth = after.heap - baseline.heap;
  console.log(
    `    200 cycles in ${((Date.now() - started) / 1000).toFixed(1)} s: heap ${(baseline.heap / 1e6).toFixed(2)} → ${(after.heap / 1e6).toFixed(2)} MB` +
      ` (growth ${(growth / 1e6).toFixed(3)} MB); DOM elements ${initial.nodes} before any mount, ${baseline.nodes} after the warm-up, ${after.nodes} after 200;` +
      ` window listeners ${baseline.windowListeners} → ${after.windowListeners}; document listeners ${baseline.documentListeners} → ${after.documentListeners}`,
  );
  expect(growth, `heap grew by ${(growth / 1e6).toFixed(2)} MB over 200 cycles`).toBeLessThan(2_000_000);
  expect(after.nodes, `DOM elements ${baseline.nodes} → ${after.nodes}`).toBe(baseline.nodes);
  expect(
    after.windowListeners,
    `window listeners ${baseline.windowListeners} → ${after.windowListeners}`,
  ).toBe(baseline.windowListeners);
  expect(
    after.documentListeners,
    `document listeners ${baseline.documentListeners} → ${after.documentListeners}`,
  ).toBe(baseline.documentListeners);
});
