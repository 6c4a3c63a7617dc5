// Helpers for the embed specs: host pages on another origin that frame the app as the Embed dialog's
// code does, the messages the embed posts to them, and the dialog's own code.
//
// `test` here adds `dialogSandbox`: the sandbox of the dialog's default code, read from the dialog once
// per worker, so that every host page frames the app the way a pasted snippet does.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Frame, Page } from "@playwright/test";
import type { StaticServer } from "../../../scripts/lib/static-server.mjs";
import { test as base, expect } from "./fixtures";
import { GRAPH_READY } from "./helpers";
import { watchPage } from "./watch";

export const NS = "shanxi-networks:v1:";
/** Strict isolation gives the embed an opaque origin, so its own files are cross-origin reads (see vite.config.ts). */
export const CORS = { "Access-Control-Allow-Origin": "*" };
export const STRICT_LABEL = "Strict isolation (the app's server must send CORS headers)";

/** The code the Embed dialog writes (in English) for the app at `app` showing `query`, strict if asked. */
export async function snippetFromDialog(
  page: Page,
  app: StaticServer,
  query: string,
  { strict = false } = {},
) {
  await page.goto(`${app.url}?${query}`);
  await page.locator(GRAPH_READY).waitFor();
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  if (strict) await dialog.getByLabel(STRICT_LABEL).check();
  return dialog.getByTestId("embed-code").inputValue();
}

export const test = base.extend<object, { dialogSandbox: string }>({
  dialogSandbox: [
    async ({ browser, app }, use) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const watch = watchPage(page, { origin: app.origin });
      const code = await snippetFromDialog(page, app, "lang=en");
      await context.close();
      const sandbox = code.match(/sandbox="([^"]*)"/)?.[1];
      if (!sandbox) throw new Error(`the dialog's code has no sandbox: ${code}`);
      if (watch.problems().length > 0) throw new Error(watch.problems().join("\n"));
      await use(sandbox);
    },
    { scope: "worker" },
  ],
});

/** Serves a throwaway folder holding one host page on its own origin. */
export async function serveHostPage(
  serve: (options: { root: string }) => Promise<StaticServer>,
  html: string,
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "embed-host-"));
  fs.writeFileSync(path.join(dir, "index.html"), html);
  fs.writeFileSync(path.join(dir, "favicon.ico"), "");
  const server = await serve({ root: dir });
  return { server, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A host page embedding the app as the Embed dialog would, plus a same-origin "other" frame. */
export function hostPageHtml(
  appUrl: string,
  query: string,
  { width = 1000, sandbox }: { width?: number; sandbox: string },
) {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host article</title>
<style>body{margin:0;font:16px serif} .col{width:${width}px;margin:0 auto} .tall{height:2400px}</style>
<div class="col"><h1>A host article</h1><p>Text before the graphic.</p>
<iframe id="networks" src="${appUrl}?${query}" title="Networks" width="100%" height="575"
  style="width:100%;border:0" sandbox="${sandbox}" data-shanxi-networks></iframe>
<iframe id="other" name="other" srcdoc="<p>another frame</p>" title="Other" width="10" height="10"></iframe>
<div class="tall"><p>Text after the graphic.</p></div></div>
<script src="${appUrl}embed-host.js"></script>`;
}

/** Fails if a response from `origin` carries a CORS header: the plain host must stay plain. */
export function refuseCorsHeaders(page: Page, origin: string) {
  const seen: string[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).origin === origin && response.headers()["access-control-allow-origin"])
      seen.push(response.url());
  });
  return () => expect(seen, "the plain app server sent CORS headers").toEqual([]);
}

/**
 * Logs, from the page's first script on, what its first iframe posts to it (only messages whose source
 * is that frame's window) in `window.fromEmbed`.
 */
export const recordMessages = (page: Page) =>
  page.addInitScript(() => {
    window.fromEmbed = [];
    window.addEventListener("message", (event) => {
      if (event.source && event.source === document.querySelector("iframe")?.contentWindow)
        window.fromEmbed.push(event.data);
    });
  });

export const messagesOfType = (page: Page, type: string) =>
  page.evaluate((t) => window.fromEmbed.filter((m) => m.type === t), `${NS}${type}`);

export async function waitForMessage(page: Page, type: string, count = 1) {
  await expect.poll(async () => (await messagesOfType(page, type)).length).toBeGreaterThanOrEqual(count);
}

/**
 * Posts to the first iframe from the host page: to the app's origin, or to "*" when strict isolation makes
 * the frame's origin opaque.
 */
export const postToEmbed = (page: Page, message: unknown) =>
  page.evaluate((m) => {
    const frame = document.querySelector("iframe");
    if (!frame?.contentWindow) throw new Error("no iframe");
    const target = frame.sandbox.contains("allow-same-origin") ? new URL(frame.src).origin : "*";
    frame.contentWindow.postMessage(m, target);
  }, message);

/** Asks for the state and returns the reply's. */
export async function getStateFromHost(page: Page, requestId: string) {
  await postToEmbed(page, { type: `${NS}getState`, requestId });
  const reply = () =>
    page.evaluate(
      ([type, id]) => window.fromEmbed.find((m) => m.type === type && m.requestId === id)?.state ?? null,
      [`${NS}state`, requestId],
    );
  await expect.poll(reply).not.toBeNull();
  const state = await reply();
  if (!state) throw new Error("no state");
  return state;
}

/** The embed's frame on a host page. */
export function embedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.parentFrame() && f.url().includes("embed=1"));
  if (!frame) throw new Error("the embed's frame was not found");
  return frame;
}

const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.getElementById("root")?.getBoundingClientRect().height ?? 0));
const frameHeight = (page: Page) =>
  page.evaluate(() => document.querySelector("iframe")?.getBoundingClientRect().height ?? 0);

/** Waits until the iframe's height equals its content's (the host script applied the last report). */
export async function waitForHeightToFollow(page: Page, frame: Frame) {
  await expect
    .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), {
      message: "the iframe's height follows its content",
    })
    .toBeLessThanOrEqual(1);
  return { frameHeight: await frameHeight(page), contentHeight: await contentHeight(frame) };
}

/** Once the embed said ready: setFilters, then getState; returns the state it replies with. */
export async function setFiltersAndGetState(page: Page, filters: Record<string, unknown>, requestId: string) {
  await waitForMessage(page, "ready");
  await postToEmbed(page, { type: `${NS}setFilters`, filters });
  return getStateFromHost(page, requestId);
}

/** The window Open full view opened: the explorer itself, unsandboxed, on the app's origin, same view. */
export async function expectFullView(popup: Page, app: StaticServer, view: Record<string, string>) {
  await popup.locator(GRAPH_READY).waitFor();
  const url = new URL(popup.url());
  expect(url.origin, "the full view's origin").toBe(app.origin);
  for (const [key, value] of Object.entries(view))
    expect(url.searchParams.get(key), `view lost (${key}): ${popup.url()}`).toBe(value);
  expect(
    url.searchParams.has("embed") || url.searchParams.has("plain"),
    `embed flags kept: ${popup.url()}`,
  ).toBe(false);
  await expect(popup.locator(".app-header h1"), "the full view has its title").toHaveCount(1);
  expect(await popup.evaluate(() => window.origin), "the full view inherited the sandbox").toBe(app.origin);
}
