// Records everything on a page that should make an e2e test fail: console errors (CSP violations, 404s …),
// uncaught exceptions and crashes, failed requests and HTTP errors, and requests to any origin other
// than the allowed ones.

import type { Page } from "@playwright/test";

export interface WatchOptions {
  /** Origin(s) the page may load from, e.g. "http://127.0.0.1:41234". */
  origin: string | string[];
  /** Problems to tolerate: a substring or RegExp matched against each problem's text. */
  ignore?: Array<string | RegExp>;
}

export interface PageWatch {
  /** Every problem not ignored, one readable line each. */
  problems(): string[];
}

export function watchPage(page: Page, { origin, ignore = [] }: WatchOptions): PageWatch {
  const allowed = new Set((Array.isArray(origin) ? origin : [origin]).map((o) => new URL(o).origin));
  const found: string[] = [];

  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url, lineNumber } = message.location();
    found.push(`console error: ${url ? `${message.text()} (at ${url}:${lineNumber + 1})` : message.text()}`);
  });
  page.on("pageerror", (error) => found.push(`page error: ${error.stack || String(error)}`));
  page.on("crash", () => found.push("page error: page crashed"));
  // A request the browser itself cancels (net::ERR_ABORTED: the page navigated away or closed while the
  // panels' code, fetched when the page is idle, was still in flight) is not a failure of the page. A
  // missing file still fails as an HTTP error below, and a refused one with its own network error.
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "failed";
    if (reason !== "net::ERR_ABORTED")
      found.push(`failed request: ${request.method()} ${request.url()}: ${reason}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      found.push(
        `failed request: ${response.request().method()} ${response.url()}: HTTP ${response.status()}`,
      );
    }
  });
  page.on("request", (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    let requestOrigin: string;
    try {
      requestOrigin = new URL(url).origin;
    } catch {
      requestOrigin = url;
    }
    if (!allowed.has(requestOrigin)) found.push(`request to another origin: ${request.method()} ${url}`);
  });

  const isIgnored = (text: string) =>
    ignore.some((pattern) => (typeof pattern === "string" ? text.includes(pattern) : pattern.test(text)));
  return { problems: () => found.filter((line) => !isIgnored(line)) };
}
