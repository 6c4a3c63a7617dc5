/**
 * One line style per combination of support kinds that links carry, so that the legend can have one
 * row per style drawn (issue 19, item 4): a link carries several kinds at once, and a style per kind
 * could not show them. The commonest combinations get the plainest marks; when there are more
 * combinations than marks, the rest share the last mark and one legend row ("other combinations").
 */
import type { Dataset } from "../data/schema";

export const LINE_STYLES = ["solid", "dashed", "dotted", "long"] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

export interface SupportStyleRow {
  style: LineStyle;
  /** The kinds of the combination, in the dataset's order; empty: no support stated; null: other combinations. */
  kinds: readonly string[] | null;
}

export interface SupportStyles {
  rows: readonly SupportStyleRow[];
  styleOf: ReadonlyMap<string, LineStyle>;
}

export function computeSupportStyles(dataset: Dataset): SupportStyles {
  const order = new Map(dataset.supportKinds.map((kind, i) => [kind.id, i]));
  const combinations = new Map<string, { kinds: string[]; links: string[] }>();
  for (const link of dataset.links) {
    const kinds = [...new Set(link.support)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const key = kinds.join("\u0000");
    const combination = combinations.get(key) ?? { kinds, links: [] };
    combination.links.push(link.id);
    combinations.set(key, combination);
  }
  // Commonest first; a stable sort keeps the dataset's order among equals.
  const ranked = [...combinations.values()].sort((a, b) => b.links.length - a.links.length);
  const own = ranked.length <= LINE_STYLES.length ? ranked.length : LINE_STYLES.length - 1;
  const rows: SupportStyleRow[] = [];
  const styleOf = new Map<string, LineStyle>();
  ranked.forEach((combination, i) => {
    const style = LINE_STYLES[Math.min(i, own)] ?? "solid";
    if (i <= own) rows.push({ style, kinds: i < own ? combination.kinds : null });
    for (const id of combination.links) styleOf.set(id, style);
  });
  return { rows, styleOf };
}
