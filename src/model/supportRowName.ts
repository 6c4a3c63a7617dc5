/** The words of a line-style legend row (supportStyles.ts), for the legend and the export legend. */
import { type Lang, nameIn } from "../i18n/lang";
import { translate } from "../i18n/translate";
import type { NetworkIndex } from "./networkIndex";
import type { SupportStyleRow } from "./supportStyles";

/** A legend row's words: "Equipment + Materials", "Support not stated" or "Other combinations". */
export function supportRowName(index: NetworkIndex, row: SupportStyleRow, lang: Lang): string {
  if (row.kinds === null) return translate(lang, "supportOther");
  if (row.kinds.length === 0) return translate(lang, "supportNotStated");
  const kinds = index.dataset.supportKinds;
  return row.kinds.map((id) => nameIn(kinds.find((k) => k.id === id)?.name ?? {}, lang, id)).join(" + ");
}
