/**
 * The layouts other than the explorer's, in one chunk loaded on first use. One chunk, not one each:
 * a second layout chunk importing the graph made the bundler split the first-load chunk in two, which
 * cost 0.8 kB of the first-load budget. The kiosk's larger part (its story and attract loop) is a chunk
 * of its own, so an embed does not fetch it.
 */
export { EmbedLayout } from "./EmbedLayout";
export { KioskLayout } from "./kiosk/KioskLayout";
