import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AttractLoopOptions, createAttractLoop, nextStepInLoop } from "../../../src/lib/attractLoop";

function loop(overrides: Partial<AttractLoopOptions> = {}) {
  const calls: string[] = [];
  const attract = createAttractLoop({
    idleMs: 90_000,
    dwellMs: 12_000,
    onStart: () => calls.push("start"),
    onAdvance: () => calls.push("advance"),
    onPhase: (phase) => calls.push(phase),
    ...overrides,
  });
  return { attract, calls };
}

describe("the attract loop", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts after the idle time, then advances every dwell", () => {
    const { attract, calls } = loop();
    vi.advanceTimersByTime(89_999);
    expect(calls).toEqual([]);
    expect(attract.phase()).toBe("visitor");
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(["attract", "start"]);
    expect(attract.phase()).toBe("attract");
    vi.advanceTimersByTime(11_999);
    expect(calls).toEqual(["attract", "start"]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(["attract", "start", "advance"]);
    vi.advanceTimersByTime(12_000 * 3);
    expect(calls.filter((c) => c === "advance")).toHaveLength(4);
    expect(calls.filter((c) => c === "start")).toHaveLength(1);
  });

  it("counts the idle time afresh after each input", () => {
    const { attract, calls } = loop({ idleMs: 3_000 });
    vi.advanceTimersByTime(2_500);
    attract.input();
    vi.advanceTimersByTime(2_500);
    attract.input();
    vi.advanceTimersByTime(2_999);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(["attract", "start"]);
  });

  it("stops on input, hands control to the visitor, and starts again after the idle time", () => {
    const { attract, calls } = loop({ idleMs: 3_000, dwellMs: 5_000 });
    vi.advanceTimersByTime(3_000 + 5_000);
    expect(calls).toEqual(["attract", "start", "advance"]);
    attract.input();
    expect(attract.phase()).toBe("visitor");
    expect(calls.at(-1)).toBe("visitor");
    // No advance while the visitor is in control, however long the dwell would have been.
    vi.advanceTimersByTime(2_999);
    expect(calls).toEqual(["attract", "start", "advance", "visitor"]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(["attract", "start", "advance", "visitor", "attract", "start"]);
  });

  it("reports a phase only when it changes", () => {
    const { attract, calls } = loop({ idleMs: 3_000 });
    attract.input();
    attract.input();
    expect(calls).toEqual([]);
  });

  it("does nothing once disposed", () => {
    const { attract, calls } = loop({ idleMs: 3_000 });
    attract.dispose();
    attract.input();
    vi.advanceTimersByTime(60_000);
    expect(calls).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("keeps one timer at a time, however long it runs", () => {
    const { attract } = loop({ idleMs: 3_000, dwellMs: 3_000 });
    for (let i = 0; i < 200; i++) {
      vi.advanceTimersByTime(3_000);
      if (i % 7 === 0) attract.input();
      expect(vi.getTimerCount()).toBe(1);
    }
  });
});

describe("nextStepInLoop", () => {
  it("goes to the next step and from the last back to the first", () => {
    expect(nextStepInLoop(1, 10)).toBe(2);
    expect(nextStepInLoop(9, 10)).toBe(10);
    expect(nextStepInLoop(10, 10)).toBe(1);
    expect(nextStepInLoop(1, 1)).toBe(1);
    expect(nextStepInLoop(12, 10)).toBe(1);
    expect(nextStepInLoop(0, 10)).toBe(1);
  });
});
