/**
 * The embed code for a view: an <iframe> that works on its own (fixed fallback height, lazy, sandboxed)
 * and, optionally, the external host script that makes its height follow the content. No inline code:
 * many CMSs strip it.
 *
 * Two sandboxes. The default keeps the app's own origin (allow-same-origin), so its script, stylesheet,
 * fonts and data load from any static host; the frame still cannot reach a host page on another origin.
 * The strict one gives the app an opaque origin: every file it loads is then a cross-origin request,
 * which only works where the app's server sends Access-Control-Allow-Origin.
 * allow-popups-to-escape-sandbox makes Open full view the ordinary, unsandboxed explorer in both.
 */
import { serializeUrlState } from "../store/urlState";
import type { UrlHeldState } from "../store/viewStore";
import { type EmbedFlags, serializeEmbedFlags } from "./flags";

/** Typical widths of a host page's column; the frame's fixed height is chosen from it. */
export const COLUMN_WIDTHS = { phone: 375, narrow: 640, wide: 960 } as const;
export type ColumnKind = keyof typeof COLUMN_WIDTHS;

export const SANDBOXES = {
  default: "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads",
  strict: "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads",
} as const;
export type Isolation = keyof typeof SANDBOXES;
export const HOST_SCRIPT_FILE = "embed-host.js";

/** Flourish's breakpoints; public/embed-host.js applies the same ones before the first height message. */
export function fallbackHeight(width: number): number {
  return width >= 800 ? 650 : width >= 480 ? 575 : 400;
}

export interface SnippetOptions {
  /** The explorer's address without query, e.g. "https://example.org/shanxi/". */
  appUrl: string;
  view: UrlHeldState;
  flags: Omit<EmbedFlags, "embed">;
  title: string;
  column: ColumnKind;
  hostScript: boolean;
  isolation: Isolation;
}

export function embedUrl(appUrl: string, view: UrlHeldState, flags: Omit<EmbedFlags, "embed">): string {
  const query = [serializeEmbedFlags({ ...flags, embed: true }), serializeUrlState(view).replace(/^\?/, "")]
    .filter((part) => part !== "")
    .join("&");
  return `${appUrl}?${query}`;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function embedSnippet(options: SnippetOptions): string {
  const src = embedUrl(options.appUrl, options.view, options.flags);
  const height = fallbackHeight(COLUMN_WIDTHS[options.column]);
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" loading="lazy"` +
    ` width="100%" height="${height}" style="width: 100%; border: 0;"` +
    ` sandbox="${SANDBOXES[options.isolation]}" data-shanxi-networks></iframe>`;
  if (!options.hostScript) return iframe;
  const script = new URL(HOST_SCRIPT_FILE, options.appUrl).href;
  return `${iframe}\n<script src="${escapeAttribute(script)}" async></script>`;
}
