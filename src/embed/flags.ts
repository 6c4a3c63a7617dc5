/**
 * Embed render flags, read from the page's query string next to the view parameters. The words are
 * the ones embedders know from Datawrapper and Kumu: `embed=1`, `plain`, `controls=0`, `legend=0|1`,
 * `static`, `transparent`, and `origins=` (the host origins whose messages are accepted).
 * A bare flag (`plain`) means on; `0`, `false` and `no` mean off.
 */

export interface EmbedFlags {
  /** The page runs as an embed: minimal chrome, cooperative gestures, messages to the parent. */
  embed: boolean;
  /** No title or source line. */
  plain: boolean;
  /** The filter panel and toolbar. */
  controls: boolean;
  legend: boolean;
  /** No interaction with the graph at all (no pan, zoom, selection or hover). */
  static: boolean;
  /** The page background is left transparent so the host page shows through. */
  transparent: boolean;
  /** Host origins allowed to send messages; empty means the parent window whatever its origin. */
  origins: string[];
}

export const FULL_VIEW_FLAGS: EmbedFlags = {
  embed: false,
  plain: false,
  controls: true,
  legend: true,
  static: false,
  transparent: false,
  origins: [],
};

export const EMBED_FLAG_PARAMS = ["embed", "plain", "controls", "legend", "static", "transparent", "origins"];

/** The kiosk's parameters (ui/kiosk/): `kiosk=1`, `idle` and `dwell` seconds. Kept in the URL like the flags. */
export const KIOSK_PARAMS = ["kiosk", "idle", "dwell"];

const ON = new Set(["", "1", "true", "yes"]);

export const isKiosk = (params: URLSearchParams): boolean =>
  ON.has(params.get("kiosk")?.toLowerCase() ?? "0");
const OFF = new Set(["0", "false", "no"]);

export function parseEmbedFlags(search: string): { flags: EmbedFlags; warnings: string[] } {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const toggle = (key: keyof EmbedFlags, fallback: boolean): boolean => {
    const value = params.get(key);
    if (value === null) return fallback;
    if (ON.has(value.toLowerCase())) return true;
    if (OFF.has(value.toLowerCase())) return false;
    warnings.push(`ignored ${key}="${value}": expected 1 or 0`);
    return fallback;
  };
  const origins: string[] = [];
  for (const item of (params.get("origins") ?? "").split(",")) {
    if (item.trim() === "") continue;
    const origin = originOf(item.trim());
    if (origin) origins.push(origin);
    else warnings.push(`ignored origins entry "${item}": not an http(s) origin`);
  }
  return {
    flags: {
      embed: toggle("embed", false),
      plain: toggle("plain", false),
      controls: toggle("controls", true),
      legend: toggle("legend", true),
      static: toggle("static", false),
      transparent: toggle("transparent", false),
      origins,
    },
    warnings,
  };
}

/** The origin of an http(s) URL, or null; "https://example.org/path" → "https://example.org". */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The query string for the flags that differ from the full view (embed first), e.g. "embed=1&plain=1". */
export function serializeEmbedFlags(flags: EmbedFlags): string {
  const parts: string[] = [];
  if (flags.embed) parts.push("embed=1");
  if (flags.plain) parts.push("plain=1");
  if (!flags.controls) parts.push("controls=0");
  if (!flags.legend) parts.push("legend=0");
  if (flags.static) parts.push("static=1");
  if (flags.transparent) parts.push("transparent=1");
  if (flags.origins.length > 0) parts.push(`origins=${flags.origins.map(encodeURIComponent).join(",")}`);
  return parts.join("&");
}
