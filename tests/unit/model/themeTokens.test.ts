/** The page's colour tokens (src/ui/themes.css) against WCAG 2.2 AA, in each scheme. */
import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../../src/model/colour";
import { COLOUR_SCHEMES } from "../../../src/model/scales";
import { readThemeTokens } from "../../helpers/themeTokens";

const tokens = readThemeTokens();
/** High contrast aims at AAA for text. */
const TEXT_MIN = { light: 4.5, dark: 4.5, contrast: 7 } as const;

describe.each(COLOUR_SCHEMES)("%s tokens", (scheme) => {
  const t = tokens[scheme];
  const get = (name: string) => {
    const value = t[name];
    if (!value) throw new Error(`${scheme} has no ${name}`);
    return value;
  };
  const pairs = (foregrounds: string[], backgrounds: string[]) =>
    foregrounds.flatMap((f) => backgrounds.map((b) => [f, b] as const));

  it.each(pairs(["--text", "--muted", "--accent"], ["--bg", "--panel", "--chip", "--selected-row"]))(
    "text %s on %s",
    (fg, bg) => {
      expect(contrastRatio(get(fg), get(bg))).toBeGreaterThanOrEqual(TEXT_MIN[scheme]);
    },
  );

  it.each(pairs(["--on-accent"], ["--accent"]))("text %s on %s", (fg, bg) => {
    expect(contrastRatio(get(fg), get(bg))).toBeGreaterThanOrEqual(TEXT_MIN[scheme]);
  });

  it.each(pairs(["--on-badge"], ["--attested", "--documented", "--inferred", "--illustrative", "--unknown"]))(
    "badge text %s on %s",
    (fg, bg) => {
      expect(contrastRatio(get(fg), get(bg))).toBeGreaterThanOrEqual(TEXT_MIN[scheme]);
    },
  );

  it.each(pairs(["--control-border"], ["--bg", "--panel"]))("control boundary %s on %s (3:1)", (fg, bg) => {
    expect(contrastRatio(get(fg), get(bg))).toBeGreaterThanOrEqual(3);
  });

  it.each(pairs(["--focus"], ["--bg", "--panel", "--chip", "--selected-row"]))(
    "focus ring %s on %s (4.5:1)",
    (fg, bg) => {
      expect(contrastRatio(get(fg), get(bg))).toBeGreaterThanOrEqual(4.5);
    },
  );
});
