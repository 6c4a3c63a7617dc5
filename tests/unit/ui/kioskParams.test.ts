import { describe, expect, it } from "vitest";
import { isKiosk } from "../../../src/embed/flags";
import { parseKioskTiming } from "../../../src/ui/kiosk/kioskParams";

describe("kiosk URL parameters", () => {
  it("kiosk=1 (or a bare kiosk, true, yes) turns the kiosk on; 0, other words or none leave it off", () => {
    for (const on of ["?kiosk=1", "?kiosk", "?kiosk=true", "?embed=1&kiosk=YES"])
      expect(isKiosk(new URLSearchParams(on)), on).toBe(true);
    for (const off of ["", "?kiosk=0", "?kiosk=no", "?kiosk=maybe", "?embed=1"])
      expect(isKiosk(new URLSearchParams(off)), off).toBe(false);
  });

  it("defaults to 90 s idle and 12 s dwell", () => {
    expect(parseKioskTiming("?kiosk=1")).toEqual({
      timing: { idleSeconds: 90, dwellSeconds: 12 },
      warnings: [],
    });
  });

  it("reads idle and dwell in seconds", () => {
    expect(parseKioskTiming("?kiosk=1&idle=3&dwell=4.5").timing).toEqual({
      idleSeconds: 3,
      dwellSeconds: 4.5,
    });
    expect(parseKioskTiming("?idle=3600&dwell=600").warnings).toEqual([]);
  });

  it("clamps idle to 3..3600 and dwell to 3..600, and says so", () => {
    const low = parseKioskTiming("?idle=1&dwell=0");
    expect(low.timing).toEqual({ idleSeconds: 3, dwellSeconds: 3 });
    expect(low.warnings).toEqual([
      "idle=1 is outside 3–3600 seconds: 3 used",
      "dwell=0 is outside 3–600 seconds: 3 used",
    ]);
    const high = parseKioskTiming("?idle=86400&dwell=9999");
    expect(high.timing).toEqual({ idleSeconds: 3600, dwellSeconds: 600 });
    expect(high.warnings).toHaveLength(2);
  });

  it("ignores what is not a number of seconds, keeping the default", () => {
    for (const bad of ["abc", "", "-5", "1e3", "Infinity", "NaN", "10s", "0x10"]) {
      const { timing, warnings } = parseKioskTiming(`?idle=${encodeURIComponent(bad)}`);
      expect(timing.idleSeconds, bad).toBe(90);
      expect(warnings, bad).toEqual([`ignored idle="${bad}": expected a number of seconds`]);
    }
  });
});
