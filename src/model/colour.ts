/**
 * Colour maths for checking palettes and themes: WCAG 2 contrast, simulated colour-vision
 * deficiency (Machado, Oliveira & Fernandes 2009) and perceptual distance (CIEDE2000).
 * Pure functions on "#rrggbb" strings; nothing here runs at render time except `mix`.
 */

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];
export type Deficiency = "protanopia" | "deuteranopia" | "tritanopia";
export const DEFICIENCIES: readonly Deficiency[] = ["protanopia", "deuteranopia", "tritanopia"];

/** "#rgb" or "#rrggbb" to channels in 0..1 (gamma-encoded sRGB). */
export function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`not a hex colour: ${hex}`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  const channel = (i: number) => Number.parseInt(digits.slice(i * 2, i * 2 + 2), 16) / 255;
  return [channel(0), channel(1), channel(2)];
}

export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

const toLinearChannel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGammaChannel = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

export function toLinear(rgb: Rgb): Rgb {
  return [toLinearChannel(rgb[0]), toLinearChannel(rgb[1]), toLinearChannel(rgb[2])];
}

export function fromLinear(rgb: Rgb): Rgb {
  const clamp = (c: number) => Math.min(1, Math.max(0, c));
  return [toGammaChannel(clamp(rgb[0])), toGammaChannel(clamp(rgb[1])), toGammaChannel(clamp(rgb[2]))];
}

/** WCAG 2 relative luminance. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = toLinear(parseHex(hex));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * What a colour drawn with `alpha` opacity looks like over `background` (simple source-over in
 * gamma-encoded sRGB, which is what canvas and CSS do).
 */
export function mix(foreground: string, background: string, alpha: number): string {
  const f = parseHex(foreground);
  const b = parseHex(background);
  return toHex([
    f[0] * alpha + b[0] * (1 - alpha),
    f[1] * alpha + b[1] * (1 - alpha),
    f[2] * alpha + b[2] * (1 - alpha),
  ]);
}

type Matrix = readonly [Rgb, Rgb, Rgb];

/** Machado et al. 2009, severity 1.0, applied to linear RGB. */
const MACHADO: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** How a colour appears to someone with the given dichromacy. */
export function simulateDeficiency(hex: string, deficiency: Deficiency): string {
  const linear = toLinear(parseHex(hex));
  const m = MACHADO[deficiency];
  const row = (r: Rgb) => r[0] * linear[0] + r[1] * linear[1] + r[2] * linear[2];
  return toHex(fromLinear([row(m[0]), row(m[1]), row(m[2])]));
}

/** sRGB (D65) to CIELAB (D65 white). */
export function toLab(hex: string): Lab {
  const [r, g, b] = toLinear(parseHex(hex));
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const fx = f(x);
  const fy = f(y);
  const fz = f(z);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const deg = (rad: number) => (rad * 180) / Math.PI;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), kL = kC = kH = 1. */
export function deltaE2000(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1;
  const [L2, a2, b2] = lab2;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const meanC = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (a: number, b: number) => {
    if (a === 0 && b === 0) return 0;
    const h = deg(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  };
  const h1p = hue(a1p, b1);
  const h2p = hue(a2p, b2);

  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin(rad(dhp / 2));

  const meanLp = (L1 + L2) / 2;
  const meanCp = (C1p + C2p) / 2;
  let meanhp = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) meanhp = (h1p + h2p) / 2;
    else if (h1p + h2p < 360) meanhp = (h1p + h2p + 360) / 2;
    else meanhp = (h1p + h2p - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos(rad(meanhp - 30)) +
    0.24 * Math.cos(rad(2 * meanhp)) +
    0.32 * Math.cos(rad(3 * meanhp + 6)) -
    0.2 * Math.cos(rad(4 * meanhp - 63));
  const dTheta = 30 * Math.exp(-(((meanhp - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (meanLp - 50) ** 2) / Math.sqrt(20 + (meanLp - 50) ** 2);
  const Sc = 1 + 0.045 * meanCp;
  const Sh = 1 + 0.015 * meanCp * T;
  const Rt = -Math.sin(rad(2 * dTheta)) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}

export function colourDistance(a: string, b: string): number {
  return deltaE2000(toLab(a), toLab(b));
}

export interface PairDistance {
  a: string;
  b: string;
  distance: number;
}

/** The closest pair of a palette, as seen with normal vision or with a simulated deficiency. */
export function closestPair(palette: readonly string[], deficiency?: Deficiency): PairDistance {
  const seen = palette.map((c) => (deficiency ? simulateDeficiency(c, deficiency) : c));
  let best: PairDistance = { a: "", b: "", distance: Number.POSITIVE_INFINITY };
  for (let i = 0; i < seen.length; i++) {
    for (let j = i + 1; j < seen.length; j++) {
      const distance = colourDistance(seen[i] as string, seen[j] as string);
      if (distance < best.distance) best = { a: palette[i] as string, b: palette[j] as string, distance };
    }
  }
  return best;
}
