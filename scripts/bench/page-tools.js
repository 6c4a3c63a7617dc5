// Injected into every benchmark page (app and bare) before its own scripts run, as window.__bench.
// The same code measures both pages: "to the next painted frame" is the second requestAnimationFrame
// callback after the change (the first runs right after Cytoscape's own render callback of that frame,
// the second after that frame has been presented).
(() => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  const twoFrames = async () => {
    await frame();
    await frame();
    return performance.now();
  };
  const graph = () => document.querySelector('[data-testid="graph"]');
  const state = { readyAt: null, firstFrameAt: null, pending: null, longestTask: 0 };

  // How long the page stops answering input: the longest main-thread task since the last reset.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longestTask = Math.max(state.longestTask, entry.duration);
  }).observe({ type: "longtask", buffered: true });

  // First complete frame: two frames after the graph container says the graph holds its elements.
  const observer = new MutationObserver(() => {
    const element = graph();
    if (state.readyAt !== null || element?.getAttribute("data-ready") !== "true") return;
    state.readyAt = performance.now();
    observer.disconnect();
    twoFrames().then((at) => {
      state.firstFrameAt = at;
    });
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-ready"],
  });

  const macrotask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(undefined);
      channel.port2.postMessage(null);
    });

  window.__bench = {
    state,
    twoFrames,
    /** The longest main-thread task since the last call, and starts counting afresh. */
    takeLongestTask() {
      const longest = state.longestTask;
      state.longestTask = 0;
      return longest;
    },
    macrotask,
    /** Runs a change and returns the time to the next painted frame. */
    async timed(change) {
      const start = performance.now();
      change();
      return (await twoFrames()) - start;
    },
    /** Times the next `type` event (seen first, at window capture) to the next painted frame. */
    armEvent(type) {
      state.pending = new Promise((resolve) => {
        window.addEventListener(
          type,
          () => {
            const start = performance.now();
            twoFrames().then((end) => resolve(end - start));
          },
          { capture: true, once: true },
        );
      });
    },
    armed: () => state.pending,
    /** Waits until frames come quickly again (caches refilled, animations done), or `maxMs`. */
    async settle(maxMs = 5000) {
      const until = performance.now() + maxMs;
      let quick = 0;
      let last = await twoFrames();
      while (quick < 5 && performance.now() < until) {
        const now = await twoFrames();
        quick = now - last < 60 ? quick + 1 : 0;
        last = now;
      }
    },
    /**
     * A scripted pan and zoom through the same DOM events a mouse makes: one second of dragging
     * from `point` (container coordinates, an empty spot) and back, then one second of wheel zoom
     * to twice the size and back. Positions and zoom follow the clock, not the frame count, so a slow
     * page is asked for the same motion. Returns the rAF callbacks counted per second.
     */
    async panZoom(point, ms = 2000) {
      const rect = graph().getBoundingClientRect();
      const x0 = rect.left + point.x;
      const y0 = rect.top + point.y;
      const target = document.elementFromPoint(x0, y0);
      const mouse = (type, x, y) =>
        target.dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            cancelable: true,
            view: window,
            clientX: x,
            clientY: y,
            button: 0,
            buttons: type === "mouseup" ? 0 : 1,
          }),
        );
      let frames = 0;
      let zoomAsked = 1;
      let released = false;
      const start = performance.now();
      let last = start;
      mouse("mousedown", x0, y0);
      await new Promise((resolve) => {
        const tick = () => {
          frames += 1;
          last = performance.now();
          const t = last - start;
          if (t < ms / 2) {
            const angle = (t / (ms / 2)) * 2 * Math.PI;
            mouse("mousemove", x0 + 150 * Math.sin(angle), y0 + 90 * (1 - Math.cos(angle)));
          } else if (!released) {
            mouse("mouseup", x0, y0);
            released = true;
          } else if (t < ms) {
            const phase = (t - ms / 2) / (ms / 2);
            const wanted = 2 ** (1 - Math.abs(2 * phase - 1));
            // Cytoscape zooms by 10^(-deltaY / 250) per wheel event, but caps |deltaY| at 5 here (a factor
            // of 1.047): on a page drawing few frames a second the zoom reached is less than asked for.
            const deltaY = -250 * Math.log10(wanted / zoomAsked) + 1e-3;
            zoomAsked = wanted;
            target.dispatchEvent(
              new WheelEvent("wheel", { bubbles: true, cancelable: true, clientX: x0, clientY: y0, deltaY }),
            );
          }
          if (t >= ms) resolve(undefined);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      if (!released) mouse("mouseup", x0, y0);
      return { frames, ms: last - start, fps: (frames * 1000) / (last - start) };
    },
  };
})();
