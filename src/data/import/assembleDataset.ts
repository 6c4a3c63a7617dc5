/**
 * Checked spreadsheet rows to a dataset in the app's format, remembering where each record came from
 * so that the loader's JSON paths can be turned back into file, row and column.
 */
import { cellProblem, type DatasetProblem } from "../problems";
import type { Dataset, Enterprise, Link, LocalText, Region, Tier } from "../schema";
import type { ColumnMap } from "./columns";
import type { CheckedLink } from "./hubsAndSpokes";
import type { EnterpriseRow, Origin, RegionRow, Sheet } from "./sheetRows";

/** The sector of enterprises whose file gives none. */
export const UNKNOWN_SECTOR_ID = "unknown";

interface Origins {
  enterprises: Origin[];
  links: Origin[];
  regions: Origin[];
}

export function assembleDataset(
  sheets: readonly Sheet[],
  enterpriseRows: ReadonlyMap<string, EnterpriseRow>,
  links: readonly CheckedLink[],
  regionRows: ReadonlyMap<string, RegionRow>,
  { tiers, names }: { tiers: ReadonlyMap<string, Tier>; names: Partial<Record<Tier, LocalText>> },
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
      ...(row.position && { position: row.position }),
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
      ...(row.weight !== undefined && { weight: row.weight }),
      provenance: documented(row, row.citation),
    };
  });

  const sectors = sectorIds.map((id) => ({
    id,
    name: id === UNKNOWN_SECTOR_ID ? { en: "Unknown", zh: "未知" } : { zh: id, en: id },
  }));
  // A GEXF or GraphML file gives two sheets, nodes and edges.
  const files = [...new Set(sheets.map((s) => s.file))];
  // "clinics.nodes.csv" and "clinics.links.csv" are one dataset called "clinics".
  const title = [...new Set(files.map((f) => f.replace(/\.[^.]*$/, "").split(".")[0] || f))].join(" + ");
  return {
    dataset: {
      schemaVersion: "1",
      id: "imported",
      title: { zh: title, en: title },
      ...(Object.keys(names).length > 0 && { tierNames: names }),
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
export function locateProblem(
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
