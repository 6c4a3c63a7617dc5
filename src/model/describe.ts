/**
 * The text alternative of the graph, written from the current view: a short label for the canvas
 * and a long description ("Coal network: 4 commanders, 18 small factories in 3 prefectures …;
 * filtered by …") that screen readers read and hear again when the filters change.
 *
 * The words come from the UI's message catalogue through `DescriptionText`, so this module stays
 * free of UI code and there is still one catalogue.
 */
import type { DisplayLevel, Tier } from "../data/schema";
import { type Lang, nameIn } from "../i18n/lang";
import type { Filters, Visibility } from "./filters";
import type { NetworkIndex } from "./networkIndex";

export type DescribeMessage =
  | "describeShort"
  | "describeOverview"
  | "describeContext"
  | "describeNetwork"
  | "describeWhere"
  | "describeFiltered"
  | "describeUnfiltered"
  | "describeFocus"
  | "describeEmpty"
  | "describeFilterPart"
  | "sectors"
  | "regions"
  | "tiers"
  | "provenance"
  | "search";

export type CountNoun =
  | "commanders"
  | "mediumFactories"
  | "smallFactories"
  | "prefectures"
  | "cities"
  | "counties"
  | "groups";

export interface DescriptionText {
  lang: Lang;
  message(key: DescribeMessage, params?: Record<string, string | number>): string;
  /** "1 commander", "4 commanders", "4家统帅企业": number and noun in the right plural form. */
  count(noun: CountNoun, count: number): string;
  tierName(tier: Tier): string;
  levelName(level: DisplayLevel): string;
  /** "a, b and c" / "a、b和c" */
  list(items: readonly string[]): string;
  /** Joins sentences: with spaces in English, directly in Chinese. */
  sentences(items: readonly string[]): string;
}

export interface ViewDescription {
  /** For the canvas's aria-label. */
  short: string;
  /** For aria-describedby and the polite live region. */
  long: string;
}

const TIER_NOUN: Record<Tier, CountNoun> = {
  commander: "commanders",
  medium: "mediumFactories",
  small: "smallFactories",
};
const KIND_NOUN = { prefecture: "prefectures", city: "cities", county: "counties" } as const;

export function describeView(
  index: NetworkIndex,
  filters: Filters,
  visibility: Visibility,
  text: DescriptionText,
  focusSector: string | null = null,
): ViewDescription {
  const { dataset } = index;
  const { lang } = text;
  const drawn = [...index.enterprises.values()].filter(
    (e) => visibility.matching.has(e.id) || visibility.context.has(e.id),
  );
  const sectorsShown = dataset.sectors.filter((s) => drawn.some((e) => e.sector === s.id));
  const short = text.message("describeShort", {
    networks: sectorsShown.length,
    enterprises: drawn.length,
  });

  const parts: string[] = [];
  if (visibility.matching.size === 0) {
    parts.push(text.message("describeEmpty"));
  } else {
    parts.push(
      text.message("describeOverview", {
        shown: visibility.matching.size,
        total: index.enterprises.size,
        networks: sectorsShown.length,
        allNetworks: dataset.sectors.length,
        context:
          visibility.context.size > 0
            ? text.message("describeContext", {
                commanders: text.count("commanders", visibility.context.size),
              })
            : "",
      }),
    );
    for (const sector of sectorsShown) {
      const inSector = drawn.filter((e) => e.sector === sector.id);
      // Groups of enterprises (the article's "Taiyuan's state industrial enterprises") are not factories.
      const groups = inSector.filter((e) => e.kind === "group").length;
      const tierCounts = (["commander", "medium", "small"] as const)
        .map((tier) => [tier, inSector.filter((e) => e.tier === tier && e.kind !== "group").length] as const)
        .filter(([, n]) => n > 0)
        .map(([tier, n]) => text.count(TIER_NOUN[tier], n))
        .concat(groups > 0 ? [text.count("groups", groups)] : []);
      const topRegions = new Set(
        inSector
          .map((e) => index.regionPath.get(e.id) ?? [])
          .filter((path) => path.length > 0)
          .map((path) => path[path.length - 1] as string),
      );
      const areaCounts = (["prefecture", "city", "county"] as const)
        .map(
          (kind) =>
            [kind, [...topRegions].filter((id) => index.regions.get(id)?.kind === kind).length] as const,
        )
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => text.count(KIND_NOUN[kind], n));
      parts.push(
        text.message("describeNetwork", {
          name: nameIn(sector.name, lang, sector.id),
          parts: text.list(tierCounts),
          where: areaCounts.length > 0 ? text.message("describeWhere", { areas: text.list(areaCounts) }) : "",
        }),
      );
    }
  }

  const filterParts = describeFilters(index, filters, text);
  parts.push(
    filterParts.length > 0
      ? text.message("describeFiltered", { filters: filterParts.join(lang === "zh" ? "；" : "; ") })
      : text.message("describeUnfiltered"),
  );
  if (focusSector !== null) {
    const sector = dataset.sectors.find((s) => s.id === focusSector);
    if (sector) parts.push(text.message("describeFocus", { name: nameIn(sector.name, lang, sector.id) }));
  }
  return { short, long: text.sentences(parts) };
}

function describeFilters(index: NetworkIndex, filters: Filters, text: DescriptionText): string[] {
  const { lang } = text;
  const part = (facet: DescribeMessage, values: string[]) =>
    values.length > 0
      ? [text.message("describeFilterPart", { facet: text.message(facet), values: text.list(values) })]
      : [];
  const query = filters.query.trim();
  return [
    ...part(
      "sectors",
      filters.sectors.map((id) =>
        nameIn(index.dataset.sectors.find((s) => s.id === id)?.name ?? {}, lang, id),
      ),
    ),
    ...part(
      "regions",
      filters.regions.map((id) => nameIn(index.regions.get(id)?.name ?? {}, lang, id)),
    ),
    ...part("tiers", filters.tiers.map(text.tierName)),
    ...part("provenance", filters.provenance.map(text.levelName)),
    ...part("search", query === "" ? [] : [`“${query}”`]),
  ];
}
