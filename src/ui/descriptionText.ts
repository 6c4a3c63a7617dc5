/** The message catalogue bound to a language for the model's description of the view. */
import type { CountNoun, DescriptionText } from "../model/describe";
import type { Lang } from "../model/elements";
import { levelName, type MessageKey, tierName, translate } from "./i18n";

export type CountedNoun = CountNoun | "enterprises" | "contractedFactories";

const LOCALE: Record<Lang, string> = { zh: "zh-CN", en: "en-GB" };

/** "1 commander" / "4 commanders" / "4家统帅企业", with the plural form chosen by Intl.PluralRules. */
export function translateCount(lang: Lang, noun: CountedNoun, count: number): string {
  const form = new Intl.PluralRules(LOCALE[lang]).select(count) === "one" ? "one" : "other";
  return translate(lang, `count_${noun}_${form}` as MessageKey, { count });
}

/** Numbers in the page, through Intl (grouping and digits follow the language). */
export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(value);
}

export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE[lang], { type: "conjunction", style: "long" }).format(items);
}

export function createDescriptionText(lang: Lang): DescriptionText {
  return {
    lang,
    message: (key, params) => translate(lang, key, params),
    count: (noun, count) => translateCount(lang, noun, count),
    tierName: (tier) => tierName(lang, tier),
    levelName: (level) => levelName(lang, level),
    list: (items) => formatList(lang, items),
    sentences: (items) => items.join(lang === "zh" ? "" : " "),
  };
}
