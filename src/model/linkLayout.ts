/**
 * A layout by links for a network that is not a forest of stars: ForceAtlas2 (graphology) from seeded
 * starting places, so the same file always gives the same positions. Each network (sector) is laid out
 * on its own links, as the packing (packing.ts) places networks apart in any case. The result is scaled
 * so that a typical link is about as long as a star's spoke. Runs in a worker (linkLayoutWorker.ts).
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Dataset } from "../data/schema";
import { computeNodeSizes } from "./elements";
import { createNetworkIndex } from "./networkIndex";

export interface Point {
  x: number;
  y: number;
}

/** Every layout starts from the same pseudo-random places. */
const SEED = 1958;
/** Iterations run between two progress reports. */
const STEP = 25;
/** The median link is drawn this long (model units), about a star's spoke. */
const LINK_LENGTH = 130;
/** Nearest neighbours keep at least this many of their node diameters between their centres, */
const MIN_NEIGHBOUR_GAP_IN_SIZES = 1.6;
/** and at least this much room (model units) for a label between them. */
const MIN_NEIGHBOUR_GAP = 80;

/** Mulberry32: a small seeded generator, the same sequence on every engine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fewer passes for larger networks: Barnes–Hut keeps a pass near n log n, and they settle in fewer. */
export function iterationsFor(order: number): number {
  if (order <= 300) return 600;
  if (order <= 2000) return 300;
  return 150;
}

/**
 * Positions of every enterprise, by network. `onProgress` gets the share done (0 to 1) after each step.
 * Only the order of the file's nodes and links decides the result.
 */
export function layoutByLinks(
  dataset: Dataset,
  onProgress: (fraction: number) => void = () => undefined,
): Map<string, Point> {
  const sizes = computeNodeSizes(createNetworkIndex(dataset));
  const sectorOf = new Map(dataset.enterprises.map((e) => [e.id, e.sector]));
  const bySector = new Map<string, string[]>();
  for (const e of dataset.enterprises) bySector.set(e.sector, [...(bySector.get(e.sector) ?? []), e.id]);
  const total = dataset.enterprises.length || 1;
  let done = 0;
  const positions = new Map<string, Point>();
  for (const [sector, ids] of bySector) {
    const graph = new Graph({ type: "undirected", multi: true, allowSelfLoops: false });
    const random = seededRandom(SEED);
    // Starting places in a disc whose area grows with the number of nodes.
    const radius = Math.sqrt(ids.length) * 10;
    for (const id of ids) {
      const r = radius * Math.sqrt(random());
      const angle = 2 * Math.PI * random();
      graph.addNode(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    }
    for (const link of dataset.links) {
      if (link.source === link.target) continue;
      if (sectorOf.get(link.source) !== sector || sectorOf.get(link.target) !== sector) continue;
      graph.addEdge(link.source, link.target);
    }
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: ids.length > 500 };
    const iterations = iterationsFor(ids.length);
    for (let i = 0; i < iterations; i += STEP) {
      forceAtlas2.assign(graph, {
        iterations: Math.min(STEP, iterations - i),
        settings,
        getEdgeWeight: null,
      });
      onProgress(Math.min(1, (done + (ids.length * (i + STEP)) / iterations) / total));
    }
    done += ids.length;
    const laid = ids.map((id) => ({
      id,
      x: graph.getNodeAttribute(id, "x") as number,
      y: graph.getNodeAttribute(id, "y") as number,
    }));
    const scale = scaleFor(laid, graph, sizes);
    for (const node of laid) positions.set(node.id, { x: round(node.x * scale), y: round(node.y * scale) });
  }
  onProgress(1);
  return positions;
}

/**
 * The factor that makes the median link LINK_LENGTH long, or more if the typical node would then sit
 * closer to its nearest neighbour than the gaps above (checked on a sample of nodes).
 */
function scaleFor(laid: ReadonlyArray<{ id: string } & Point>, graph: Graph, sizes: Map<string, number>) {
  const at = new Map(laid.map((n) => [n.id, n]));
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const [a, b] = [at.get(source), at.get(target)];
    if (a && b) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  const median = lengths.sort((a, b) => a - b)[Math.floor(lengths.length / 2)] ?? 0;
  let scale = median > 1e-9 ? LINK_LENGTH / median : 1;
  const sample = laid.length > 400 ? laid.filter((_, i) => i % Math.ceil(laid.length / 400) === 0) : laid;
  const ratios: number[] = [];
  for (const node of sample) {
    let nearest = Number.POSITIVE_INFINITY;
    for (const other of laid)
      if (other !== node) nearest = Math.min(nearest, Math.hypot(node.x - other.x, node.y - other.y));
    const gap = Math.max(MIN_NEIGHBOUR_GAP, MIN_NEIGHBOUR_GAP_IN_SIZES * (sizes.get(node.id) ?? 1));
    if (Number.isFinite(nearest) && nearest > 1e-9) ratios.push(gap / nearest);
  }
  // The median neighbour gap, so a few nodes stacked on one another cannot blow the drawing up.
  const needed = ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)] ?? 0;
  scale = Math.max(scale, needed);
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
