/**
 * The reader's own pointer movements, told apart from the pointer events a browser sends when the page
 * changes under a pointer that stands still (after a view switch it reports what is now under the
 * pointer as entered, and may send a move at the same spot). A movement changes the position or has a
 * movement delta.
 */
export function watchPointerMoves(win: Window, onMove: () => void): () => void {
  let last: { x: number; y: number } | null = null;
  const onPointer = (event: PointerEvent) => {
    // With no position known yet (no pointer event since the page opened), a move is taken as one.
    const moved =
      last === null ||
      event.movementX !== 0 ||
      event.movementY !== 0 ||
      last.x !== event.clientX ||
      last.y !== event.clientY;
    last = { x: event.clientX, y: event.clientY };
    if (moved && event.type === "pointermove") onMove();
  };
  // Captured on the window, so that a move is known before any element below handles it.
  const options = { capture: true, passive: true };
  win.addEventListener("pointermove", onPointer, options);
  win.addEventListener("pointerdown", onPointer, options);
  return () => {
    win.removeEventListener("pointermove", onPointer, options);
    win.removeEventListener("pointerdown", onPointer, options);
  };
}
