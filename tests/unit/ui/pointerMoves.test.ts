// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { watchPointerMoves } from "../../../src/ui/pointerMoves";

const move = (x: number, y: number, movementX = 0, movementY = 0) =>
  window.dispatchEvent(new PointerEvent("pointermove", { clientX: x, clientY: y, movementX, movementY }));

let stop = () => {};
afterEach(() => stop());

describe("watchPointerMoves", () => {
  it("reports a move to a new spot, not a move the browser sends where the pointer stands", () => {
    const onMove = vi.fn();
    stop = watchPointerMoves(window, onMove);
    window.dispatchEvent(new PointerEvent("pointerdown", { clientX: 40, clientY: 60 }));
    move(40, 60);
    expect(onMove).not.toHaveBeenCalled();
    move(41, 60);
    expect(onMove).toHaveBeenCalledTimes(1);
    move(41, 60, 0, 2);
    expect(onMove).toHaveBeenCalledTimes(2);
  });

  it("takes the first move since the page opened as a move", () => {
    const onMove = vi.fn();
    stop = watchPointerMoves(window, onMove);
    move(10, 10);
    expect(onMove).toHaveBeenCalledTimes(1);
  });

  it("stops listening when stopped", () => {
    const onMove = vi.fn();
    watchPointerMoves(window, onMove)();
    move(1, 1, 1, 1);
    expect(onMove).not.toHaveBeenCalled();
  });
});
