/**
 * The sector palettes and graph themes against the accessibility targets of issue #5:
 * graphics at least 3:1 against the background (WCAG 1.4.11), and sector colours that stay
 * distinguishable under simulated protanopia, deuteranopia and tritanopia.
 *
 * Distinguishability threshold: CIEDE2000 distance between every pair of palette colours, for normal
 * vision and for each simulated dichromacy (Machado et al. 2009, severity 1, the strongest form).
 * A distance of about 1 is just noticeable side by side and about 2.3 is a common "just noticeable"
 * figure; small marks seen apart need far more. Palette tools that check categorical palettes use
 * about 10 for normal vision and 15 for simulated deficiencies (e.g. Colorally's defaults). Our
 * nodes are as small as 13 px and a network's colour is read at a glance, so we ask for 15 among the
 * five colours the default dataset uses and 12 across all eight (eight colours that each keep 3:1
 * on white cannot all be 15 apart under all three simulations: an optimiser over the sRGB cube
 * topped out near 14).
 */
import { describe, expect, it } from "vitest";
import { createStyleResolver, type StyleRule } from "../../../src/export/styleResolver";
import { createStylesheet, GRAPH_THEMES } from "../../../src/graph/stylesheet";
import { closestPair, contrastRatio, DEFICIENCIES, mix } from "../../../src/model/colour";
import { COLOUR_FIELD } from "../../../src/model/elements";
import { COLOUR_SCHEMES, OVERFLOW_COLOURS, SECTOR_PALETTES } from "../../../src/model/scales";
import { readThemeTokens } from "../../helpers/themeTokens";

const MIN_GRAPHIC_CONTRAST = { light: 3, dark: 4.5, contrast: 7 } as const;
const MIN_DISTANCE_ALL = 12;
const MIN_DISTANCE_FIRST_FIVE = 15;
const tokens = readThemeTokens();

describe.each(COLOUR_SCHEMES)("%s scheme", (scheme) => {
  const palette = SECTOR_PALETTES[scheme];
  const theme = GRAPH_THEMES[scheme];
  const backgrounds = [
    theme.background,
    tokens[scheme]["--bg"] as string,
    tokens[scheme]["--panel"] as string,
  ];

  it("draws the graph on the page's own background colour", () => {
    expect(theme.background).toBe(tokens[scheme]["--bg"]);
    expect(theme.focus).toBe(tokens[scheme]["--focus"]);
  });

  it("keeps every sector colour above the scheme's contrast floor on page and panel", () => {
    for (const colour of [...palette, OVERFLOW_COLOURS[scheme]]) {
      for (const background of backgrounds) {
        expect(contrastRatio(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(
          MIN_GRAPHIC_CONTRAST[scheme],
        );
      }
    }
  });

  it("keeps links at 3:1 after their opacity is applied", () => {
    for (const colour of palette) {
      const drawn = mix(colour, theme.background, theme.edgeOpacity);
      expect(
        contrastRatio(drawn, theme.background),
        `${colour} at ${theme.edgeOpacity}`,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it("draws every node and link at 3:1 as the stylesheet styles it, illustrative and context ones too", () => {
    const { resolve } = createStyleResolver(createStylesheet(theme) as unknown as StyleRule[]);
    const field = COLOUR_FIELD[scheme];
    const drawn = (colour: string, opacity: number) =>
      contrastRatio(mix(colour, theme.background, opacity), theme.background);
    for (const colour of [...palette, OVERFLOW_COLOURS[scheme]]) {
      for (const level of ["attested", "documented", "inferred", "illustrative"]) {
        for (const classes of [[], ["context"]]) {
          const data = { [field]: colour, level, tier: "commander", shape: "star", size: 12 };
          const node = resolve({ group: "nodes", data, classes: new Set(classes) });
          const fill = Number(node["background-opacity"] ?? 1) * Number(node.opacity ?? 1);
          expect(drawn(colour, fill), `${level} ${classes} node ${colour}`).toBeGreaterThanOrEqual(3);
        }
        const edge = resolve({ group: "edges", data: { [field]: colour, level }, classes: new Set() });
        expect(drawn(colour, Number(edge.opacity ?? 1)), `${level} link ${colour}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("draws labels at 4.5:1 and the selection and focus rings at 3:1", () => {
    expect(contrastRatio(theme.label, theme.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(theme.selection, theme.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(theme.focus, theme.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([undefined, ...DEFICIENCIES])("keeps sector colours apart for %s vision", (deficiency) => {
    const all = closestPair(palette, deficiency);
    const firstFive = closestPair(palette.slice(0, 5), deficiency);
    expect(all.distance, `closest pair ${all.a} / ${all.b}`).toBeGreaterThanOrEqual(MIN_DISTANCE_ALL);
    expect(firstFive.distance, `closest pair ${firstFive.a} / ${firstFive.b}`).toBeGreaterThanOrEqual(
      MIN_DISTANCE_FIRST_FIVE,
    );
  });
});
