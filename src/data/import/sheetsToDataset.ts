/**
 * Spreadsheet sheets (enterprises, links, optional regions; or a lone edge list) to a dataset in the
 * app's format, then through the same loader as every other dataset.
 *
 * Decisions, documented in docs/data-format.md:
 * - Provenance of imported records is "documented", by the row's citation cell when there is one,
 *   else by the file itself: the user's file is the source, and the app does not judge it.
 * - Sectors are the distinct values of the sector column, in order of first appearance; an empty cell
 *   goes to an "Unknown" sector (with a warning). Colours come from the palette in that order.
 * - Without a tier column (or when asked), a hub ("commander") is an enterprise with at least
 *   `minHubDegree` distinct neighbours; the others are "medium". Links are turned round to run from
 *   hub to spoke.
 */
import { type LoadResult, loadDataset } from "../loadDataset";
import { cellProblem, type DatasetProblem } from "../problems";
import type { Dataset, Enterprise, Link, Region, Tier } from "../schema";
import type { ColumnMap, SheetKind } from "./columns";
import {
  checkColumns,
  type EnterpriseRow,
  kindName,
  type LinkRow,
  type RegionRow,
  readEnterprises,
  readLinks,
  readRegions,
  type Sheet,
} from "./sheetRows";

export interface TierOptions {
  /** "column": the tier column where filled in; "degree": ignore it and infer every tier. */
  tierFrom: "column" | "degree";
  minHubDegree: number;
}

export const DEFAULT_MIN_HUB_DEGREE = 2;
export const UNKNOWN_SECTOR_ID = "unknown";

export interface SheetsSummary {
  hasTierColumn: boolean;
  tierFrom: "column" | "degree";
  minHubDegree: number;
}

type Origin = { file: string; row: number };

