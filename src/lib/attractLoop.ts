/**
 * A gallery screen's attract loop, with no DOM or framework: after `idleMs` without input it resets
 * the exhibit to its start and plays it, one step every `dwellMs`, round and round. Input (a touch, a
 * click, a key) hands control back to the visitor and starts the idle count again.
 */

/** Who is in control: the visitor, or the loop that plays while nobody is there. */
export type AttractPhase = "visitor" | "attract";

/** The clock the loop runs on (the page's timers; fake ones in tests). */
export interface LoopTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AttractLoopOptions {
  idleMs: number;
  dwellMs: number;
  /** The loop begins: show the start of the exhibit. */
  onStart(): void;
  /** `dwellMs` after the start or the last advance: show the next step. */
  onAdvance(): void;
  onPhase?(phase: AttractPhase): void;
  timers?: LoopTimers;
}

export interface AttractLoop {
  phase(): AttractPhase;
  /** The visitor did something: stop the loop if it plays, and count the idle time afresh. */
  input(): void;
  /** Stops every timer for good. */
  dispose(): void;
}

const pageTimers: LoopTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createAttractLoop(options: AttractLoopOptions): AttractLoop {
  const { idleMs, dwellMs, timers = pageTimers } = options;
  let phase: AttractPhase = "visitor";
  let timer: unknown;
  let disposed = false;

  const setPhase = (next: AttractPhase) => {
    if (next === phase) return;
    phase = next;
    options.onPhase?.(next);
  };
  const advanceLater = () => {
    timer = timers.setTimeout(() => {
      options.onAdvance();
      advanceLater();
    }, dwellMs);
  };
  const idleLater = () => {
    timer = timers.setTimeout(() => {
      setPhase("attract");
      options.onStart();
      advanceLater();
    }, idleMs);
  };

  idleLater();
  return {
    phase: () => phase,
    input() {
      if (disposed) return;
      timers.clearTimeout(timer);
      setPhase("visitor");
      idleLater();
    },
    dispose() {
      disposed = true;
      timers.clearTimeout(timer);
    },
  };
}

/** The step after `step` of `total` (counted from 1), the first after the last. */
export function nextStepInLoop(step: number, total: number): number {
  return step >= total || step < 1 ? 1 : step + 1;
}
