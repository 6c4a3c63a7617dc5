// @vitest-environment jsdom
/**
 * index.html's placeholder repeats, as static HTML and CSS, what the app shows once it runs: the theme
 * colours, the dataset's title, the loading words and where the panels are remembered. These keep the
 * copies equal to their sources, so that the first paint does not change when the app takes over.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/schema";
import { translate } from "../../../src/i18n/translate";
import { COLOUR_SCHEMES } from "../../../src/model/scales";
import { PANEL_STORAGE_KEY } from "../../../src/ui/panelState";
import { readThemeTokens, themeTokensIn } from "../../helpers/themeTokens";

const read = (path: string) => readFileSync(resolve(process.cwd(), path), "utf8");
const html = read("index.html");
const page = new DOMParser().parseFromString(html, "text/html");
const dataset: Dataset = JSON.parse(read("public/data/shanxi-1958.json"));

const textIn = (selector: string, lang: string) =>
  page.querySelector(`${selector} [lang="${lang}"]`)?.textContent?.trim();

describe("index.html's placeholder", () => {
  const styles = [...page.querySelectorAll("head style")].map((style) => style.textContent ?? "").join("\n");
  const copied = themeTokensIn(styles, "index.html");
  const original = readThemeTokens();

  it.each(COLOUR_SCHEMES)("has the %s theme's colours", (scheme) => {
    const names = Object.keys(copied[scheme]);
    expect(names).toEqual(expect.arrayContaining(["--bg", "--text", "--muted", "--border"]));
    for (const name of names) expect(copied[scheme][name], `${scheme} ${name}`).toBe(original[scheme][name]);
  });

  it("titles the page as the dataset does, in both languages", () => {
    expect(textIn(".placeholder-title", "en")).toBe(dataset.title.en);
    expect(textIn(".placeholder-title", "zh-CN")).toBe(dataset.title.zh);
  });

  it("says it is loading in the app's words, in both languages", () => {
    expect(textIn(".placeholder-message", "en")).toBe(translate("en", "loading"));
    expect(textIn(".placeholder-message", "zh-CN")).toBe(translate("zh", "loading"));
    expect(page.querySelector(".placeholder-message")?.getAttribute("role")).toBe("status");
  });

  it("reads the panels from where the explorer keeps them", () => {
    expect(html).toContain(`localStorage.getItem("${PANEL_STORAGE_KEY}")`);
  });
});
