/**
 * Messages of the reader's aids that are not drawn on the first screen (the hidden-selection notice,
 * the note on a link's dropped values, region suggestions, the table's extra columns), in Chinese
 * and English: a catalogue of their own, loaded with those views rather than with the page.
 */
import { useMemo } from "react";
import type { Lang } from "../i18n/lang";
import { fillTemplate } from "../i18n/translate";
import { useLang } from "./useDerived";

const en = {
  hiddenSelection: "{name} is hidden by your filters.",
  showHidden: "Show it",
  clearSelection: "Clear",
  regionSuggestion: "A place? Filter by region instead:",
  regionFilter: "{region} ({count})",
};

export type ReaderMessageKey = keyof typeof en;

const zh: Record<ReaderMessageKey, string> = {
  hiddenSelection: "{name}被当前筛选条件隐藏了。",
  showHidden: "显示它",
  clearSelection: "取消选择",
  regionSuggestion: "要找地区吗？改用地区筛选：",
  regionFilter: "{region}（{count}）",
};

const CATALOGUE: Record<Lang, Record<ReaderMessageKey, string>> = { en, zh };

export function translateReader(
  lang: Lang,
  key: ReaderMessageKey,
  params: Record<string, string | number> = {},
): string {
  return fillTemplate(lang, CATALOGUE[lang][key], params);
}

export function useReaderT() {
  const lang = useLang();
  return useMemo(
    () => (key: ReaderMessageKey, params?: Record<string, string | number>) =>
      translateReader(lang, key, params),
    [lang],
  );
}
