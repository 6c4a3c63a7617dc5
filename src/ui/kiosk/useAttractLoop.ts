/**
 * Connects the attract loop (lib/attractLoop.ts) to the page: a touch, click, wheel or key anywhere
 * in the page is the visitor's input; the loop's start and steps are the caller's to show.
 */
import { useEffect, useRef, useState } from "react";
import { type AttractPhase, createAttractLoop } from "../../lib/attractLoop";

/** Input that means somebody is there; a pointer merely moving does not (a stray mouse, a draught). */
const INPUT_EVENTS = ["pointerdown", "touchstart", "keydown", "wheel"] as const;

export interface AttractActions {
  /** The loop begins: back to the start. */
  start(): void;
  /** Next step (the first after the last). */
  advance(): void;
}

export function useAttractLoop(idleSeconds: number, dwellSeconds: number, actions: AttractActions) {
  const [phase, setPhase] = useState<AttractPhase>("visitor");
  const actionsRef = useRef(actions);
  actionsRef.current = actions;

  useEffect(() => {
    const loop = createAttractLoop({
      idleMs: idleSeconds * 1000,
      dwellMs: dwellSeconds * 1000,
      onStart: () => actionsRef.current.start(),
      onAdvance: () => actionsRef.current.advance(),
      onPhase: setPhase,
    });
    const onInput = () => loop.input();
    const options = { capture: true, passive: true } as const;
    for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, options);
    return () => {
      loop.dispose();
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, options);
    };
  }, [idleSeconds, dwellSeconds]);

  return phase;
}
