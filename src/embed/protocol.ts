/**
 * The message protocol between an embedded view and its host page, pure and browser-free.
 * Every name is namespaced and versioned (`shanxi-networks:v1:<name>`); inbound messages are checked
 * against a schema and anything that does not match is dropped (null), never thrown.
 */
import * as v from "valibot";
import { IdSchema, PROVENANCE_LEVELS, TIERS } from "../data/schema";
import type { Lang } from "../i18n/lang";
import { CANVAS_LIMITS, MIN_CUSTOM_WIDTH, PRESET_IDS, type PresetId } from "../model/figureLimits";
import type { Filters } from "../model/filters";
import { THEMES, type Theme, VIEW_MODES, type ViewMode } from "../store/viewStore";

export const NAMESPACE = "shanxi-networks:v1:";
/** Identifies the view in the `datawrapper-height` message, which is keyed by chart id. */
export const HEIGHT_MESSAGE_ID = "shanxi-networks";

const LANGS = ["zh", "en"] as const satisfies readonly Lang[];
const MAX_LIST = 500;
const typed = <const T extends string>(name: T) => v.literal(`${NAMESPACE}${name}` as const);

const FiltersPatchSchema = v.strictObject({
  sectors: v.optional(v.pipe(v.array(IdSchema), v.maxLength(MAX_LIST))),
  regions: v.optional(v.pipe(v.array(IdSchema), v.maxLength(MAX_LIST))),
  tiers: v.optional(v.array(v.picklist(TIERS))),
  provenance: v.optional(v.array(v.picklist(PROVENANCE_LEVELS))),
  query: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

const RequestIdSchema = v.optional(v.union([v.pipe(v.string(), v.maxLength(100)), v.number()]));

const FIGURE_PARTS = ["title", "filters", "legend", "provenance", "source", "date", "link"] as const;

const ExportImageSchema = v.object({
  type: typed("exportImage"),
  requestId: RequestIdSchema,
  format: v.optional(v.picklist(["png", "svg"])),
  preset: v.optional(v.picklist(PRESET_IDS)),
  customWidth: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(MIN_CUSTOM_WIDTH), v.maxValue(CANVAS_LIMITS.maxSide)),
  ),
  background: v.optional(v.picklist(["white", "transparent"])),
  parts: v.optional(
    v.strictObject(Object.fromEntries(FIGURE_PARTS.map((part) => [part, v.optional(v.boolean())]))),
  ),
});

const InboundSchema = v.variant("type", [
  v.object({ type: typed("setFilters"), filters: FiltersPatchSchema }),
  v.object({ type: typed("select"), id: v.nullable(IdSchema) }),
  v.object({ type: typed("focusNetwork"), sector: v.nullable(IdSchema) }),
  v.object({ type: typed("setLanguage"), lang: v.picklist(LANGS) }),
  v.object({ type: typed("setTheme"), theme: v.picklist(THEMES as readonly Theme[]) }),
  v.object({ type: typed("setView"), view: v.picklist(VIEW_MODES) }),
  v.object({ type: typed("reset") }),
  v.object({ type: typed("getState"), requestId: RequestIdSchema }),
  v.object({
    type: typed("goToStep"),
    step: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999)),
  }),
  ExportImageSchema,
]);

/** setFilters replaces the whole filter set: a facet left out has no constraint. */
export type FiltersPatch = Partial<Filters>;

/** An inbound message without its namespace: what the embed is asked to do. */
export type EmbedCommand =
  | { type: "setFilters"; filters: FiltersPatch }
  | { type: "select"; id: string | null }
  | { type: "focusNetwork"; sector: string | null }
  | { type: "setLanguage"; lang: Lang }
  | { type: "setTheme"; theme: Theme }
  | { type: "setView"; view: ViewMode }
  | { type: "reset" }
  | { type: "getState"; requestId?: string | number }
  /** Opens the story (the page's, else the default) at this step; past the end, at its last. */
  | { type: "goToStep"; step: number }
  | { type: "exportImage"; requestId?: string | number; request: ImageRequest };

/** What the host may ask of an image export; anything left out takes the export dialog's default. */
export interface ImageRequest {
  format?: "png" | "svg";
  preset?: PresetId;
  customWidth?: number;
  background?: "white" | "transparent";
  parts?: Partial<Record<(typeof FIGURE_PARTS)[number], boolean>>;
}

/** The view as the host sees it. */
export interface EmbedState {
  filters: Filters;
  selectedId: string | null;
  focusSector: string | null;
  lang: Lang;
  theme: Theme;
  /** Enterprises drawn right now (matching the filters, and commanders shown for context), in dataset order. */
  visibleIds: string[];
}

/** What the embed tells its host, without the namespace. */
export type EmbedEvent =
  | { type: "ready"; state: EmbedState }
  | { type: "stateChange"; state: EmbedState }
  | { type: "select"; id: string | null }
  /** The story moved to this step, or was left (null). */
  | { type: "stepChange"; step: number | null }
  | { type: "state"; requestId?: string | number; state: EmbedState }
  | {
      type: "image";
      requestId?: string | number;
      blob: Blob;
      fileName: string;
      mimeType: string;
      width?: number;
      height?: number;
    }
  | {
      type: "exportError";
      requestId?: string | number;
      /** Why, as the export dialog says it (e.g. "side-too-long"), or "failed". */
      code: string;
      message: { en: string; zh: string };
    };

export function parseInboundMessage(data: unknown): EmbedCommand | null {
  const result = v.safeParse(InboundSchema, data);
  if (!result.success) return null;
  const output = result.output;
  if (output.type === `${NAMESPACE}exportImage`) {
    const { type: _type, requestId, ...request } = output as v.InferOutput<typeof ExportImageSchema>;
    return { type: "exportImage", requestId, request: request as ImageRequest };
  }
  const { type, ...rest } = output;
  return { type: type.slice(NAMESPACE.length), ...rest } as EmbedCommand;
}

export function toOutboundMessage(event: EmbedEvent): Record<string, unknown> {
  return { ...event, type: `${NAMESPACE}${event.type}` };
}

/** The height messages, in the AMP `embed-size` shape and Datawrapper's; the only ones posted to "*". */
export function heightMessages(height: number): [Record<string, unknown>, Record<string, unknown>] {
  const px = Math.ceil(height);
  return [
    { sentinel: "amp", type: "embed-size", height: px },
    { "datawrapper-height": { [HEIGHT_MESSAGE_ID]: px } },
  ];
}

/**
 * The parent page's origin as far as the embed can know it before any message: Chromium and Safari
 * list it in location.ancestorOrigins; elsewhere the referrer carries it (the default referrer policy
 * sends the origin across origins). Null when neither says (e.g. referrer-policy no-referrer): then
 * the first valid message from the parent tells it.
 */
export function parentOriginFrom(sources: {
  ancestorOrigins?: ArrayLike<string>;
  referrer: string;
}): string | null {
  const ancestor = sources.ancestorOrigins?.[0];
  if (ancestor && ancestor !== "null") return ancestor;
  try {
    const { origin } = new URL(sources.referrer);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Whether a message event may command the embed: from the parent window, from the parent's origin once
 * it is known, and from a listed origin if any are.
 */
export function acceptsMessageFrom(
  event: { source: unknown; origin: string },
  parent: unknown,
  allowedOrigins: readonly string[],
  parentOrigin: string | null,
): boolean {
  if (event.source === null || event.source !== parent) return false;
  if (parentOrigin !== null && event.origin !== parentOrigin) return false;
  return allowedOrigins.length === 0 || allowedOrigins.includes(event.origin);
}
