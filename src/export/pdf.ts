/**
 * A minimal PDF writer: one page of vector drawing (paths, fills, strokes, dashes, opacity, clips)
 * with a valid cross-reference table. Enough for a figure whose text is already glyph outlines
 * (textOutlines.ts), which is all our figures need; fonts, images and text operators are left out.
 *
 * Why our own rather than a library: pdf-lib or jsPDF cost 100–200 kB gzipped to load, and drawing
 * our figure through them would still mean converting every path; with the text outlined the page
 * is only the operators below, written exactly as the SVG draws them.
 */
import type { Segment } from "./pathData";

export type Deflate = (data: Uint8Array) => Promise<Uint8Array>;

/** Up to three decimals, never an exponent (PDF numbers have none). */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  if (Object.is(rounded, -0) || rounded === 0) return "0";
  return Math.abs(rounded) < 1e15 ? String(rounded) : "0";
}

/** A text string as UTF-16BE hex with its byte order mark, which every reader takes for Unicode. */
export function pdfTextString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
  return `<${hex.toUpperCase()}>`;
}

/** "#1a4d73", "#fff" or "rgb(26, 77, 115)" as PDF's three components from 0 to 1. */
export function pdfColour(colour: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  let rgb: number[] | null = null;
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
    rgb = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
  } else {
    const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(colour.trim());
    if (match) rgb = match.slice(1, 4).map(Number);
  }
  if (!rgb || rgb.some((v) => !Number.isFinite(v))) throw new Error(`unsupported colour ${colour}`);
  return rgb.map((v) => pdfNumber(Math.min(255, Math.max(0, v)) / 255)).join(" ");
}

export interface StrokeStyle {
  colour: string;
  width: number;
  alpha: number;
  dash?: readonly number[] | null;
  round?: boolean;
}

/** Builds one page's content stream and the graphics states (opacities) it refers to. */
export class PdfContent {
  private readonly ops: string[] = [];
  /** Resource name by "fill/stroke" alpha pair. */
  readonly alphas = new Map<string, { name: string; fill: number; stroke: number }>();

  private alpha(fill: number, stroke: number): void {
    const key = `${pdfNumber(fill)}/${pdfNumber(stroke)}`;
    let state = this.alphas.get(key);
    if (!state) {
      state = { name: `A${this.alphas.size}`, fill, stroke };
      this.alphas.set(key, state);
    }
    this.ops.push(`/${state.name} gs`);
  }

  save(): void {
    this.ops.push("q");
  }

  restore(): void {
    this.ops.push("Q");
  }

  /** Concatenates an affine map [a b c d e f] to the current one. */
  transform(m: readonly number[]): void {
    this.ops.push(`${m.map(pdfNumber).join(" ")} cm`);
  }

  clipRect(x: number, y: number, width: number, height: number): void {
    this.ops.push(`${[x, y, width, height].map(pdfNumber).join(" ")} re W n`);
  }

