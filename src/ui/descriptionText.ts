/** The message catalogue bound to a language for the model's description of the view. */
import { formatList, type Lang } from "../i18n/lang";
import { levelName, tierName, translate, translateCount } from "../i18n/translate";
import type { DescriptionText } from "../model/describe";
import type { Words } from "../model/vocabulary";

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
