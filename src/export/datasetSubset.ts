/**
 * The data behind a view as a dataset in the app's own schema: the shown enterprises and links and
 * every record they refer to (sectors, regions with their parents, support kinds, quotes, sources),
 * so that the file loads back into the explorer and validates against DatasetSchema.
 *
 * The schema has no free metadata field, so the view is recorded in fields it does have: the
 * subtitle says which view this is, and one extra source record carries the view's link and the
 * export date. The dataset's own citation is kept unchanged.
 */
import type { Claim, Dataset, Source } from "../data/schema";
import type { Visibility } from "../model/filters";
import type { NetworkIndex } from "../model/networkIndex";

export interface SubsetMetadata {
  /** What the view shows, in both languages, e.g. "Coal · Jinnan Prefecture (36 of 183 enterprises)". */
  view: { zh: string; en: string };
  /** The link that reopens the view. */
  url: string;
  /** ISO date of the export. */
  date: string;
}

export const EXPORT_SOURCE_ID = "export-view";

type WithProvenance = { provenance?: Record<string, Claim | undefined> | undefined };

function collectReferences(records: readonly WithProvenance[], quotes: Set<string>, sources: Set<string>) {
  for (const record of records) {
    for (const claim of Object.values(record.provenance ?? {})) {
      if (!claim) continue;
      if (claim.level === "attested") quotes.add(claim.quoteId);
      if (claim.level === "documented" || claim.level === "inferred")
        for (const id of claim.sources ?? []) sources.add(id);
    }
  }
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Returns null when the view shows no enterprise (a dataset needs at least one). */
export function datasetSubset(
  index: NetworkIndex,
  visibility: Visibility,
  metadata: SubsetMetadata,
): Dataset | null {
  const { dataset } = index;
  const shown = (id: string) => visibility.matching.has(id) || visibility.context.has(id);
  const enterprises = dataset.enterprises.filter((e) => shown(e.id));
  if (enterprises.length === 0) return null;
  const links = dataset.links.filter((l) => visibility.links.has(l.id) && shown(l.source) && shown(l.target));

  const sectorIds = new Set(enterprises.map((e) => e.sector));
  const sectors = dataset.sectors.filter((s) => sectorIds.has(s.id));

  const kindIds = new Set(links.flatMap((l) => l.support));
  const supportKinds = dataset.supportKinds.filter((k) => kindIds.has(k.id));

  const regionIds = new Set<string>();
  for (const e of enterprises) for (const id of index.regionPath.get(e.id) ?? []) regionIds.add(id);
  const regions = dataset.regions.filter((r) => regionIds.has(r.id));

  const quoteIds = new Set<string>();
  const sourceIds = new Set<string>();
  collectReferences([...enterprises, ...links, ...sectors, ...supportKinds, ...regions], quoteIds, sourceIds);
  const quotes = dataset.quotes.filter((q) => quoteIds.has(q.id));
  const keptSources = dataset.sources.filter((s) => sourceIds.has(s.id));

  const exportSource: Source = {
    id: uniqueId(EXPORT_SOURCE_ID, new Set(dataset.sources.map((s) => s.id))),
    citation: `${metadata.view.en} / ${metadata.view.zh}. Exported ${metadata.date} from ${metadata.url}`,
    url: metadata.url,
  };

  const subtitle = {
    zh: `导出的视图：${metadata.view.zh}（${metadata.date}）`,
    en: `Exported view: ${metadata.view.en} (${metadata.date})`,
  };

  const subset: Dataset = {
    schemaVersion: dataset.schemaVersion,
    id: dataset.id,
    title: dataset.title,
    subtitle,
    citation: dataset.citation,
    quotes,
    sources: [...keptSources, exportSource],
    facts: [],
    sectors,
    supportKinds,
    regions,
    enterprises,
    links,
  };
  if (dataset.article) subset.article = dataset.article;
  if (dataset.tierNames) subset.tierNames = dataset.tierNames;
  return subset;
}

/** Pretty-printed JSON with keys in the schema's order (article right after the citation). */
export function datasetJson(subset: Dataset): string {
  const { schemaVersion, id, title, subtitle, citation, article, ...rest } = subset;
  const ordered = { schemaVersion, id, title, subtitle, citation, ...(article ? { article } : {}), ...rest };
  return `${JSON.stringify(ordered, null, 1)}\n`;
}
