/**
 * The keyboard outline of the graph: what the canvas shows, as a tree a screen reader and a
 * keyboard can walk (network, then commander, then the factories contracted to it).
 * Pure data; the tree widget in ui/GraphOutline.tsx renders it and handles the keys.
 */
import type { Tier } from "../data/schema";
import { type Lang, nameIn } from "../i18n/lang";
import { translate } from "../i18n/translate";
import { allPlaceholders, tallyBySector } from "./attested";
import type { Visibility } from "./filters";
import type { NetworkIndex } from "./networkIndex";

export interface OutlineItem {
  /** Unique in the tree: `network:<sector>` for networks, the enterprise or placeholder id for the others. */
  key: string;
  /** "placeholder": members the source attests without naming, drawn in place of hidden stand-ins. */
  kind: "network" | "enterprise" | "placeholder";
  sector: string;
  /** Set for enterprises. */
  enterpriseId?: string;
  tier?: Tier;
  label: string;
  /** A commander drawn only because some of its factories match the filters. */
  context: boolean;
  /** Enterprises shown below this item (all descendants). */
  count: number;
  /** For a network: how many of them the source attests (model/attested.ts). */
  attested?: number;
  /** For a placeholder: the passage that attests its members, in the page's language. */
  quote?: string;
  children: OutlineItem[];
}

export function networkKey(sector: string): string {
  return `network:${sector}`;
}

/**
 * Networks in dataset order, each with the shown enterprises that no shown enterprise commands
 * (the commanders), each with its shown contracted factories. Networks with nothing shown are left out.
 */
export function computeOutline(index: NetworkIndex, visibility: Visibility, lang: Lang): OutlineItem[] {
  const shown = (id: string) => visibility.matching.has(id) || visibility.context.has(id);
  const placed = new Set<string>();

  const enterpriseItem = (id: string): OutlineItem | null => {
    const enterprise = index.enterprises.get(id);
    if (!enterprise || placed.has(id)) return null;
    placed.add(id);
    const children = (index.contractedBy.get(id) ?? [])
      .filter(shown)
      .map(enterpriseItem)
      .filter((item): item is OutlineItem => item !== null);
    return {
      key: id,
      kind: "enterprise",
      sector: enterprise.sector,
      enterpriseId: id,
      tier: enterprise.tier,
      label: nameIn(enterprise.name, lang, id),
      context: visibility.context.has(id),
      count: children.reduce((sum, child) => sum + 1 + child.count, 0),
      children,
    };
  };

  const roots = new Map<string, OutlineItem[]>();
  for (const enterprise of index.dataset.enterprises) {
    if (!shown(enterprise.id)) continue;
    const commander = index.commanderOf.get(enterprise.id);
    if (commander !== undefined && shown(commander)) continue;
    const item = enterpriseItem(enterprise.id);
    if (!item) continue;
    const list = roots.get(enterprise.sector) ?? [];
    list.push(item);
    roots.set(enterprise.sector, list);
  }

  for (const { id, sector, members } of allPlaceholders(index)) {
    if (!visibility.placeholders.has(id)) continue;
    const quote = index.dataset.quotes.find((q) => q.id === members.quoteId);
    const list = roots.get(sector) ?? [];
    list.push({
      key: id,
      kind: "placeholder",
      sector,
      tier: members.tier,
      label: translate(lang, "unnamedLabel", { text: nameIn(members.text, lang, "") }, index.words.register),
      ...(quote && { quote: lang === "zh" ? quote.zh : quote.en }),
      context: false,
      count: 0,
      children: [],
    });
    roots.set(sector, list);
  }

  const tallies = tallyBySector(
    index,
    index.dataset.enterprises.filter((e) => shown(e.id)).map((e) => e.id),
  );
  const outline: OutlineItem[] = [];
  const sectorIds = [
    ...index.dataset.sectors.map((s) => s.id),
    // Enterprises whose sector is missing from the sector list still get a branch.
    ...[...roots.keys()].filter((id) => !index.dataset.sectors.some((s) => s.id === id)),
  ];
  for (const sectorId of sectorIds) {
    const children = roots.get(sectorId);
    if (!children || children.length === 0) continue;
    const sector = index.dataset.sectors.find((s) => s.id === sectorId);
    outline.push({
      key: networkKey(sectorId),
      kind: "network",
      sector: sectorId,
      label: nameIn(sector?.name ?? {}, lang, sectorId),
      context: false,
      count: children.reduce((sum, child) => sum + (child.kind === "placeholder" ? 0 : 1 + child.count), 0),
      attested: tallies.get(sectorId)?.attested ?? 0,
      children,
    });
  }
  return outline;
}

/** One row of the tree as the keyboard walks it: only items whose ancestors are all expanded. */
export interface OutlineRow {
  item: OutlineItem;
  level: number;
  parentKey: string | null;
  /** Position among its siblings, from 1, and the number of siblings (aria-posinset, aria-setsize). */
  position: number;
  setSize: number;
}

export function visibleRows(outline: readonly OutlineItem[], expanded: ReadonlySet<string>): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const walk = (items: readonly OutlineItem[], level: number, parentKey: string | null) => {
    items.forEach((item, i) => {
      rows.push({ item, level, parentKey, position: i + 1, setSize: items.length });
      if (item.children.length > 0 && expanded.has(item.key)) walk(item.children, level + 1, item.key);
    });
  };
  walk(outline, 1, null);
  return rows;
}

/** Keys of the items above `key`, outermost first; empty when `key` is a root or not in the tree. */
export function ancestorKeys(outline: readonly OutlineItem[], key: string): string[] {
  const path: string[] = [];
  const find = (items: readonly OutlineItem[]): boolean => {
    for (const item of items) {
      if (item.key === key) return true;
      path.push(item.key);
      if (find(item.children)) return true;
      path.pop();
    }
    return false;
  };
  return find(outline) ? path : [];
}
