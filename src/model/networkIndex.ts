/**
 * Everything derived once per dataset that filtering, layout and the views look up:
 * who commands whom, which prefecture a county belongs to, searchable text.
 * Maps (not plain objects) so that ids such as "__proto__" can never collide with prototype keys.
 */

import type { Dataset, DisplayLevel, Enterprise, Link, Region } from "../data/schema";
import { nameIn } from "../i18n/lang";
import { enterpriseLevel, linkLevel } from "./provenance";
import { normaliseSearchText, placeSearchText } from "./search";
import { computeSupportStyles, type SupportStyles } from "./supportStyles";
import { type Words, wordsOf } from "./vocabulary";

export interface NetworkIndex {
  dataset: Dataset;
  enterprises: ReadonlyMap<string, Enterprise>;
  regions: ReadonlyMap<string, Region>;
  links: ReadonlyMap<string, Link>;
  /**
   * The first commander of each contracted factory (the hub-and-spoke model has exactly one). A link
   * between two commanders is cooperation, not a contract: a commander has no commander.
   */
  commanderOf: ReadonlyMap<string, string>;
  /** Contracted factories of each commander, in dataset order. */
  contractedBy: ReadonlyMap<string, readonly string[]>;
  /** Link ids touching each enterprise. */
  linksOf: ReadonlyMap<string, readonly string[]>;
  /** Region ids from the enterprise's own region up to the top-level one. */
  regionPath: ReadonlyMap<string, readonly string[]>;
  /** Order of each region in a depth-first walk of the region tree; used to seat neighbours together. */
  regionOrder: ReadonlyMap<string, number>;
  level: ReadonlyMap<string, DisplayLevel>;
  linkLevel: ReadonlyMap<string, DisplayLevel>;
  searchText: ReadonlyMap<string, string>;
  /** Top-level regions with their children, in dataset order. */
  regionTree: readonly RegionNode[];
  /** The words the dataset is described in. */
  words: Words;
  /** Sum of the weights of each enterprise's links; empty when no link has a weight. */
  strength: ReadonlyMap<string, number>;
  /** The line style of each link, one per combination of support kinds (the legend's rows). */
  supportStyles: SupportStyles;
}

export interface RegionNode {
  region: Region;
  children: readonly RegionNode[];
}

export function createNetworkIndex(dataset: Dataset): NetworkIndex {
  const enterprises = new Map(dataset.enterprises.map((e) => [e.id, e]));
  const regions = new Map(dataset.regions.map((r) => [r.id, r]));
  const links = new Map(dataset.links.map((l) => [l.id, l]));

  const commanderOf = new Map<string, string>();
  const contractedBy = new Map<string, string[]>();
  const linksOf = new Map<string, string[]>();
  for (const link of dataset.links) {
    if (!commanderOf.has(link.target) && enterprises.get(link.target)?.tier !== "commander") {
      commanderOf.set(link.target, link.source);
      const list = contractedBy.get(link.source) ?? [];
      list.push(link.target);
      contractedBy.set(link.source, list);
    }
    for (const end of [link.source, link.target]) {
      const list = linksOf.get(end) ?? [];
      list.push(link.id);
      linksOf.set(end, list);
    }
  }

  const regionTree = buildRegionTree(dataset.regions);
  const regionOrder = new Map<string, number>();
  const walk = (nodes: readonly RegionNode[]) => {
    for (const node of nodes) {
      regionOrder.set(node.region.id, regionOrder.size);
      walk(node.children);
    }
  };
  walk(regionTree);

  const regionPath = new Map<string, string[]>();
  for (const enterprise of dataset.enterprises) {
    regionPath.set(enterprise.id, ancestry(enterprise.region, regions));
  }

  const level = new Map(dataset.enterprises.map((e) => [e.id, enterpriseLevel(e.provenance)]));
  const levelOfLink = new Map(dataset.links.map((l) => [l.id, linkLevel(l.provenance)]));
  // An enterprise is also found by its regions' names (county, city, prefecture), in every script,
  // on a line of their own (see matchesQuery).
  const searchText = new Map(
    dataset.enterprises.map((e) => {
      const names = (regionPath.get(e.id) ?? []).map((id) => {
        const name = regions.get(id)?.name;
        return placeSearchText([name?.zh, name?.en, name?.pinyin]);
      });
      return [
        e.id,
        `${normaliseSearchText([e.name.zh, e.name.en, e.name.pinyin, e.id].join(" "))}\n${names.join("")}`,
      ];
    }),
  );

  return {
    dataset,
    enterprises,
    regions,
    links,
    commanderOf,
    contractedBy,
    linksOf,
    regionPath,
    regionOrder,
    level,
    linkLevel: levelOfLink,
    searchText,
    regionTree,
    words: wordsOf(dataset),
    strength: linkStrength(dataset),
    supportStyles: computeSupportStyles(dataset),
  };
}

function linkStrength(dataset: Dataset): Map<string, number> {
  const strength = new Map<string, number>();
  if (!dataset.links.some((link) => link.weight !== undefined)) return strength;
  for (const link of dataset.links)
    for (const end of [link.source, link.target])
      strength.set(end, (strength.get(end) ?? 0) + (link.weight ?? 0));
  return strength;
}

function ancestry(regionId: string | undefined, regions: ReadonlyMap<string, Region>): string[] {
  const path: string[] = [];
  let current = regionId;
  // The length guard stops a cyclic parent chain in a user dataset from looping forever.
  while (current !== undefined && regions.has(current) && path.length <= regions.size) {
    if (path.includes(current)) break;
    path.push(current);
    current = regions.get(current)?.parent;
  }
  return path;
}

function buildRegionTree(regions: readonly Region[]): RegionNode[] {
  const ids = new Set(regions.map((r) => r.id));
  const childrenOf = new Map<string, Region[]>();
  const roots: Region[] = [];
  for (const region of regions) {
    if (region.parent !== undefined && ids.has(region.parent) && region.parent !== region.id) {
      const list = childrenOf.get(region.parent) ?? [];
      list.push(region);
      childrenOf.set(region.parent, list);
    } else {
      roots.push(region);
    }
  }
  const seen = new Set<string>();
  const toNode = (region: Region): RegionNode => {
    seen.add(region.id);
    const children = (childrenOf.get(region.id) ?? []).filter((child) => !seen.has(child.id)).map(toNode);
    return { region, children };
  };
  return roots.map(toNode);
}

const ZH_REGION_SUFFIX = /(专区|地区|县|市)$/;
const EN_REGION_SUFFIX = /\s+(Prefecture|County|City)$/;

/**
 * A region's name without its kind ("浑源" / "Hunyuan" for 浑源县 / Hunyuan County), short enough to
 * label a factory on the canvas. A one-character name keeps its suffix (沁县, not 沁), in both languages,
 * since a single syllable alone reads as nothing.
 */
export function shortRegionName(
  name: { zh?: string | undefined; en?: string | undefined },
  lang: "zh" | "en",
  id = "",
): string {
  const zh = name.zh?.trim() ?? "";
  const stem = zh.replace(ZH_REGION_SUFFIX, "");
  const keepsSuffix = zh !== "" && [...stem].length < 2;
  if (lang === "zh" && zh !== "") return keepsSuffix ? zh : stem;
  const full = nameIn(name, lang, id);
  return keepsSuffix ? full : full.replace(EN_REGION_SUFFIX, "");
}
