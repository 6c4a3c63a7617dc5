/**
 * What the layout by links (linkLayout.ts) reads of a network, in a form that is quick to send to its
 * worker: the ids, each node's network, and the links as pairs of indices in a typed array that is
 * transferred rather than copied. Kept apart from the layout so the page never loads graphology for it.
 */
import type { Dataset } from "../data/schema";

export interface LinkLayoutInput {
  /** Node ids in the file's order. */
  ids: string[];
  /** Each node's network (sector), in the order of `ids`. */
  sectors: string[];
  /** Links as pairs of indices in `ids`; self-loops and links to unknown ids are left out. */
  links: Int32Array;
}

export function linkLayoutInput({
  enterprises,
  links,
}: Pick<Dataset, "enterprises" | "links">): LinkLayoutInput {
  const index = new Map(enterprises.map((e, i) => [e.id, i]));
  const pairs = new Int32Array(links.length * 2);
  let count = 0;
  for (const link of links) {
    const [a, b] = [index.get(link.source), index.get(link.target)];
    if (a === undefined || b === undefined || a === b) continue;
    pairs[count++] = a;
    pairs[count++] = b;
  }
  return {
    ids: enterprises.map((e) => e.id),
    sectors: enterprises.map((e) => e.sector),
    links: pairs.slice(0, count),
  };
}
