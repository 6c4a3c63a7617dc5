/**
 * The sources panel's words, in Chinese and English. Kept beside the main catalogue but out of it:
 * the panel loads on first use, and so do its words (the first load has no room to spare).
 */
import type { Lang } from "./lang";

const en = {
  sourcesTitle: "Sources",
  theArticle: "The article",
  chineseOriginal: "Chinese original",
  englishTranslation: "English translation",
  noTranslation: "The dataset has no English translation of the article.",
  otherSources: "Other sources, by reliability",
  unstatedReliability: "reliability not stated",
  citedBy: "Cited by:",
  citedByNothing: "No record cites it directly.",
  opensInNewTab: "(opens in a new tab)",
  showInGraph: "Show {name} in the graph",
};

export type SourcesMessageKey = keyof typeof en;

const zh: Record<SourcesMessageKey, string> = {
  sourcesTitle: "来源",
  theArticle: "原文",
  chineseOriginal: "中文原文",
  englishTranslation: "英文译文",
  noTranslation: "数据集没有该文的英文译文。",
  otherSources: "其他来源（按可靠程度）",
  unstatedReliability: "未注明可靠程度",
  citedBy: "引用它的记录：",
  citedByNothing: "没有记录直接引用它。",
  opensInNewTab: "（在新标签页中打开）",
  showInGraph: "在图中显示{name}",
};

const catalogue: Record<Lang, Record<SourcesMessageKey, string>> = { en, zh };

export function sourcesMessage(
  lang: Lang,
  key: SourcesMessageKey,
  params: Record<string, string> = {},
): string {
  return catalogue[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}