  private path(segments: readonly Segment[]): void {
    let x = 0;
    let y = 0;
    let startX = 0;
    let startY = 0;
    const n = (...values: number[]) => values.map(pdfNumber).join(" ");
    for (const s of segments) {
      switch (s[0]) {
        case "M":
          [x, y, startX, startY] = [s[1], s[2], s[1], s[2]];
          this.ops.push(`${n(x, y)} m`);
          break;
        case "L":
          [x, y] = [s[1], s[2]];
          this.ops.push(`${n(x, y)} l`);
          break;
        case "Q": {
          // A quadratic as the cubic that draws the same curve.
          const [, qx, qy, ex, ey] = s;
          const c1 = [x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y)] as const;
          const c2 = [ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey)] as const;
          this.ops.push(`${n(...c1, ...c2, ex, ey)} c`);
          [x, y] = [ex, ey];
          break;
        }
        case "C":
          this.ops.push(`${n(s[1], s[2], s[3], s[4], s[5], s[6])} c`);
          [x, y] = [s[5], s[6]];
          break;
        case "Z":
          this.ops.push("h");
          [x, y] = [startX, startY];
          break;
      }
    }
  }

  /** Fills with the nonzero rule, as SVG and TrueType outlines do. */
  fill(segments: readonly Segment[], colour: string, alpha: number): void {
    if (segments.length === 0 || alpha <= 0) return;
    this.alpha(alpha, 1);
    this.ops.push(`${pdfColour(colour)} rg`);
    this.path(segments);
    this.ops.push("f");
  }

  stroke(segments: readonly Segment[], style: StrokeStyle): void {
    if (segments.length === 0 || style.alpha <= 0 || style.width <= 0) return;
    this.alpha(1, style.alpha);
    const dash = style.dash && style.dash.length > 0 ? style.dash.map(pdfNumber).join(" ") : "";
    this.ops.push(
      `${pdfColour(style.colour)} RG ${pdfNumber(style.width)} w [${dash}] 0 d ${style.round ? 1 : 0} j`,
    );
    this.path(segments);
    this.ops.push("S");
  }

  /** Marks what `draw` paints as standing for `words`, so readers can copy and search the text. */
  text(words: string, draw: () => void): void {
    this.ops.push(`/Span <</ActualText ${pdfTextString(words)}>> BDC`);
    draw();
    this.ops.push("EMC");
  }

  toString(): string {
    return `${this.ops.join("\n")}\n`;
  }
}

export interface PdfDocument {
  /** Page size in points. */
  width: number;
  height: number;
  content: PdfContent;
  title: string;
  subject: string;
  /** BCP 47 language of the figure's words. */
  lang: string;
  /** PDF date, e.g. D:20261128. */
  date: string;
}

const encoder = new TextEncoder();

/** The file: header, numbered objects, the cross-reference table of their byte offsets, trailer. */
export async function writePdf(doc: PdfDocument, deflate: Deflate): Promise<Uint8Array> {
  const stream = await deflate(encoder.encode(doc.content.toString()));
  const states = [...doc.content.alphas.values()]
    .map((s) => `/${s.name} <</Type /ExtGState /ca ${pdfNumber(s.fill)} /CA ${pdfNumber(s.stroke)}>>`)
    .join(" ");
  const objects: Array<string | Uint8Array[]> = [
    `<</Type /Catalog /Pages 2 0 R /Lang ${pdfTextString(doc.lang)} /ViewerPreferences <</DisplayDocTitle true>>>>`,
    "<</Type /Pages /Kids [3 0 R] /Count 1>>",
    `<</Type /Page /Parent 2 0 R /MediaBox [0 0 ${pdfNumber(doc.width)} ${pdfNumber(doc.height)}] ` +
      `/Resources <</ExtGState <<${states}>>>> /Contents 4 0 R>>`,
    [
      encoder.encode(`<</Length ${stream.length} /Filter /FlateDecode>>\nstream\n`),
      stream,
      encoder.encode("\nendstream"),
    ],
    `<</Title ${pdfTextString(doc.title)} /Subject ${pdfTextString(doc.subject)} /CreationDate (${doc.date})>>`,
  ];
  // The binary comment tells transfer programs the file is not text.
  const header = Uint8Array.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", (c) => c.charCodeAt(0));
  const parts: Uint8Array[] = [header];
  let offset = header.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunks = [
      encoder.encode(`${i + 1} 0 obj\n`),
      ...(typeof body === "string" ? [encoder.encode(body)] : body),
      encoder.encode("\nendobj\n"),
    ];
    for (const chunk of chunks) offset += chunk.length;
    parts.push(...chunks);
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
    "trailer",
    `<</Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R>>`,
    "startxref",
    String(offset),
    "%%EOF",
    "",
  ].join("\n");
  parts.push(encoder.encode(xref));
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