/** `onChecking` is called when the converted dataset goes to the loader, the longest step for large files. */
export function sheetsToDataset(
  sheets: readonly Sheet[],
  options: Partial<TierOptions> = {},
  onChecking: () => void = () => undefined,
): LoadResult & { summary: SheetsSummary } {
  const errors: DatasetProblem[] = [];
  const warnings: DatasetProblem[] = [];
  const byKind = new Map<SheetKind, Sheet>();
  for (const sheet of sheets) {
    const earlier = byKind.get(sheet.kind);
    if (earlier) {
      errors.push(
        cellProblem(
          { file: sheet.file },
          "two-sheets-of-a-kind",
          `both ${earlier.file} and ${sheet.file} look like ${kindName.en[sheet.kind]} sheets; import one of each kind (enterprises, links, regions)`,
          `${earlier.file} 和 ${sheet.file} 看起来都是${kindName.zh[sheet.kind]}表；每种表（企业、连线、地区）只导入一个`,
        ),
      );
    } else byKind.set(sheet.kind, sheet);
  }
  const enterpriseSheet = byKind.get("enterprises");
  const linkSheet = byKind.get("links");
  const regionSheet = byKind.get("regions");
  const columns = {
    enterprises: enterpriseSheet && checkColumns(enterpriseSheet, "enterprises"),
    links: linkSheet && checkColumns(linkSheet, "links"),
    regions: regionSheet && checkColumns(regionSheet, "regions"),
  };
  for (const found of Object.values(columns)) if (Array.isArray(found)) errors.push(...found);
  const hasTierColumn =
    !!columns.enterprises && !Array.isArray(columns.enterprises) && columns.enterprises.index.has("tier");
  const summary: SheetsSummary = {
    hasTierColumn,
    tierFrom: hasTierColumn ? (options.tierFrom ?? "column") : "degree",
    minHubDegree: Math.max(1, Math.floor(options.minHubDegree ?? DEFAULT_MIN_HUB_DEGREE)),
  };
  if (!enterpriseSheet && !linkSheet) {
    errors.push(
      cellProblem(
        { file: sheets.map((s) => s.file).join(", ") },
        "no-enterprises-or-links",
        "found neither an enterprise sheet (with an id column) nor a link sheet (with source and target columns); add one",
        "既没有企业表（含 id 列），也没有连线表（含起点和终点列）；请至少提供其中一个",
      ),
    );
  }
  if (errors.length > 0) return { ok: false, errors, warnings, summary };

  const sheetColumns = <K extends SheetKind>(found: ColumnMap<K> | DatasetProblem[] | undefined) =>
    found && !Array.isArray(found) ? found : undefined;
  const enterpriseColumns = sheetColumns(columns.enterprises);
  const linkColumns = sheetColumns(columns.links);
  const regionColumns = sheetColumns(columns.regions);

  for (const [sheet, found] of [
    [enterpriseSheet, enterpriseColumns],
    [linkSheet, linkColumns],
    [regionSheet, regionColumns],
  ] as const) {
    if (sheet && found && found.unknown.length > 0) {
      warnings.push(
        cellProblem(
          { file: sheet.file, row: 1 },
          "ignored-columns",
          `ignored the columns ${found.unknown.map((h) => `"${h}"`).join(", ")}; if one of them was meant to be used, rename it as in docs/data-format.md`,
          `已忽略列 ${found.unknown.map((h) => `“${h}”`).join("、")}；如需使用，请按 docs/data-format.md 改列名`,
        ),
      );
    }
  }

  const read = <T>(
    result: { records: T[]; blankRows: number } | undefined,
    sheet: Sheet | undefined,
  ): T[] => {
    if (!result || !sheet) return [];
    if (result.blankRows > 0) {
      warnings.push(
        cellProblem(
          { file: sheet.file },
          "ignored-blank-rows",
          `ignored ${result.blankRows} empty row(s) (nothing to do)`,
          `已忽略 ${result.blankRows} 个空行（无需处理）`,
        ),
      );
    }
    return result.records;
  };
  const enterpriseRows = read(
    enterpriseSheet && enterpriseColumns && readEnterprises(enterpriseSheet, enterpriseColumns, errors),
    enterpriseSheet,
  );
  const linkRows = read(linkSheet && linkColumns && readLinks(linkSheet, linkColumns, errors), linkSheet);
  const regionRows = read(
    regionSheet && regionColumns && readRegions(regionSheet, regionColumns, errors),
    regionSheet,
  );

  if (enterpriseSheet && !linkSheet) {
    warnings.push(
      cellProblem(
        { file: enterpriseSheet.file },
        "no-link-sheet",
        "there is no link sheet, so the enterprises are drawn without links; open a link sheet (source, target) together with this one",
        "没有连线表，因此企业之间不显示连线；请与本表一起打开连线表（起点、终点）",
      ),
    );
  }
  const enterprises = enterpriseSheet
    ? uniqueById(enterpriseRows, "enterprise", errors)
    : enterprisesFromLinks(linkRows, linkSheet, warnings);
  const regions = uniqueById(regionRows, "region", errors);
  const links = checkLinks(linkRows, enterprises, errors, warnings);
  if (errors.length > 0) return { ok: false, errors, warnings, summary };
  if (enterprises.size === 0) {
    const file = (enterpriseSheet ?? linkSheet)?.file ?? "";
    errors.push(
      cellProblem(
        { file },
        "empty-result",
        "the file has no data rows, so there is nothing to draw; add at least one row under the header",
        "文件中没有数据行，无法绘制；请在表头下至少添加一行",
      ),
    );
    return { ok: false, errors, warnings, summary };
  }

  const tiers = assignTiers(
    enterprises,
    links,
    summary,
    enterpriseColumns?.header.get("tier") ?? "tier",
    warnings,
  );
  orientLinks(links, tiers, warnings, linkSheet?.file ?? "");

  const build = buildDataset(sheets, enterprises, links, regions, tiers, regionSheet !== undefined, warnings);
  onChecking();
  const loaded = loadDataset(build.dataset);
  const locate = (p: DatasetProblem) =>
    locateProblem(p, build.origins, { enterpriseColumns, linkColumns, regionColumns });
  const all = { warnings: [...warnings, ...loaded.warnings.map(locate)], summary };
  return loaded.ok
    ? { ok: true, dataset: loaded.dataset, ...all }
    : { ok: false, errors: loaded.errors.map(locate), ...all };
}

function uniqueById<T extends { id: string } & Origin>(
  rows: readonly T[],
  what: "enterprise" | "region",
  errors: DatasetProblem[],
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const first = byId.get(row.id);
    if (!first) {
      byId.set(row.id, row);
      continue;
    }
    errors.push(
      cellProblem(
        { file: row.file, row: row.row, field: "id" },
        "duplicate-id",
        `the id "${row.id}" is already used in row ${first.row}; give each ${what} its own id (ids are compared as text, so "007" and "7" differ)`,
        `id“${row.id}”已在第 ${first.row} 行使用；每个${what === "enterprise" ? "企业" : "地区"}的 id 必须不同（id 按文本比较，“007”与“7”不同）`,
      ),
    );
  }
  return byId;
}

