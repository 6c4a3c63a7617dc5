/**
 * A 2D canvas context that accepts every call, so that cytoscape's canvas renderer runs in jsdom (which
 * has none): for tests that look at listeners and the renderer's bookkeeping, not at pixels.
 */
import { vi } from "vitest";

function noOpContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const values = new Map<PropertyKey, unknown>([
    ["canvas", canvas],
    ["measureText", () => ({ width: 10, actualBoundingBoxAscent: 8, actualBoundingBoxDescent: 2 })],
    [
      "getImageData",
      (_x: number, _y: number, w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4) }),
    ],
    ["createLinearGradient", () => ({ addColorStop: () => undefined })],
    ["createRadialGradient", () => ({ addColorStop: () => undefined })],
  ]);
  const context = new Proxy(
    {},
    {
      get: (_target, key) => (values.has(key) ? values.get(key) : () => undefined),
      set: (_target, key, value) => values.set(key, value).has(key),
    },
  );
  return context as CanvasRenderingContext2D;
}

/** Gives every canvas the no-op context (undone by vi.restoreAllMocks()). */
export function stubCanvasContext(): void {
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(function (this: HTMLCanvasElement) {
    return noOpContext(this);
  } as never);
}
