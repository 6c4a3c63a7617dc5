/**
 * Image sizes offered by the export dialog, and the browser's canvas limits they must respect.
 *
 * Every size is in device pixels of the output file, never multiplied by the screen's device pixel
 * ratio. `unit` is the number of output pixels per CSS pixel of the figure's design, so text and
 * strokes have the same physical size on an A4 and an A3 print, and twice the pixels on a 2x screen.
 */
import { CANVAS_LIMITS, MIN_CUSTOM_WIDTH, type PresetId } from "../model/figureLimits";

export const PRINT_DPI = 300;
/** CSS defines 96 px to the inch; a 300 dpi print puts 3.125 output pixels in each CSS pixel. */
const CSS_PX_PER_INCH = 96;
const MM_PER_INCH = 25.4;

/** The screen presets are a Full HD slide at one and two device pixels per CSS pixel. */
const SCREEN_WIDTH = 1920;
const SCREEN_HEIGHT = 1080;

export interface FigureSize {
  preset: PresetId;
  /** Output pixels. For `custom`, the height is chosen later from the content (see figure.ts). */
  width: number;
  height: number | null;
  /** Output pixels per CSS pixel of the design. */
  unit: number;
  /** Page margin in CSS pixels. */
  margin: number;
  /** Physical size when the preset is a print size (for the SVG's width and height). */
  paperMm?: { width: number; height: number };
}

export function mmToPixels(mm: number, dpi = PRINT_DPI): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

function paper(preset: PresetId, shortMm: number, longMm: number, landscape: boolean): FigureSize {
  const widthMm = landscape ? longMm : shortMm;
  const heightMm = landscape ? shortMm : longMm;
  return {
    preset,
    width: mmToPixels(widthMm),
    height: mmToPixels(heightMm),
    unit: PRINT_DPI / CSS_PX_PER_INCH,
    // 10 mm, the usual unprintable border of office printers plus a little air.
    margin: (10 / MM_PER_INCH) * CSS_PX_PER_INCH,
    paperMm: { width: widthMm, height: heightMm },
  };
}

/** The figure size of a preset; `customWidth` is used only by `custom`. */
export function presetSize(preset: PresetId, customWidth = SCREEN_WIDTH): FigureSize {
  switch (preset) {
    case "screen-1x":
      return { preset, width: SCREEN_WIDTH, height: SCREEN_HEIGHT, unit: 1, margin: 24 };
    case "screen-2x":
      return { preset, width: SCREEN_WIDTH * 2, height: SCREEN_HEIGHT * 2, unit: 2, margin: 24 };
    case "a4-portrait":
      return paper(preset, 210, 297, false);
    case "a4-landscape":
      return paper(preset, 210, 297, true);
    case "a3-portrait":
      return paper(preset, 297, 420, false);
    case "a3-landscape":
      return paper(preset, 297, 420, true);
    case "custom": {
      const width = Math.round(customWidth);
      // Text keeps its screen size up to a Full HD width and grows with the image beyond it.
      return { preset, width, height: null, unit: Math.max(1, width / SCREEN_WIDTH), margin: 24 };
    }
  }
}

export type SizeProblem =
  | { code: "not-a-number" }
  | { code: "too-small"; min: number }
  | { code: "side-too-long"; side: number; max: number }
  | { code: "area-too-large"; area: number; max: number };

/** Why a figure of this size cannot be drawn, or null when it can. Checked before any rendering. */
export function checkCanvasSize(
  width: number,
  height: number,
  limits: { maxSide: number; maxArea: number } = CANVAS_LIMITS,
): SizeProblem | null {
  if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0)
    return { code: "not-a-number" };
  if (width < MIN_CUSTOM_WIDTH) return { code: "too-small", min: MIN_CUSTOM_WIDTH };
  const side = Math.max(width, height);
  if (side > limits.maxSide) return { code: "side-too-long", side, max: limits.maxSide };
  const area = width * height;
  if (area > limits.maxArea) return { code: "area-too-large", area, max: limits.maxArea };
  return null;
}
