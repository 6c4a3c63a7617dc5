/** The page's two languages, text given in both, and their number and list formats. */

export type Lang = "zh" | "en";

export const LOCALE: Record<Lang, string> = { zh: "zh-CN", en: "en-GB" };

/** A name in the language asked for, else in the other one, else `id`. */
export function nameIn(
  name: { zh?: string | undefined; en?: string | undefined },
  lang: Lang,
  id = "",
): string {
  const primary = lang === "zh" ? name.zh : name.en;
  const secondary = lang === "zh" ? name.en : name.zh;
  return primary?.trim() || secondary?.trim() || id;
}

/** Intl objects are slow to create (a filter change formats hundreds of counts), so one per language. */
function perLanguage<T>(make: (locale: string) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) {
      value = make(LOCALE[lang]);
      made.set(lang, value);
    }
    return value;
  };
}

const numberFormat = perLanguage((locale) => new Intl.NumberFormat(locale));
export const pluralRules = perLanguage((locale) => new Intl.PluralRules(locale));
const listFormat = perLanguage(
  (locale) => new Intl.ListFormat(locale, { type: "conjunction", style: "long" }),
);

/** Numbers in the page, through Intl (grouping and digits follow the language). */
export function formatNumber(lang: Lang, value: number): string {
  return numberFormat(lang).format(value);
}

/** "a, b and c" / "a、b和c" */
export function formatList(lang: Lang, items: readonly string[]): string {
  return listFormat(lang).format(items);
}
