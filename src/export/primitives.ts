/**
 * Drawing primitives in output pixels: what the figure layout produces and what both the SVG writer
 * and the canvas painter draw, plus the blocks of text the layout sets.
 */
import type { FontSpec } from "./text";

export type Primitive =
  | {
      kind: "text";
      x: number;
      y: number;
      text: string;
      font: FontSpec;
      fill: string;
      anchor: "start" | "middle" | "end";
    }
  | {
      kind: "path";
      d: string;
      fill: string | null;
      fillOpacity: number;
      stroke: string | null;
      strokeWidth: number;
      strokeOpacity: number;
      dash: number[] | null;
      opacity: number;
    }
  | {
      kind: "line";
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash: number[] | null;
      opacity: number;
    };

export interface PrimitiveGroup {
  id: string;
  primitives: Primitive[];
}

export const INK = "#1a1a1a";
export const MUTED = "#4a4a4a";
export const LINE_HEIGHT = 1.35;

export function scaled(font: FontSpec, unit: number): FontSpec {
  return { size: font.size * unit, weight: font.weight };
}

export interface TextBlock {
  lines: string[];
  font: FontSpec;
  fill: string;
  id: string;
}

export function blockHeight(block: TextBlock): number {
  return block.lines.length * block.font.size * LINE_HEIGHT;
}

export function drawBlock(block: TextBlock, x: number, top: number): Primitive[] {
  const lineHeight = block.font.size * LINE_HEIGHT;
  // The baseline sits about 0.8 em below the top of a line box of 1.35 em.
  return block.lines.map((text, i) => ({
    kind: "text",
    x,
    y: top + i * lineHeight + block.font.size * 1.02,
    text,
    font: block.font,
    fill: block.fill,
    anchor: "start",
  }));
}
