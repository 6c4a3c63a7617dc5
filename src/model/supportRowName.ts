/** The words of a line-style legend row (supportStyles.ts), for the legend and the export legend. */
import { type Lang, nameIn } from "../i18n/lang";
import type { NetworkIndex } from "./networkIndex";
import type { SupportStyleRow } from "./supportStyles";

/** Read only by the lazily loaded legend and export, so kept out of the first load's catalogue. */
const WORDS: Record<Lang, { notStated: string; other: string }> = {
  en: { notStated: "Support not stated", other: "Other combinations of support" },
  zh: { notStated: "未说明支援方式", other: "其他支援方式组合" },
};

/** A legend row's words: "Equipment + Materials", "Support not stated" or "Other combinations". */
export function supportRowName(index: NetworkIndex, row: SupportStyleRow, lang: Lang): string {
  if (row.kinds === null) return WORDS[lang].other;
  if (row.kinds.length === 0) return WORDS[lang].notStated;
  const kinds = index.dataset.supportKinds;
  return row.kinds.map((id) => nameIn(kinds.find((k) => k.id === id)?.name ?? {}, lang, id)).join(" + ");
}
