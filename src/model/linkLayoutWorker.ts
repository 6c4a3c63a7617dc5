/**
 * The layout by links, off the main thread: a dataset in, progress messages out, then every node's
 * position. One worker per layout, terminated by the page when done or cancelled.
 */
import type { Dataset } from "../data/schema";
import { layoutByLinks } from "./linkLayout";

export interface LinkLayoutRequest {
  dataset: Dataset;
}

export type LinkLayoutMessage =
  | { type: "progress"; fraction: number }
  | { type: "result"; positions: Array<[id: string, x: number, y: number]> };

const post = (message: LinkLayoutMessage) => self.postMessage(message);

self.addEventListener("message", (event: MessageEvent<LinkLayoutRequest>) => {
  let last = -1;
  const positions = layoutByLinks(event.data.dataset, (fraction) => {
    // Progress is worth a message only when it has moved visibly.
    if (fraction - last < 0.02 && fraction < 1) return;
    last = fraction;
    post({ type: "progress", fraction });
  });
  post({ type: "result", positions: [...positions].map(([id, p]) => [id, p.x, p.y]) });
});
