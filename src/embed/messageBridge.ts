/**
 * The embed's side of the message API: commands from the host page in, events out.
 * Inbound: only from the parent window, only from the parent's origin (and, with `origins=`, only
 * from those origins), schema-checked; anything else is dropped without a word. Outbound: only to the
 * parent, addressed to the parent's origin, never "*". The parent's origin is learnt from
 * ancestorOrigins or the referrer, or else pinned by the first valid message; the embed's own origin
 * (the app's, or opaque in the strict sandbox) plays no part.
 */
import { serializeUrlState } from "../store/urlState";
import { urlHeld } from "../store/urlSync";
import type { ViewStoreApi } from "../store/viewStore";
import { applyEmbedCommand, readEmbedState, watchEmbedEvents } from "./embedApi";
import {
  acceptsMessageFrom,
  type EmbedEvent,
  type ImageRequest,
  parentOriginFrom,
  parseInboundMessage,
  toOutboundMessage,
} from "./protocol";

export function startMessageBridge(
  store: ViewStoreApi,
  allowedOrigins: readonly string[],
  win: Window = window,
): () => void {
  const parent = win.parent;
  if (parent === win) return () => undefined;
  const known = parentOriginFrom({
    ancestorOrigins: win.location.ancestorOrigins,
    referrer: win.document.referrer,
  });
  let parentOrigin =
    known !== null && (allowedOrigins.length === 0 || allowedOrigins.includes(known)) ? known : null;

  const post = (event: EmbedEvent) => {
    if (parentOrigin !== null) parent.postMessage(toOutboundMessage(event), parentOrigin);
  };

  const onMessage = (event: MessageEvent) => {
    if (!acceptsMessageFrom(event, parent, allowedOrigins, parentOrigin)) return;
    const command = parseInboundMessage(event.data);
    if (!command) return;
    if (parentOrigin === null && event.origin !== "null") parentOrigin = event.origin;
    if (command.type === "getState")
      post({ type: "state", requestId: command.requestId, state: readEmbedState(store.getState()) });
    else if (command.type === "exportImage")
      exportForHost(store, command.request, fullViewUrl(win, store)).then((result) =>
        post({ ...result, requestId: command.requestId }),
      );
    else applyEmbedCommand(store, command);
  };
  win.addEventListener("message", onMessage);
  const stopEvents = watchEmbedEvents(store, post);
  post({ type: "ready", state: readEmbedState(store.getState()) });
  return () => {
    win.removeEventListener("message", onMessage);
    stopEvents();
  };
}

/** The figure's link: this view in the full explorer, without the embed's flags. */
function fullViewUrl(win: Window, store: ViewStoreApi): string {
  const { origin, pathname } = win.location;
  return `${origin}${pathname}${serializeUrlState(urlHeld(store.getState()))}`;
}

type ExportReply = Extract<EmbedEvent, { type: "image" } | { type: "exportError" }>;

/** Draws the image off screen (the export code loads on first use) and never rejects: a refusal is a reply too. */
async function exportForHost(store: ViewStoreApi, request: ImageRequest, url: string): Promise<ExportReply> {
  try {
    const { exportView } = await import("../export/exportView");
    const { blob, fileName, mimeType, width, height } = await exportView(
      { ...request, format: request.format ?? "png", url },
      { store, graph: null },
    );
    return { type: "image", blob, fileName, mimeType, width, height };
  } catch (error) {
    const { ExportError, problemMessage } = await import("../export/errors");
    if (error instanceof ExportError)
      return {
        type: "exportError",
        code: error.problem.code,
        message: { en: problemMessage(error.problem, "en"), zh: problemMessage(error.problem, "zh") },
      };
    const text = error instanceof Error ? error.message : String(error);
    return { type: "exportError", code: "failed", message: { en: text, zh: text } };
  }
}
