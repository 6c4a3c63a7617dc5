/**
 * The graph as plain element definitions (the shape cytoscape takes), built once per dataset and
 * language. Positions come from the layout; colours and sizes from the scales.
 */
import type { DisplayLevel, Tier } from "../data/schema";
import type { Lang } from "../i18n/lang";
import { nameIn } from "../i18n/lang";
import { translate } from "../i18n/translate";
import { allPlaceholders, type Placeholder } from "./attested";
import { computeLayout, type LabelSide, type Layout } from "./layout";
import { type NetworkIndex, shortRegionName } from "./networkIndex";
import { type HubNameGrowth, packedPositions, packNetworks } from "./packing";
import {
  type ColourScheme,
  createEdgeWidth,
  createNodeSize,
  createSectorColour,
  TIER_SHAPE,
  weightExtent,
} from "./scales";
import type { LineStyle } from "./supportStyles";

/**
 * A sector colour for each scheme, so that switching theme only swaps the stylesheet (which reads
 * the field named by `COLOUR_FIELD`) and never rebuilds the elements.
 */
export interface SchemeColours {
  /** The light scheme's colour (also what exports on white use). */
  colour: string;
  colourDark: string;
  colourContrast: string;
}

export const COLOUR_FIELD: Record<ColourScheme, keyof SchemeColours> = {
  light: "colour",
  dark: "colourDark",
  contrast: "colourContrast",
};

export interface NodeData extends SchemeColours {
  id: string;
  label: string;
  sector: string;
  tier: Tier;
  shape: string;
  size: number;
  level: DisplayLevel;
  labelSide: LabelSide;
  contracted: number;
}

export interface EdgeData extends SchemeColours {
  id: string;
  source: string;
  target: string;
  /** One style per combination of support kinds (supportStyles.ts); the details panel names them. */
  lineStyle: LineStyle;
  level: DisplayLevel;
  /** Line width by weight (scales.ts); absent for a link without a weight, drawn at the default width. */
  width?: number;
  weight?: number;
}

/** A network's name drawn above its cluster; not an enterprise, never selectable. */
export interface ClusterTitleData extends SchemeColours {
  id: string;
  sector: string;
  label: string;
}

/**
 * Members a source attests without naming, drawn when the provenance filter hides the records that
 * stand in for them (model/attested.ts); not an enterprise, never selectable.
 */
export interface PlaceholderData extends SchemeColours {
  id: string;
  sector: string;
  label: string;
  shape: string;
  size: number;
}

export interface GraphElements {
  nodes: Array<{ data: NodeData; position: { x: number; y: number } }>;
  titles: Array<{ data: ClusterTitleData; position: { x: number; y: number } }>;
  placeholders: Array<{ data: PlaceholderData; position: { x: number; y: number } }>;
  edges: Array<{ data: EdgeData }>;
  layout: Layout;
}

/** Longest label drawn on the canvas; the full name stays in the details and the table. */
const MAX_LABEL_LENGTH = 40;

export function truncateLabel(label: string): string {
  const chars = [...label];
  return chars.length > MAX_LABEL_LENGTH ? `${chars.slice(0, MAX_LABEL_LENGTH - 1).join("")}…` : label;
}

function computeNodeSizes(index: NetworkIndex): Map<string, number> {
  let maxContracted = 0;
  for (const list of index.contractedBy.values()) maxContracted = Math.max(maxContracted, list.length);
  const nodeSize = createNodeSize(maxContracted);
  return new Map(
    index.dataset.enterprises.map((e) => [e.id, nodeSize(e.tier, index.contractedBy.get(e.id)?.length ?? 0)]),
  );
}

export function clusterTitleId(sector: string): string {
  return `cluster-title:${sector}`;
}

/**
 * What the canvas writes beside a node: a commander's name, and for a factory its county, which is
 * what tells one spoke of a star from the next (the full name is in the details and the table).
 */
function canvasLabel(
  index: NetworkIndex,
  enterprise: NetworkIndex["dataset"]["enterprises"][number],
  lang: Lang,
) {
  const region =
    enterprise.tier !== "commander" && enterprise.region ? index.regions.get(enterprise.region) : undefined;
  return region
    ? shortRegionName(region.name, lang, region.id)
    : nameIn(enterprise.name, lang, enterprise.id);
}

export function computeLayoutFor(index: NetworkIndex): Layout {
  const { dataset } = index;
  const sizes = computeNodeSizes(index);
  return computeLayout(
    dataset.enterprises.map((e) => ({
      id: e.id,
      sector: e.sector,
      tier: e.tier,
      size: sizes.get(e.id) ?? 0,
      commander: index.commanderOf.get(e.id),
      order: index.regionOrder.get(e.region ?? "") ?? Number.MAX_SAFE_INTEGER,
      position: e.position,
    })),
    dataset.sectors.map((s) => s.id),
  );
}

/** Placeholders sit in a row this far below their network's lowest hub, this far apart (model units). */
const PLACEHOLDER_DROP = 240;
const PLACEHOLDER_SPACING = 800;
const PLACEHOLDER_SIZE = 56;

/**
 * Where each placeholder goes: in a row centred under its network's hubs, which stay shown when the
 * stand-ins are hidden (under the whole network when it has no hub), so that it reads as theirs.
 */
