/** A count split by provenance: "120 · 25 attested" to see, the whole sentence for a screen reader. */
import type { Lang } from "../i18n/lang";
import { type Register, translate, translateCount } from "../i18n/translate";
import type { SectorTally } from "../model/attested";

export interface AttestedCountText {
  text: string;
  label: string;
}

export function attestedCountText(
  lang: Lang,
  words: { register: Register },
  tally: SectorTally,
): AttestedCountText {
  const { total, attested } = tally;
  return {
    text: translate(lang, "countAttested", { total, attested }, words.register),
    label: translate(
      lang,
      "countAttestedLabel",
      { count: translateCount(lang, "enterprises", total, words), attested },
      words.register,
    ),
  };
}
