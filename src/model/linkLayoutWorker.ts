/**
 * The layout by links, off the main thread: the network's ids and links in, progress messages out, then
 * every node's position (a transferred array, x and y in the order of the ids). One worker per layout,
 * terminated by the page when done or cancelled.
 */
import { layoutByLinks } from "./linkLayout";
import type { LinkLayoutInput } from "./linkLayoutInput";

export type LinkLayoutMessage = { type: "progress"; fraction: number } | { type: "result"; xy: Float64Array };

const post = (message: LinkLayoutMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

self.addEventListener("message", (event: MessageEvent<LinkLayoutInput>) => {
  let last = -1;
  const xy = layoutByLinks(event.data, (fraction) => {
    // Progress is worth a message only when it has moved visibly.
    if (fraction - last < 0.02 && fraction < 1) return;
    last = fraction;
    post({ type: "progress", fraction });
  });
  post({ type: "result", xy }, [xy.buffer]);
});
