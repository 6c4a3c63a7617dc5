/**
 * File names that say what the view is: dataset, filters, what the file holds, date.
 * For example `shanxi-1958_coal_jinnan_2026-11-28.png` or `shanxi-1958_all_links_2026-11-28.csv`.
 */
import type { Filters } from "../model/filters";

export type ExportFormat = "png" | "svg" | "pdf" | "csv" | "json" | "gexf" | "graphml";

/** Keeps names portable: ASCII letters, digits, dots and hyphens. */
export function slug(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .replace(/-{2,}/g, "-");
}

const MAX_VIEW_PART = 80;
const MAX_VALUES_NAMED = 3;

function facetPart(values: readonly string[], what: string): string | null {
  if (values.length === 0) return null;
  if (values.length > MAX_VALUES_NAMED) return `${values.length}-${what}`;
  const named = values.map(slug).filter((s) => s !== "");
  return named.length > 0 ? named.join("+") : `${values.length}-${what}`;
}

/** The part of a file name that describes the filters, "all" when there are none. */
export function viewPart(filters: Filters, focusSector: string | null = null): string {
  const parts = [
    facetPart(filters.sectors, "networks"),
    facetPart(filters.regions, "regions"),
    facetPart(filters.tiers, "tiers"),
    facetPart(filters.provenance, "levels"),
  ].filter((part): part is string => part !== null);
  const query = filters.query.trim();
  // A Chinese search term has no ASCII slug; "search" still tells the reader the view was searched.
  if (query !== "") parts.push(slug(query) ? `q-${slug(query)}` : "search");
  if (parts.length === 0 && focusSector !== null) parts.push(`focus-${slug(focusSector)}`);
  const joined = parts.length > 0 ? parts.join("_") : "all";
  return joined.length > MAX_VIEW_PART ? joined.slice(0, MAX_VIEW_PART).replace(/[-_+.]+$/, "") : joined;
}

/** The local calendar date, as the reader would write it on the file. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface FileNameInput {
  datasetId: string;
  filters: Filters;
  focusSector?: string | null;
  format: ExportFormat;
  /** What a CSV holds, e.g. "enterprises" or "links". */
  table?: string;
  date: Date;
}

export function exportFileName(input: FileNameInput): string {
  const dataset = slug(input.datasetId) || "dataset";
  const parts = [dataset, viewPart(input.filters, input.focusSector ?? null)];
  if (input.table) parts.push(slug(input.table));
  parts.push(isoDate(input.date));
  return `${parts.join("_")}.${input.format}`;
}
