/**
 * A kiosk's timing from its URL: `idle=N` seconds without input before the attract loop starts
 * (default 90, from 3 to 3600) and `dwell=N` seconds on each step while it plays (default 12, from 3
 * to 600). A value out of range is clamped, one that is not a number ignored; both are reported.
 */

export interface KioskTiming {
  idleSeconds: number;
  dwellSeconds: number;
}

interface Range {
  min: number;
  max: number;
  fallback: number;
}

export const IDLE_SECONDS: Range = { min: 3, max: 3600, fallback: 90 };
export const DWELL_SECONDS: Range = { min: 3, max: 600, fallback: 12 };

const NUMBER = /^\d+(\.\d+)?$/;

export function parseKioskTiming(search: string): { timing: KioskTiming; warnings: string[] } {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const seconds = (name: string, range: Range): number => {
    const raw = params.get(name);
    if (raw === null) return range.fallback;
    const value = raw.trim();
    if (!NUMBER.test(value)) {
      warnings.push(`ignored ${name}="${raw}": expected a number of seconds`);
      return range.fallback;
    }
    const clamped = Math.min(range.max, Math.max(range.min, Number(value)));
    if (clamped !== Number(value))
      warnings.push(`${name}=${value} is outside ${range.min}–${range.max} seconds: ${clamped} used`);
    return clamped;
  };
  return {
    timing: { idleSeconds: seconds("idle", IDLE_SECONDS), dwellSeconds: seconds("dwell", DWELL_SECONDS) },
    warnings,
  };
}
