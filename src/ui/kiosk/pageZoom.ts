/**
 * On a gallery's touch screen a pinch must zoom the graph, never the page. kiosk.css leaves the page no
 * pinch (touch-action: pan-x pan-y everywhere but the graph, which zooms itself); here Safari's gesture
 * events are cancelled, and so is Ctrl + wheel (a trackpad pinch) outside the graph. The viewport meta
 * is left alone: `user-scalable=no` would also take zoom from those who need it in an ordinary browser
 * (WCAG 1.4.4), where touch-action does not reach.
 */

const GESTURES = ["gesturestart", "gesturechange"];

/** Stops the page from zooming until the returned function is called. */
export function preventPageZoom(doc: Document): () => void {
  const cancel = (event: Event) => event.preventDefault();
  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey) event.preventDefault();
  };
  for (const type of GESTURES) doc.addEventListener(type, cancel);
  doc.addEventListener("wheel", onWheel, { passive: false });
  return () => {
    for (const type of GESTURES) doc.removeEventListener(type, cancel);
    doc.removeEventListener("wheel", onWheel);
  };
}
