import type { NetworkIndex } from "./networkIndex";

/** An enterprise with everything directly linked to it: a commander's factories, a factory's commander. */
export function neighbourhood(index: NetworkIndex, id: string): Set<string> {
  const ids = new Set([id]);
  for (const linkId of index.linksOf.get(id) ?? []) {
    const link = index.links.get(linkId);
    if (!link) continue;
    ids.add(link.source);
    ids.add(link.target);
  }
  return ids;
}