function enterprisesFromLinks(
  links: readonly LinkRow[],
  sheet: Sheet | undefined,
  warnings: DatasetProblem[],
): Map<string, EnterpriseRow> {
  const byId = new Map<string, EnterpriseRow>();
  for (const link of links)
    for (const id of [link.source, link.target])
      if (!byId.has(id)) byId.set(id, { file: link.file, row: link.row, id, name: {} });
  if (sheet && byId.size > 0) {
    warnings.push(
      cellProblem(
        { file: sheet.file },
        "enterprises-from-links",
        `no enterprise sheet: made ${byId.size} enterprises from the link ends, named by their ids and in the "Unknown" sector; add an enterprise sheet to give names and sectors`,
        `没有企业表：已根据连线两端生成 ${byId.size} 个企业，以 id 命名，归入“未知”行业；如需名称和行业，请添加企业表`,
      ),
    );
  }
  return byId;
}

interface CheckedLink {
  row: LinkRow;
  source: string;
  target: string;
}

function checkLinks(
  rows: readonly LinkRow[],
  enterprises: ReadonlyMap<string, EnterpriseRow>,
  errors: DatasetProblem[],
  warnings: DatasetProblem[],
): CheckedLink[] {
  const kept: CheckedLink[] = [];
  const rowOfPair = new Map<string, number>();
  const rowOfId = new Map<string, number>();
  for (const row of rows) {
    let endsOk = true;
    for (const end of ["source", "target"] as const) {
      if (enterprises.has(row[end])) continue;
      endsOk = false;
      errors.push(
        cellProblem(
          { file: row.file, row: row.row, field: end },
          "dangling-link",
          `"${row[end]}" is not the id of any enterprise; add a row for it to the enterprise sheet or correct the id`,
          `“${row[end]}”不是任何企业的 id；请在企业表中添加这一行，或更正 id`,
        ),
      );
    }
    if (row.id !== undefined) {
      const first = rowOfId.get(row.id);
      if (first !== undefined) {
        errors.push(
          cellProblem(
            { file: row.file, row: row.row, field: "id" },
            "duplicate-id",
            `the link id "${row.id}" is already used in row ${first}; give each link its own id or leave the column empty`,
            `连线 id“${row.id}”已在第 ${first} 行使用；每条连线的 id 必须不同，或留空`,
          ),
        );
        continue;
      }
      rowOfId.set(row.id, row.row);
    }
    if (!endsOk) continue;
    if (row.source === row.target) {
      warnings.push(
        cellProblem(
          { file: row.file, row: row.row },
          "self-loop-dropped",
          `left out a link from "${row.source}" to itself; a link joins a hub to another enterprise`,
          `已略去“${row.source}”连接到自身的连线；连线应连接中心企业与另一家企业`,
        ),
      );
      continue;
    }
    const pair = [row.source, row.target].sort().join("\u0000");
    const first = rowOfPair.get(pair);
    if (first !== undefined) {
      warnings.push(
        cellProblem(
          { file: row.file, row: row.row },
          "duplicate-link-dropped",
          `left out a second link between "${row.source}" and "${row.target}" (the first is in row ${first}); remove one of them`,
          `已略去“${row.source}”与“${row.target}”之间的重复连线（第一条在第 ${first} 行）；请删去其中一条`,
        ),
      );
      continue;
    }
    rowOfPair.set(pair, row.row);
    kept.push({ row, source: row.source, target: row.target });
  }
  return kept;
}

