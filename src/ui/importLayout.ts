/**
 * How an opened network is laid out: as stars round its hubs, by its links, or where the file placed
 * it (model/layoutChoice.ts picks the default). The layout by links runs in a worker once per import and
 * is kept for the session, so switching back, filtering or renaming never runs it again; the chosen
 * positions travel in the dataset, which the star layout's code keeps as given (model/layout.ts).
 */
import type { Dataset } from "../data/schema";
import { type LayoutKind, placedByFile, starFit, suggestLayout } from "../model/layoutChoice";
import type { Point } from "../model/linkLayout";
import { linkLayoutInput } from "../model/linkLayoutInput";
import type { LinkLayoutMessage } from "../model/linkLayoutWorker";

export interface LayoutReport {
  chosen: LayoutKind;
  /** What the rule picks for this network. */
  suggested: "stars" | "links";
  /** The layouts the reader may switch to: the file's own only when it placed every node. */
  offered: LayoutKind[];
  /** Links the star layout cannot draw as a spoke of one hub, of all links. */
  outside: number;
  links: number;
}

/** The report for an imported network, with the reader's choice if they made one that applies. */
export function layoutReport(dataset: Dataset, wanted?: LayoutKind): LayoutReport {
  const suggested = suggestLayout(dataset);
  const fromFile = placedByFile(dataset);
  const offered: LayoutKind[] = fromFile ? ["file", "stars", "links"] : ["stars", "links"];
  const chosen = wanted && offered.includes(wanted) ? wanted : fromFile ? "file" : suggested;
  const { outside, links } = starFit(dataset);
  return { chosen, suggested, offered, outside, links };
}

const LAYOUT_MARK = "layout-by-links";

const laidOutByLinks = new WeakMap<Dataset, Map<string, Point>>();

/**
 * Every node's position by links: computed in a worker the first time for this imported dataset, then
 * taken from the session's store of them. Rejects with an AbortError when `signal` aborts.
 */
export function linkPositions(
  dataset: Dataset,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Map<string, Point>> {
  const kept = laidOutByLinks.get(dataset);
  if (kept) return Promise.resolve(kept);
  // Where the layout's main-thread work begins, for the bench (scripts/bench/layoutByLinks.mjs).
  performance.mark(LAYOUT_MARK);
  onProgress(0);
  const input = linkLayoutInput(dataset);
  const worker = new Worker(new URL("../model/linkLayoutWorker.ts", import.meta.url), { type: "module" });
  return new Promise((resolve, reject) => {
    worker.addEventListener("message", (event: MessageEvent<LinkLayoutMessage>) => {
      const message = event.data;
      if (message.type === "progress") {
        onProgress(message.fraction);
        return;
      }
      worker.terminate();
      const positions = new Map(
        input.ids.map((id, i) => [id, { x: message.xy[2 * i] ?? 0, y: message.xy[2 * i + 1] ?? 0 }]),
      );
      laidOutByLinks.set(dataset, positions);
      resolve(positions);
    });
    worker.addEventListener("error", (event) => {
      worker.terminate();
      reject(new Error(event.message || "the layout worker failed"));
    });
    signal?.addEventListener("abort", () => {
      worker.terminate();
      reject(new DOMException("layout cancelled", "AbortError"));
    });
    worker.postMessage(input, [input.links.buffer]);
  });
}

/** The imported dataset as the layout `kind` draws it: with the positions by links, or none for stars. */
export function withLayout(
  dataset: Dataset,
  kind: LayoutKind,
  byLinks?: ReadonlyMap<string, Point>,
): Dataset {
  if (kind === "file") return dataset;
  const enterprises = dataset.enterprises.map(({ position: _, ...enterprise }) => {
    const at = kind === "links" ? byLinks?.get(enterprise.id) : undefined;
    return at ? { ...enterprise, position: { x: at.x, y: at.y } } : enterprise;
  });
  return { ...dataset, enterprises };
}

/** The imported dataset laid out as `wanted`, or as the rule says, with the report of it. */
export async function layOut(
  dataset: Dataset,
  wanted: LayoutKind | undefined,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<{ dataset: Dataset; layout: LayoutReport }> {
  const layout = layoutReport(dataset, wanted);
  const byLinks = layout.chosen === "links" ? await linkPositions(dataset, onProgress, signal) : undefined;
  return { dataset: withLayout(dataset, layout.chosen, byLinks), layout };
}

/** A `?data=` network, laid out as the rule says (no report to choose in). */
export async function withDefaultLayout(dataset: Dataset): Promise<Dataset> {
  return (await layOut(dataset, undefined, () => undefined)).dataset;
}
