import { afterEach, describe, expect, it, vi } from "vitest";
import { startHeightReporter } from "../../../src/embed/heightReporter";

/** A ResizeObserver the test triggers by hand. */
class FakeResizeObserver {
  static current: FakeResizeObserver | null = null;
  observed: unknown[] = [];
  disconnected = false;
  constructor(readonly callback: () => void) {
    FakeResizeObserver.current = this;
  }
  observe(target: unknown) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
}

function setUp() {
  vi.stubGlobal("ResizeObserver", FakeResizeObserver);
  let height = 612.4;
  const content = { getBoundingClientRect: () => ({ height }) } as unknown as HTMLElement;
  const posted: Array<[unknown, string]> = [];
  const parent = { postMessage: (message: unknown, target: string) => posted.push([message, target]) };
  const win = { parent } as unknown as Window;
  return {
    content,
    win,
    posted,
    resize: (next: number) => {
      height = next;
      FakeResizeObserver.current?.callback();
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe("height reporter", () => {
  it("posts the content height in both shapes to '*', again only when it changes, until stopped", () => {
    const { content, win, posted, resize } = setUp();
    const stop = startHeightReporter(content, win);
    expect(posted).toEqual([
      [{ sentinel: "amp", type: "embed-size", height: 613 }, "*"],
      [{ "datawrapper-height": { "shanxi-networks": 613 } }, "*"],
    ]);
    resize(612.9);
    expect(posted).toHaveLength(2);
    resize(900);
    expect(posted.map(([message]) => message)).toContainEqual({
      sentinel: "amp",
      type: "embed-size",
      height: 900,
    });
    stop();
    expect(FakeResizeObserver.current?.disconnected).toBe(true);
  });

  it("does nothing in a top-level page", () => {
    const { content, posted } = setUp();
    const top = {} as { parent: unknown };
    top.parent = top;
    startHeightReporter(content, top as unknown as Window);
    expect(posted).toEqual([]);
  });
});