function assignTiers(
  enterprises: ReadonlyMap<string, EnterpriseRow>,
  links: readonly CheckedLink[],
  summary: SheetsSummary,
  tierHeader: string,
  warnings: DatasetProblem[],
): Map<string, Tier> {
  const degree = new Map<string, number>();
  for (const { source, target } of links)
    for (const end of [source, target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const inferred = (id: string): Tier =>
    (degree.get(id) ?? 0) >= summary.minHubDegree ? "commander" : "medium";
  const tiers = new Map<string, Tier>();
  const filledIn: EnterpriseRow[] = [];
  for (const [id, row] of enterprises) {
    if (summary.tierFrom === "column" && row.tier !== undefined) tiers.set(id, row.tier);
    else {
      tiers.set(id, inferred(id));
      if (summary.tierFrom === "column") filledIn.push(row);
    }
  }
  const first = filledIn[0];
  if (first) {
    warnings.push(
      cellProblem(
        { file: first.file, row: first.row, field: tierHeader },
        "tier-inferred",
        `${filledIn.length} enterprise(s) have no tier (first in row ${first.row}); they count as hubs when they have at least ${summary.minHubDegree} links. Fill in the tier column to decide yourself`,
        `${filledIn.length} 个企业没有填写层级（第一个在第 ${first.row} 行）；连线不少于 ${summary.minHubDegree} 条的算作中心企业。如需自行决定，请填写层级列`,
      ),
    );
  }
  return tiers;
}

/** Links run from hub to spoke; a spreadsheet may list them either way. */
function orientLinks(
  links: CheckedLink[],
  tiers: ReadonlyMap<string, Tier>,
  warnings: DatasetProblem[],
  file: string,
) {
  let turned = 0;
  for (const link of links) {
    if (tiers.get(link.source) !== "commander" && tiers.get(link.target) === "commander") {
      [link.source, link.target] = [link.target, link.source];
      turned += 1;
    }
  }
  if (turned > 0) {
    warnings.push(
      cellProblem(
        { file },
        "links-turned-round",
        `${turned} link(s) ran from a spoke to a hub and were turned round (nothing to do)`,
        `${turned} 条连线是从外围企业指向中心企业的，已调换方向（无需处理）`,
      ),
    );
  }
}

interface Origins {
  enterprises: Origin[];
  links: Origin[];
  regions: Origin[];
}

function buildDataset(
  sheets: readonly Sheet[],
  enterpriseRows: ReadonlyMap<string, EnterpriseRow>,
  links: readonly CheckedLink[],
  regionRows: ReadonlyMap<string, RegionRow>,
  tiers: ReadonlyMap<string, Tier>,
  hasRegionSheet: boolean,
  warnings: DatasetProblem[],
): { dataset: Dataset; origins: Origins } {
  const sources: Dataset["sources"] = [];
  const sourceIdOf = new Map<string, string>();
  const sourceFor = (citation: string) => {
    let id = sourceIdOf.get(citation);
    if (id === undefined) {
      id = `source-${sourceIdOf.size + 1}`;
      sourceIdOf.set(citation, id);
      sources.push({ id, citation });
    }
    return id;
  };
  const documented = (origin: Origin, citation: string | undefined) => ({
    existence: { level: "documented" as const, sources: [sourceFor(citation ?? origin.file)] },
  });

  const sectorIds: string[] = [];
  const seenSectors = new Set<string>();
  const withoutSector: EnterpriseRow[] = [];
  const regions: Region[] = [...regionRows.values()].map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    ...(row.parent !== undefined && { parent: row.parent }),
    ...(row.point && { point: row.point }),
    provenance: documented(row, undefined),
  }));
  const regionOrigins: Origin[] = [...regionRows.values()];
  const addedRegions: EnterpriseRow[] = [];
  const regionIds = new Set(regions.map((r) => r.id));

  const enterprises: Enterprise[] = [];
  const enterpriseOrigins: Origin[] = [];
  for (const row of enterpriseRows.values()) {
    const sector = row.sector ?? UNKNOWN_SECTOR_ID;
    if (row.sector === undefined) withoutSector.push(row);
    if (!seenSectors.has(sector)) {
      seenSectors.add(sector);
      sectorIds.push(sector);
    }
    if (row.region !== undefined && !regionIds.has(row.region)) {
      regionIds.add(row.region);
      regions.push({ id: row.region, kind: "county", name: {}, provenance: documented(row, row.citation) });
      regionOrigins.push(row);
      if (hasRegionSheet) addedRegions.push(row);
    }
    enterprises.push({
      id: row.id,
      name: row.name,
      sector,
      tier: tiers.get(row.id) ?? "medium",
      ...(row.region !== undefined && { region: row.region }),
      ...(row.description !== undefined && { description: { zh: row.description, en: row.description } }),
      provenance: documented(row, row.citation),
    });
    enterpriseOrigins.push(row);
  }
  const firstWithout = withoutSector[0];
  if (firstWithout && withoutSector.length < enterpriseRows.size) {
    warnings.push(
      cellProblem(
        { file: firstWithout.file, row: firstWithout.row, field: "sector" },
        "sector-missing",
        `${withoutSector.length} enterprise(s) have no sector (first in row ${firstWithout.row}); they are shown in an "Unknown" sector. Fill in the sector to place them in a network`,
        `${withoutSector.length} 个企业没有填写行业（第一个在第 ${firstWithout.row} 行）；已归入“未知”行业。请填写行业以归入相应网络`,
      ),
    );
  } else if (firstWithout && enterpriseRows.size > 0 && sheets.some((s) => s.kind === "enterprises")) {
    warnings.push(
      cellProblem(
        { file: firstWithout.file, field: "sector" },
        "sector-missing",
        'no enterprise has a sector, so all are shown as one "Unknown" network; add a sector column to split them into networks',
        "所有企业都没有行业，因此显示为一个“未知”网络；如需分成多个网络，请添加行业列",
      ),
    );
  }
  for (const row of addedRegions) {
    warnings.push(
      cellProblem(
        { file: row.file, row: row.row, field: "region" },
        "region-not-in-sheet",
        `the region "${row.region}" is not in the region sheet; it was added without a name or coordinates. Add it to the region sheet or correct the spelling`,
        `地区“${row.region}”不在地区表中，已按无名称、无坐标添加。请将其加入地区表，或更正拼写`,
      ),
    );
  }

  const supportKinds = [
    ...new Set(links.flatMap(({ row }) => (row.kind === undefined ? [] : [row.kind]))),
  ].map((kind) => ({ id: kind, name: { zh: kind, en: kind } }));
  const takenLinkIds = new Set(links.flatMap(({ row }) => (row.id === undefined ? [] : [row.id])));
  const linkRecords: Link[] = links.map(({ row, source, target }) => {
    let id = row.id ?? `row-${row.row}`;
    while (row.id === undefined && takenLinkIds.has(id)) id = `${id}'`;
    takenLinkIds.add(id);
    return {
      id,
      source,
      target,
      support: row.kind === undefined ? [] : [row.kind],
      provenance: documented(row, row.citation),
    };
  });

  const sectors = sectorIds.map((id) => ({
    id,
    name: id === UNKNOWN_SECTOR_ID ? { en: "Unknown", zh: "未知" } : { zh: id, en: id },
  }));
  const files = sheets.map((s) => s.file);
  // "clinics.nodes.csv" and "clinics.links.csv" are one dataset called "clinics".
  const title = [...new Set(files.map((f) => f.replace(/\.[^.]*$/, "").split(".")[0] || f))].join(" + ");
  return {
    dataset: {
      schemaVersion: "1",
      id: "imported",
      title: { zh: title, en: title },
      citation: { en: `Imported from ${files.join(", ")}`, zh: `导入自 ${files.join("、")}` },
      quotes: [],
      sources,
      facts: [],
      sectors,
      supportKinds,
      regions,
      enterprises,
      links: linkRecords,
    },
    origins: { enterprises: enterpriseOrigins, links: links.map(({ row }) => row), regions: regionOrigins },
  };
}

