/**
 * Words of the details panel's grouped factory list and of the table's extra columns, in Chinese and
 * English. Kept out of the main catalogue: both views load on first use, and so do their words.
 */
import type { Lang } from "./lang";
import { fillTemplate } from "./translate";

const en = {
  allIn: "All in {region}",
  placeUnknown: "Place not known",
  chineseName: "Chinese name",
  englishName: "English name",
  topRegion: "Prefecture or city",
};

export type DetailsTableMessageKey = keyof typeof en;

const zh: Record<DetailsTableMessageKey, string> = {
  allIn: "均在{region}",
  placeUnknown: "地点不详",
  chineseName: "中文名称",
  englishName: "英文名称",
  topRegion: "专区或市",
};

const catalogue: Record<Lang, Record<DetailsTableMessageKey, string>> = { en, zh };

export function detailsTableMessage(
  lang: Lang,
  key: DetailsTableMessageKey,
  params: Record<string, string | number> = {},
): string {
  return fillTemplate(lang, catalogue[lang][key], params);
}
