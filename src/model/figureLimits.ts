/**
 * The sizes an image export may be asked for, shared by the export itself and the embed message
 * protocol that validates requests for one (export/presets.ts turns a preset into pixels).
 */

export type PresetId =
  | "screen-1x"
  | "screen-2x"
  | "a4-portrait"
  | "a4-landscape"
  | "a3-portrait"
  | "a3-landscape"
  | "custom";

export const PRESET_IDS: readonly PresetId[] = [
  "screen-1x",
  "screen-2x",
  "a4-portrait",
  "a4-landscape",
  "a3-portrait",
  "a3-landscape",
  "custom",
];

/** The narrowest custom width, in output pixels. */
export const MIN_CUSTOM_WIDTH = 320;

/**
 * Canvas limits. Chromium and Firefox allow 32,767 px a side and 268,435,456 px in all (16,384²);
 * past either, Chromium silently returns an empty image (`toBlob` gives null, `toDataURL` "data:,").
 * Safari allows far less area on iOS (16,777,216 px), which a probe at run time catches
 * (see `probeCanvas` in canvasFigure.ts).
 */
export const CANVAS_LIMITS = { maxSide: 32_767, maxArea: 268_435_456 } as const;