/** Turns a JSON path from the loader (`enterprises[4].name.en`) back into the file, row and column. */
function locateProblem(
  p: DatasetProblem,
  origins: Origins,
  columns: {
    enterpriseColumns: ColumnMap<"enterprises"> | undefined;
    linkColumns: ColumnMap<"links"> | undefined;
    regionColumns: ColumnMap<"regions"> | undefined;
  },
): DatasetProblem {
  const match = /^(enterprises|links|regions)\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(p.path);
  if (!match) return p;
  const [, collection, index, key, subKey] = match as unknown as [
    string,
    keyof Origins,
    string,
    string?,
    string?,
  ];
  const origin = origins[collection][Number(index)];
  if (!origin) return p;
  const map = {
    enterprises: columns.enterpriseColumns,
    links: columns.linkColumns,
    regions: columns.regionColumns,
  }[collection];
  const fieldKey = key === "name" ? (subKey === "zh" ? "nameZh" : subKey === "en" ? "nameEn" : subKey) : key;
  const header = fieldKey && map ? (map.header as Map<string, string>).get(fieldKey) : undefined;
  const plainName = key === "name" && map ? (map.header as Map<string, string>).get("name") : undefined;
  const field = header ?? plainName ?? key;
  return { ...p, path: "", file: origin.file, row: origin.row, ...(field !== undefined && { field }) };
}
