import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ColourScheme } from "../../src/model/scales";

export type Tokens = Record<string, string>;

/**
 * Reads the colour tokens of each scheme from src/ui/themes.css: the :root block gives light and
 * dark through light-dark(), the [data-theme="contrast"] block overrides for high contrast.
 */
export function readThemeTokens(): Record<ColourScheme, Tokens> {
  return themeTokensIn(readFileSync(resolve(process.cwd(), "src/ui/themes.css"), "utf8"), "themes.css");
}

/** The colour tokens of each scheme in a stylesheet written as themes.css is; `source` names it in errors. */
export function themeTokensIn(stylesheet: string, source: string): Record<ColourScheme, Tokens> {
  const css = stylesheet.replace(/\/\*[\s\S]*?\*\//g, "");
  const block = (selector: string): string => {
    const start = css.indexOf(`${selector} {`);
    if (start === -1) throw new Error(`${source} has no ${selector} block`);
    return css.slice(start, css.indexOf("}", start));
  };
  const declarations = (text: string) =>
    [...text.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [
      name as string,
      (value as string).trim(),
    ]);

  const light: Tokens = {};
  const dark: Tokens = {};
  for (const [name, value] of declarations(block(":root"))) {
    const pair = /^light-dark\(\s*(#[0-9a-f]{3,6})\s*,\s*(#[0-9a-f]{3,6})\s*\)$/i.exec(value as string);
    if (pair) {
      light[name as string] = pair[1] as string;
      dark[name as string] = pair[2] as string;
    } else if (/^#[0-9a-f]{3,6}$/i.test(value as string)) {
      light[name as string] = value as string;
      dark[name as string] = value as string;
    }
  }
  const contrast: Tokens = { ...dark };
  for (const [name, value] of declarations(block(':root[data-theme="contrast"]')))
    contrast[name as string] = value as string;
  return { light, dark, contrast };
}
