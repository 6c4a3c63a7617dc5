/**
 * Everything a figure says in words, in the view's language, from the one message catalogue
 * (src/i18n/: a plain module, no React), and the legend's entries with samples drawn from the
 * graph's own stylesheet and scales.
 */
import { PROVENANCE_LEVELS, TIERS } from "../data/schema";
import { formatNumber, type Lang, nameIn } from "../i18n/lang";
import {
  levelExplanation,
  levelName,
  type MessageKey,
  tierName,
  translate,
  translateCount,
} from "../i18n/translate";
import { sourceCredit } from "../model/credit";
import type { Filters, Visibility } from "../model/filters";
import type { NetworkIndex } from "../model/networkIndex";
import {
  createEdgeWidth,
  createSectorColour,
  OVERFLOW_COLOUR,
  TIER_SHAPE,
  weightExtent,
} from "../model/scales";
import { supportRowName } from "../model/supportRowName";
import type { StyleResolver } from "./styleResolver";

export type LegendSample =
  | { kind: "swatch"; colour: string }
  | { kind: "node"; data: Record<string, unknown>; classes: string[] }
  | { kind: "edge"; data: Record<string, unknown> };

export interface LegendItem {
  id: string;
  label: string;
  note?: string;
  sample: LegendSample;
}

export interface LegendSection {
  id: string;
  heading: string;
  items: LegendItem[];
}

export interface FigureText {
  lang: Lang;
  title: string;
  filters: string;
  source: string;
  date: string;
  link: string;
  empty: string;
  legend: LegendSection[];
  provenance: LegendSection | null;
  /** Lines every figure of the view prints above its source, whatever parts it leaves out: the map's key and credit. */
  notes?: string[];
  /** Only so the writers can resolve legend samples with the same stylesheet as the graph. */
  style: StyleResolver;
}

/** An export's credit when the dataset cites more than its own source; export-only words, off the first load. */
const SOURCES_CREDIT: Record<Lang, string> = {
  en: "Sources: {credit} (see the link)",
  zh: "出处：{credit}（详见链接）",
};

/** Samples are drawn in a neutral grey so that they stand for every network. */
export const SAMPLE_COLOUR = OVERFLOW_COLOUR;

export function describeFilters(index: NetworkIndex, filters: Filters, lang: Lang): string[] {
  const sector = (id: string) => nameIn(index.dataset.sectors.find((s) => s.id === id)?.name ?? {}, lang, id);
  const region = (id: string) => nameIn(index.regions.get(id)?.name ?? {}, lang, id);
  const parts = [
    ...filters.sectors.map(sector),
    ...filters.regions.map(region),
    ...filters.tiers.map((tier) => tierName(lang, tier, index.words)),
    ...filters.provenance.map((level) => levelName(lang, level, index.words)),
  ];
  const query = filters.query.trim();
  if (query !== "") parts.push(translate(lang, "figureSearch", { query }));
  return parts;
}

/** One line naming the view, e.g. "Coal · Jinnan Prefecture — 36 of 183 enterprises shown". */
export function viewDescription(
  index: NetworkIndex,
  filters: Filters,
  visibility: Visibility,
  lang: Lang,
): string {
  const parts = describeFilters(index, filters, lang);
  const count = translate(lang, "shownCount", {
    shown: visibility.matching.size,
    total: index.enterprises.size,
  });
  const what = parts.length > 0 ? parts.join(" · ") : translate(lang, "figureNoFilters");
  return `${what} — ${count}`;
}

