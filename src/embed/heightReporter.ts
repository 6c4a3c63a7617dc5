/**
 * Tells the host page how tall the embed's content is, so a host script can size the iframe to it.
 * Height is not secret and the host's origin may be unknown, so these are the only messages posted
 * with target origin "*".
 */
import { heightMessages } from "./protocol";

export function startHeightReporter(content: HTMLElement, win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  let lastHeight = -1;
  const report = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === lastHeight || height === 0) return;
    lastHeight = height;
    for (const message of heightMessages(height)) win.parent.postMessage(message, "*");
  };
  const observer = new ResizeObserver(report);
  observer.observe(content);
  report();
  return () => observer.disconnect();
}