export function placeholderPositions(
  index: NetworkIndex,
  layout: Layout,
  placeholders: readonly Placeholder[],
): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  for (const sector of new Set(placeholders.map((p) => p.sector))) {
    const members = index.dataset.enterprises.filter((e) => e.sector === sector);
    const hubs = members.filter((e) => e.tier === "commander");
    const points = (hubs.length > 0 ? hubs : members).flatMap((e) => {
      const at = layout.positions.get(e.id);
      return at ? [at] : [];
    });
    if (points.length === 0) continue;
    const xs = points.map((p) => p.x);
    const centre = (Math.min(...xs) + Math.max(...xs)) / 2;
    const y = Math.max(...points.map((p) => p.y)) + PLACEHOLDER_DROP;
    const row = placeholders.filter((p) => p.sector === sector);
    row.forEach((p, i) => {
      positions.set(p.id, { x: centre + (i - (row.length - 1) / 2) * PLACEHOLDER_SPACING, y });
    });
  }
  return positions;
}

export function buildElements(index: NetworkIndex, layout: Layout, lang: Lang): GraphElements {
  const { dataset } = index;
  const sectorIds = dataset.sectors.map((s) => s.id);
  const light = createSectorColour(sectorIds, "light");
  const dark = createSectorColour(sectorIds, "dark");
  const contrast = createSectorColour(sectorIds, "contrast");
  const colours = (sector: string): SchemeColours => ({
    colour: light(sector),
    colourDark: dark(sector),
    colourContrast: contrast(sector),
  });
  const sizes = computeNodeSizes(index);

  const nodes = dataset.enterprises.map((e) => {
    const placement = layout.positions.get(e.id) ?? { x: 0, y: 0, labelSide: "bottom" as const };
    const contracted = index.contractedBy.get(e.id)?.length ?? 0;
    return {
      data: {
        id: e.id,
        label: truncateLabel(canvasLabel(index, e, lang)),
        sector: e.sector,
        tier: e.tier,
        shape: TIER_SHAPE[e.tier],
        ...colours(e.sector),
        size: sizes.get(e.id) ?? 0,
        level: index.level.get(e.id) ?? "illustrative",
        labelSide: placement.labelSide,
        contracted,
      },
      position: { x: placement.x, y: placement.y },
    };
  });
  const edgeWidth = createEdgeWidth(weightExtent(dataset.links)?.[1] ?? 0);
  const edges = dataset.links.map((link) => ({
    data: {
      id: link.id,
      source: link.source,
      target: link.target,
      ...colours(index.enterprises.get(link.source)?.sector ?? ""),
      lineStyle: index.supportStyles.styleOf.get(link.id) ?? "solid",
      level: index.linkLevel.get(link.id) ?? "illustrative",
      ...(link.weight !== undefined && { weight: link.weight, width: edgeWidth(link.weight) }),
    },
  }));
  const titles = layout.clusters.map((box) => {
    const sector = dataset.sectors.find((s) => s.id === box.sector);
    return {
      data: {
        id: clusterTitleId(box.sector),
        sector: box.sector,
        label: nameIn(sector?.name ?? {}, lang, box.sector),
        ...colours(box.sector),
      },
      position: { x: (box.x1 + box.x2) / 2, y: box.y1 + 30 },
    };
  });
  const unnamed = allPlaceholders(index);
  const placed = placeholderPositions(index, layout, unnamed);
  const placeholders = unnamed.map(({ id, sector, members }) => ({
    data: {
      id,
      sector,
      label: translate(lang, "unnamedLabel", { text: nameIn(members.text, lang, "") }, index.words.register),
      shape: TIER_SHAPE[members.tier],
      size: PLACEHOLDER_SIZE,
      ...colours(sector),
    },
    position: placed.get(id) ?? { x: 0, y: 0 },
  }));
  return { nodes, edges, titles, placeholders, layout };
}

/** Where a node goes; a network title also gets the width it may wrap within. */
export interface Placement {
  x: number;
  y: number;
  labelWidth?: number;
}

/**
 * Where every node and network title goes when the networks with a shown node are packed to fill a
 * frame of `aspect` (width / height); see packing.ts. Elements of networks with nothing shown are left out.
 */
export function arrangeElements(
  elements: GraphElements,
  isShown: (id: string) => boolean,
  sectorOrder: readonly string[],
  aspect: number,
  hubNameGrowth?: HubNameGrowth,
): Map<string, Placement> {
  const nodes = [
    ...elements.nodes.map((node) => ({
      id: node.data.id,
      sector: node.data.sector,
      x: node.position.x,
      y: node.position.y,
      size: node.data.size,
      hub: node.data.tier === "commander",
    })),
    // Named below like a hub, so the packing leaves a hub name's room around a placeholder.
    ...elements.placeholders.map(({ data, position }) => ({
      id: data.id,
      sector: data.sector,
      ...position,
      size: data.size,
      hub: true,
    })),
  ];
  const placement = packNetworks(nodes, isShown, sectorOrder, aspect, hubNameGrowth);
  const positions: Map<string, Placement> = packedPositions(nodes, placement);
  for (const title of elements.titles) {
    const at = placement.titles.get(title.data.sector);
    if (at) positions.set(title.data.id, { x: at.x, y: at.y, labelWidth: at.width });
  }
  return positions;
}

/** The elements with nodes and titles moved to `placements` (a title also takes its wrap width). */
export function withPlacements(
  elements: GraphElements,
  placements: ReadonlyMap<string, Placement>,
): GraphElements {
  const moved = <T extends { data: { id: string }; position: { x: number; y: number } }>(element: T): T => {
    const at = placements.get(element.data.id);
    return at ? { ...element, position: { x: at.x, y: at.y } } : element;
  };
  return {
    ...elements,
    nodes: elements.nodes.map(moved),
    placeholders: elements.placeholders.map(moved),
    titles: elements.titles.map((title) => {
      const at = placements.get(title.data.id);
      if (!at) return title;
      const data =
        at.labelWidth === undefined ? title.data : { ...title.data, labelWidth: `${at.labelWidth}px` };
      return { ...title, data, position: { x: at.x, y: at.y } };
    }),
  };
}
