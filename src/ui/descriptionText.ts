/** The message catalogue bound to a language for the model's description of the view. */
import type { CountNoun, DescriptionText } from "../model/describe";
import type { Lang } from "../model/elements";
import type { Words } from "../model/vocabulary";
import {
  levelName,
  listFormat,
  type MessageKey,
  numberFormat,
  pluralRules,
  tierName,
  translate,
} from "./i18n";

export type CountedNoun = CountNoun | "enterprises" | "contractedFactories";

/** "1 commander" / "4 commanders" / "4家统帅企业", with the plural form chosen by Intl.PluralRules. */
export function translateCount(lang: Lang, noun: CountedNoun, count: number, words: Words): string {
  const form = pluralRules(lang).select(count) === "one" ? "one" : "other";
  return translate(lang, `count_${noun}_${form}` as MessageKey, { count }, words.register);
}

/** Numbers in the page, through Intl (grouping and digits follow the language). */
export function formatNumber(lang: Lang, value: number): string {
  return numberFormat(lang).format(value);
}

export function formatList(lang: Lang, items: readonly string[]): string {
  return listFormat(lang).format(items);
}

export function createDescriptionText(lang: Lang, words: Words): DescriptionText {
  return {
    lang,
    message: (key, params) => translate(lang, key, params, words.register),
    count: (noun, count) => translateCount(lang, noun, count, words),
    tierName: (tier) => tierName(lang, tier, words),
    levelName: (level) => levelName(lang, level, words),
    list: (items) => formatList(lang, items),
    sentences: (items) => items.join(lang === "zh" ? "" : " "),
  };
}
