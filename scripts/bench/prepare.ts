/**
 * Node side of the benchmark, built with Vite's SSR build so that it runs the app's own model code:
 * the element definitions and positions the bare Cytoscape page draws (the same ones the app feeds
 * its controller), and, for each benchmarked filter, the class changes the app's controller makes,
 * which the bare page then applies in one cy.batch.
 */
import { loadDataset } from "../../src/data/loadDataset";
import { buildElements, computeLayoutFor } from "../../src/model/elements";
import { computeVisibility, EMPTY_FILTERS, type Filters } from "../../src/model/filters";
import { createNetworkIndex, type NetworkIndex } from "../../src/model/networkIndex";

/** The one letter typed into the search box (it finds a minority in every benchmark dataset). */
export const SEARCH_LETTER = "q";

export interface BareElement {
  group: "nodes" | "edges";
  data: Record<string, unknown>;
  position?: { x: number; y: number };
  classes?: string;
}

/** Class changes that turn the unfiltered view into the filtered one (and back, reversed). */
export interface FilterAction {
  hidden: string[];
  context: string[];
  shown: number;
}

export interface Prepared {
  enterprises: number;
  links: number;
  elements: BareElement[];
  /** What the bench clicks in the app: the first sector, the first top-level region. */
  sectorId: string;
  regionId: string;
  /** The commander hovered and clicked: the one with the most contracted factories. */
  hubId: string;
  actions: Record<"sector" | "region" | "search", FilterAction>;
}

/** What controller.sync() hides and marks as context for a filter state (the same rules). */
function classesFor(index: NetworkIndex, sectorOf: Map<string, string>, filters: Filters): FilterAction {
  const visibility = computeVisibility(index, filters);
  const hidden: string[] = [];
  const sectorsShown = new Set<string>();
  for (const [id, enterprise] of index.enterprises) {
    if (!visibility.matching.has(id) && !visibility.context.has(id)) hidden.push(id);
    else sectorsShown.add(enterprise.sector);
  }
  for (const [titleId, sector] of sectorOf) if (!sectorsShown.has(sector)) hidden.push(titleId);
  for (const id of index.links.keys()) if (!visibility.links.has(id)) hidden.push(id);
  return {
    hidden,
    context: [...visibility.context],
    shown: visibility.matching.size + visibility.context.size,
  };
}

export function prepare(json: unknown): Prepared {
  const result = loadDataset(json);
  if (!result.ok) throw new Error(`dataset did not load: ${JSON.stringify(result.errors.slice(0, 3))}`);
  const index = createNetworkIndex(result.dataset);
  const graph = buildElements(index, computeLayoutFor(index), "en");
  const elements: BareElement[] = [
    ...graph.nodes.map((n) => ({ group: "nodes" as const, data: { ...n.data }, position: n.position })),
    ...graph.titles.map((t) => ({
      group: "nodes" as const,
      data: { ...t.data },
      position: t.position,
      classes: "cluster-title",
    })),
    ...graph.edges.map((e) => ({ group: "edges" as const, data: { ...e.data } })),
  ];
  const sectorOf = new Map(graph.titles.map((t) => [t.data.id, t.data.sector]));
  const sectorId = result.dataset.sectors[0]?.id ?? "";
  const regionId = index.regionTree[0]?.region.id ?? "";
  let hubId = "";
  let most = -1;
  for (const [id, factories] of index.contractedBy) {
    if (index.enterprises.get(id)?.sector !== sectorId || factories.length <= most) continue;
    hubId = id;
    most = factories.length;
  }
  return {
    enterprises: index.enterprises.size,
    links: index.links.size,
    elements,
    sectorId,
    regionId,
    hubId,
    actions: {
      sector: classesFor(index, sectorOf, { ...EMPTY_FILTERS, sectors: [sectorId] }),
      region: classesFor(index, sectorOf, { ...EMPTY_FILTERS, regions: [regionId] }),
      search: classesFor(index, sectorOf, { ...EMPTY_FILTERS, query: SEARCH_LETTER }),
    },
  };
}
