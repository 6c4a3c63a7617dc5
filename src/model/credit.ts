/**
 * The credit line of the page and of every export: the dataset's own citation and, when it cites
 * more, how many other sources the sources panel lists ("…, and 19 other sources (see the link)").
 */
import type { Dataset } from "../data/schema";
import { type Lang, nameIn } from "../i18n/lang";
import { translate } from "../i18n/translate";

export function sourceCredit(dataset: Dataset, lang: Lang): string {
  const citation = nameIn(dataset.citation, lang);
  const others = dataset.sources.length;
  if (others === 0) return citation;
  return translate(lang, others === 1 ? "creditOtherSource" : "creditOtherSources", {
    citation,
    count: others,
  });
}
