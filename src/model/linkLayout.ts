/**
 * A layout by links for a network that is not a forest of stars: ForceAtlas2 (graphology) from seeded
 * starting places, so the same file always gives the same positions. Each network (sector) is laid out
 * on its own links, as the packing (packing.ts) places networks apart in any case. The result is scaled
 * so that a typical link is about as long as a star's spoke. Runs in a worker (linkLayoutWorker.ts).
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { LinkLayoutInput } from "./linkLayoutInput";

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
/** The typical node keeps this much room (model units) to its nearest neighbour, for a label or the largest hub. */
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
 * Every node's position, by network: x and y of the node at `ids[i]` at 2i and 2i + 1. `onProgress` gets
 * the share done (0 to 1) after each step. Only the order of the file's nodes and links decides the result.
 */
export function layoutByLinks(
  { ids, sectors, links }: LinkLayoutInput,
  onProgress: (fraction: number) => void = () => undefined,
): Float64Array {
  const bySector = new Map<string, number[]>();
  for (const [i, sector] of sectors.entries()) {
    const members = bySector.get(sector);
    if (members) members.push(i);
    else bySector.set(sector, [i]);
  }
  const total = ids.length || 1;
  let done = 0;
  const xy = new Float64Array(ids.length * 2);
  for (const [sector, members] of bySector) {
    const graph = new Graph({ type: "undirected", multi: true, allowSelfLoops: false });
    const random = seededRandom(SEED);
    // Starting places in a disc whose area grows with the number of nodes.
    const radius = Math.sqrt(members.length) * 10;
    for (const i of members) {
      const r = radius * Math.sqrt(random());
      const angle = 2 * Math.PI * random();
      graph.addNode(i, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    }
    for (let k = 0; k < links.length; k += 2) {
      const [a = 0, b = 0] = [links[k], links[k + 1]];
      if (sectors[a] === sector && sectors[b] === sector) graph.addEdge(a, b);
    }
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: members.length > 500 };
    const iterations = iterationsFor(members.length);
    for (let step = 0; step < iterations; step += STEP) {
      forceAtlas2.assign(graph, {
        iterations: Math.min(STEP, iterations - step),
        settings,
        getEdgeWeight: null,
      });
      onProgress(Math.min(1, (done + (members.length * (step + STEP)) / iterations) / total));
    }
    done += members.length;
    const laid = members.map((i) => ({
      i,
      x: graph.getNodeAttribute(i, "x") as number,
      y: graph.getNodeAttribute(i, "y") as number,
    }));
    const scale = scaleFor(laid, graph);
    for (const { i, x, y } of laid) {
      xy[2 * i] = round(x * scale);
      xy[2 * i + 1] = round(y * scale);
    }
  }
  onProgress(1);
  return xy;
}

/**
 * The factor that makes the median link LINK_LENGTH long, or more if the typical node would then sit
 * closer than MIN_NEIGHBOUR_GAP to its nearest neighbour (checked on a sample of nodes).
 */
function scaleFor(laid: ReadonlyArray<{ i: number } & Point>, graph: Graph): number {
  const at = new Map(laid.map((n) => [String(n.i), n]));
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const [a, b] = [at.get(source), at.get(target)];
    if (a && b) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  const median = lengths.sort((a, b) => a - b)[Math.floor(lengths.length / 2)] ?? 0;
  const byLinks = median > 1e-9 ? LINK_LENGTH / median : 1;
  const sample = laid.length > 400 ? laid.filter((_, i) => i % Math.ceil(laid.length / 400) === 0) : laid;
  const nearest: number[] = [];
  for (const node of sample) {
    let distance = Number.POSITIVE_INFINITY;
    for (const other of laid)
      if (other !== node) distance = Math.min(distance, Math.hypot(node.x - other.x, node.y - other.y));
    if (Number.isFinite(distance) && distance > 1e-9) nearest.push(distance);
  }
  // The median gap, so a few nodes stacked on one another cannot blow the drawing up.
  const typical = nearest.sort((a, b) => a - b)[Math.floor(nearest.length / 2)];
  const scale = Math.max(byLinks, typical ? MIN_NEIGHBOUR_GAP / typical : 0);
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
