/**
 * Runs `callback` in the task after the next frame is drawn (a frame callback runs before the frame's
 * style, layout and paint; a task posted from it runs after them). Without frames (a hidden page, no
 * `requestAnimationFrame`, Node), in the next task. Returns a cancel function.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drawsFrames =
    typeof requestAnimationFrame === "function" &&
    typeof document !== "undefined" &&
    document.visibilityState !== "hidden";
  if (!drawsFrames) {
    timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
