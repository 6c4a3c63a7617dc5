/**
 * The dataset's bibliography: its sources grouped by reliability, each with the records that cite
 * it (a documented claim, or an inference that starts from it), so a reader can go from a source to
 * what rests on it.
 */
import {
  type Claim,
  type Dataset,
  type LinkProvenance,
  type Provenance,
  RELIABILITIES,
  type Reliability,
  type Source,
} from "../data/schema";

export type CitingKind = "enterprise" | "link" | "region" | "sector" | "supportKind" | "fact";

export interface CitingRecord {
  kind: CitingKind;
  id: string;
}

export interface BibliographyEntry {
  source: Source;
  citedBy: CitingRecord[];
}

export interface BibliographyGroup {
  /** null: the dataset does not say how reliable these sources are. */
  reliability: Reliability | null;
  entries: BibliographyEntry[];
}

function sourcesOf(claim: Claim | undefined): readonly string[] {
  if (claim?.level === "documented") return claim.sources;
  if (claim?.level === "inferred") return claim.sources ?? [];
  return [];
}

/** Every source id a record's provenance cites, once each. */
function citedSources(provenance: Provenance | LinkProvenance | undefined): Set<string> {
  const ids = new Set<string>();
  if (!provenance) return ids;
  for (const claim of Object.values(provenance) as Array<Claim | undefined>) {
    for (const id of sourcesOf(claim)) ids.add(id);
  }
  return ids;
}

/** Groups in the order of RELIABILITIES (most reliable first), then sources of unstated reliability. */
export function buildBibliography(dataset: Dataset): BibliographyGroup[] {
  const citedBy = new Map<string, CitingRecord[]>(dataset.sources.map((s) => [s.id, []]));
  const collect = (
    kind: CitingKind,
    records: ReadonlyArray<{ id: string; provenance?: Provenance | LinkProvenance | undefined }>,
  ) => {
    for (const record of records) {
      for (const sourceId of citedSources(record.provenance))
        citedBy.get(sourceId)?.push({ kind, id: record.id });
    }
  };
  collect("enterprise", dataset.enterprises);
  collect("link", dataset.links);
  collect("region", dataset.regions);
  collect("sector", dataset.sectors);
  collect("supportKind", dataset.supportKinds);
  collect("fact", dataset.facts);

  const groups: BibliographyGroup[] = [...RELIABILITIES, null].map((reliability) => ({
    reliability,
    entries: dataset.sources
      .filter((source) => (source.reliability ?? null) === reliability)
      .map((source) => ({ source, citedBy: citedBy.get(source.id) ?? [] })),
  }));
  return groups.filter((group) => group.entries.length > 0);
}

/** The article's paragraphs, without the headline lines the Chinese text opens with. */
export function articleParagraphs(text: string, headline: string | undefined): string[] {
  const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, "");
  const title = squeeze(headline ?? "");
  const lines = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  let first = 0;
  while (first < lines.length && title !== "" && title.includes(squeeze(lines[first] ?? ""))) first += 1;
  return lines.slice(first);
}