function legendSections(
  index: NetworkIndex,
  visibility: Visibility,
  lang: Lang,
  t: (key: MessageKey) => string,
): { legend: LegendSection[]; provenance: LegendSection | null } {
  const { dataset } = index;
  const shown = (id: string) => visibility.matching.has(id) || visibility.context.has(id);
  const shownEnterprises = dataset.enterprises.filter((e) => shown(e.id));
  const sectorColour = createSectorColour(dataset.sectors.map((s) => s.id));
  const sectorsShown = new Set(shownEnterprises.map((e) => e.sector));
  const tiersShown = new Set(shownEnterprises.map((e) => e.tier));
  const sample = { colour: SAMPLE_COLOUR, level: "attested" };

  const legend: LegendSection[] = [
    {
      id: "legend-networks",
      heading: t("legendSectors"),
      items: dataset.sectors
        .filter((s) => sectorsShown.has(s.id))
        .map((s) => ({
          id: `legend-network-${s.id}`,
          label: nameIn(s.name, lang, s.id),
          sample: { kind: "swatch", colour: sectorColour(s.id) },
        })),
    },
    {
      id: "legend-tiers",
      heading: t("legendTiers"),
      items: TIERS.filter((tier) => tiersShown.has(tier)).map((tier) => ({
        id: `legend-tier-${tier}`,
        label: tierName(lang, tier, index.words),
        sample: {
          kind: "node",
          data: {
            ...sample,
            tier,
            shape: TIER_SHAPE[tier],
            size: { commander: 16, medium: 13, small: 10 }[tier],
          },
          classes: [],
        },
      })),
    },
  ];

  // One row per line style drawn: each stands for one combination of support kinds.
  const { supportStyles } = index;
  const drawnStyles = new Set(
    dataset.links.filter((l) => visibility.links.has(l.id)).map((l) => supportStyles.styleOf.get(l.id)),
  );
  const rows =
    dataset.supportKinds.length > 0 ? supportStyles.rows.filter((r) => drawnStyles.has(r.style)) : [];
  if (rows.length > 0) {
    legend.push({
      id: "legend-support",
      heading: t("legendSupport"),
      items: rows.map((row) => ({
        id: `legend-support-${row.style}`,
        label: supportRowName(index, row, lang),
        sample: { kind: "edge", data: { ...sample, lineStyle: row.style } },
      })),
    });
    // Illustrative links are drawn thinner: that mark needs its row too.
    if (
      dataset.links.some((l) => visibility.links.has(l.id) && index.linkLevel.get(l.id) === "illustrative")
    ) {
      legend.at(-1)?.items.push({
        id: "legend-support-illustrative",
        label: t("legendIllustrativeLink"),
        sample: { kind: "edge", data: { ...sample, level: "illustrative", lineStyle: "solid" } },
      });
    }
  }

  const weights = weightExtent(dataset.links);
  if (weights) {
    const width = createEdgeWidth(weights[1]);
    legend.push({
      id: "legend-weight",
      heading: t("legendWeight"),
      items: [...new Set(weights)].map((weight) => ({
        id: `legend-weight-${weight}`,
        label: formatNumber(lang, weight),
        sample: { kind: "edge", data: { ...sample, width: width(weight) } },
      })),
    });
  }

  const levelsShown = new Set(shownEnterprises.map((e) => index.level.get(e.id)));
  const items: LegendItem[] = PROVENANCE_LEVELS.filter((level) => levelsShown.has(level)).map((level) => ({
    id: `legend-provenance-${level}`,
    label: levelName(lang, level, index.words),
    note: levelExplanation(lang, level, index.words),
    sample: {
      kind: "node",
      data: { ...sample, tier: "small", shape: "ellipse", size: 12, level },
      classes: [],
    },
  }));
  if (visibility.context.size > 0) {
    items.push({
      id: "legend-provenance-context",
      label: t("legendContext"),
      sample: {
        kind: "node",
        data: { ...sample, tier: "commander", shape: "ellipse", size: 12 },
        classes: ["context"],
      },
    });
  }
  if (visibility.placeholders.size > 0) {
    items.push({
      id: "legend-provenance-unnamed",
      label: t("legendUnnamed"),
      sample: { kind: "node", data: { ...sample, shape: "ellipse", size: 12 }, classes: ["placeholder"] },
    });
  }
  const provenance =
    items.length > 0 ? { id: "legend-provenance", heading: t("legendProvenance"), items } : null;
  return { legend: legend.filter((section) => section.items.length > 0), provenance };
}

export interface FigureTextInput {
  index: NetworkIndex;
  filters: Filters;
  visibility: Visibility;
  lang: Lang;
  /** ISO date of the export. */
  date: string;
  url: string;
  style: StyleResolver;
}

export function buildFigureText(input: FigureTextInput): FigureText {
  const { index, filters, visibility, lang } = input;
  const { dataset, words } = index;
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(lang, key, params, words.register);
  const filtered = describeFilters(index, filters, lang);
  const count = t("shownCount", { shown: visibility.matching.size, total: index.enterprises.size });
  const context =
    visibility.context.size > 0
      ? ` · ${t("contextCount", { commanders: translateCount(lang, "commanders", visibility.context.size, words) })}`
      : "";
  return {
    lang,
    title: nameIn(dataset.title, lang) || t("appTitleFallback"),
    filters: `${filtered.length > 0 ? t("figureFilters", { filters: filtered.join(" · ") }) : t("figureNoFilters")} — ${count}${context}`,
    source:
      dataset.sources.length > 0
        ? SOURCES_CREDIT[lang].replace("{credit}", sourceCredit(dataset, lang))
        : t("figureSource", { citation: nameIn(dataset.citation, lang) }),
    date: t("figureExported", { date: input.date }),
    link: t("figureLink", { url: input.url }),
    empty: t("emptyTitle"),
    ...legendSections(index, visibility, lang, t),
    style: input.style,
  };
}
