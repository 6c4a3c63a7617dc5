/**
 * The visible enterprises and links as CSV (RFC 4180, with a byte-order mark so that spreadsheet
 * programs read the Chinese names as UTF-8).
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula,
 * and tab or carriage return can smuggle one in after field splitting. Such cells get a leading
 * apostrophe (OWASP's advice), which spreadsheets show as text and do not run.
 */
import { type Lang, nameIn } from "../i18n/lang";
import type { Visibility } from "../model/filters";
import type { NetworkIndex } from "../model/networkIndex";

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function escapeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  // Numbers are written by us, never by the dataset, and a spreadsheet must read them as numbers.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(escapeCsvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export const ENTERPRISE_COLUMNS = [
  "id",
  "name_zh",
  "name_en",
  "pinyin",
  "network",
  "network_name",
  "tier",
  "region",
  "region_name",
  "lon",
  "lat",
  "commander",
  "commander_name",
  "contracted_factories",
  "provenance",
  "shown_as",
] as const;

export const LINK_COLUMNS = [
  "id",
  "commander",
  "commander_name",
  "factory",
  "factory_name",
  "network",
  "support",
  "provenance",
  "weight",
] as const;

/** Shown enterprises in dataset order: those that match, then commanders kept for context. */
export function shownEnterpriseIds(index: NetworkIndex, visibility: Visibility): string[] {
  return index.dataset.enterprises
    .filter((e) => visibility.matching.has(e.id) || visibility.context.has(e.id))
    .map((e) => e.id);
}

export function enterprisesCsv(index: NetworkIndex, visibility: Visibility, lang: Lang): string {
  const sectorName = new Map(index.dataset.sectors.map((s) => [s.id, nameIn(s.name, lang, s.id)]));
  const rows = shownEnterpriseIds(index, visibility).map((id) => {
    const e = index.enterprises.get(id);
    if (!e) return [];
    const region = e.region !== undefined ? index.regions.get(e.region) : undefined;
    const commanderId = index.commanderOf.get(id);
    const commander = commanderId !== undefined ? index.enterprises.get(commanderId) : undefined;
    return [
      e.id,
      e.name.zh,
      e.name.en,
      e.name.pinyin,
      e.sector,
      sectorName.get(e.sector),
      e.tier,
      e.region,
      region ? nameIn(region.name, lang, region.id) : "",
      // Where the map plots it: its region's point (a county's modern seat), when the region has one.
      region?.point?.lon,
      region?.point?.lat,
      commanderId,
      commander ? nameIn(commander.name, lang, commander.id) : "",
      index.contractedBy.get(id)?.length ?? 0,
      index.level.get(id),
      visibility.matching.has(id) ? "match" : "context",
    ];
  });
  return toCsv(ENTERPRISE_COLUMNS, rows);
}

export function linksCsv(index: NetworkIndex, visibility: Visibility, lang: Lang): string {
  const name = (id: string) => {
    const e = index.enterprises.get(id);
    return e ? nameIn(e.name, lang, e.id) : "";
  };
  const rows = index.dataset.links
    .filter((link) => visibility.links.has(link.id))
    .map((link) => [
      link.id,
      link.source,
      name(link.source),
      link.target,
      name(link.target),
      index.enterprises.get(link.source)?.sector,
      link.support.join(";"),
      index.linkLevel.get(link.id),
      link.weight,
    ]);
  return toCsv(LINK_COLUMNS, rows);
}
