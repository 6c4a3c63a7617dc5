/**
 * One message catalogue for every UI string, ARIA label, table header and export text, in Chinese
 * and English (en.ts, zh.ts). It imports nothing from the app, so the data, model, export and UI
 * layers all read it.
 *
 * English is part of the first load; Chinese is fetched on first use (`loadCatalogue`), which the
 * view store does before it switches the page to it. Until then Chinese messages read as English.
 */
import {
  type Catalogue,
  en,
  type LevelKey,
  type MessageKey,
  type Register,
  type ReliabilityKey,
  type TierKey,
} from "./en";
import { formatNumber, type Lang, nameIn, pluralRules } from "./lang";

export type { LevelKey, MessageKey, Register, TierKey } from "./en";

const loaded: Partial<Record<Lang, Catalogue>> = { en };
let loadingZh: Promise<void> | undefined;

export function isCatalogueLoaded(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

export function loadCatalogue(lang: Lang): Promise<void> {
  if (isCatalogueLoaded(lang)) return Promise.resolve();
  loadingZh ??= import("./zh").then(
    ({ zh }) => {
      loaded.zh = zh;
    },
    (error: unknown) => {
      loadingZh = undefined;
      throw error;
    },
  );
  return loadingZh;
}

function catalogue(lang: Lang): Catalogue {
  return loaded[lang] ?? en;
}

/** How a dataset is worded: its register, and the tier names its file gives, if any. */
export interface Wording {
  register: Register;
  tierNames: Partial<Record<TierKey, { zh?: string | undefined; en?: string | undefined }>>;
}

/** `register`: "network" describes a dataset that is not the 1958 article's in its own terms. */
export function translate(
  lang: Lang,
  key: MessageKey,
  params: Record<string, string | number> = {},
  register: Register = "article",
): string {
  const messages = catalogue(lang);
  const template =
    (register === "network" ? messages.networkMessages[key] : undefined) ?? messages.messages[key];
  return fillTemplate(lang, template, params);
}

/** Puts the parameters into a message's `{name}` slots, numbers formatted for the language. */
export function fillTemplate(lang: Lang, template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? formatValue(lang, params[name]) : match,
  );
}

function formatValue(lang: Lang, value: string | number | undefined): string {
  return typeof value === "number" ? formatNumber(lang, value) : String(value);
}

/** The nouns the catalogue can count: every `count_<noun>_one` message. */
export type CountedNoun = {
  [Key in MessageKey]: Key extends `count_${infer Noun}_one` ? Noun : never;
}[MessageKey];

/** "1 commander" / "4 commanders" / "4家统帅企业", with the plural form chosen by Intl.PluralRules. */
export function translateCount(
  lang: Lang,
  noun: CountedNoun,
  count: number,
  words: Pick<Wording, "register">,
): string {
  const form = pluralRules(lang).select(count) === "one" ? "one" : "other";
  return translate(lang, `count_${noun}_${form}`, { count }, words.register);
}

export function tierName(lang: Lang, tier: TierKey, words: Wording): string {
  const given = words.tierNames[tier];
  return (given && nameIn(given, lang)) || catalogue(lang).tierNames[words.register][tier];
}

/** What a record is: its tier, or for a group a source speaks of together, "Group of enterprises". */
export function roleName(
  lang: Lang,
  record: { tier: TierKey; kind?: string | undefined },
  words: Wording,
): string {
  return record.kind === "group"
    ? catalogue(lang).messages.groupOfEnterprises
    : tierName(lang, record.tier, words);
}

export function levelName(lang: Lang, level: LevelKey, words: Pick<Wording, "register">): string {
  return catalogue(lang).levelNames[words.register][level];
}

export function levelExplanation(lang: Lang, level: LevelKey, words: Pick<Wording, "register">): string {
  return catalogue(lang).levelExplanations[words.register][level];
}

export function reliabilityName(lang: Lang, reliability: ReliabilityKey): string {
  return catalogue(lang).reliabilityNames[reliability];
}
