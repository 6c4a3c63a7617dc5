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
 *   `minHubDegree` distinct neighbours, by default the sparing rule of hubRule.ts; the others are
 *   "medium". Links are turned round to run from hub to spoke, unless their directions are the data's.
 */
import { type LoadResult, loadDataset } from "../loadDataset";
import { cellProblem, type DatasetProblem } from "../problems";
import { assembleDataset, locateProblem } from "./assembleDataset";
import type { ColumnMap, SheetKind } from "./columns";
import {
  assignTiers,
  checkLinks,
  orientLinks,
  type SheetsSummary,
  summariseStarRules,
  type TierOptions,
  tierNamesGiven,
} from "./hubsAndSpokes";
import {
  checkColumns,
  type EnterpriseRow,
  kindName,
  type LinkRow,
  type Origin,
  readEnterprises,
  readLinks,
  readRegions,
  type Sheet,
} from "./sheetRows";

/** `onChecking` is called when the converted dataset goes to the loader, the longest step for large files. */
export function sheetsToDataset(
  sheets: readonly Sheet[],
  options: Partial<TierOptions> & { keepDirections?: boolean } = {},
  onChecking: () => void = () => undefined,
): LoadResult & { summary?: SheetsSummary } {
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
  const tierFrom = hasTierColumn ? (options.tierFrom ?? "column") : "degree";
  const chosenMinHubDegree =
    options.minHubDegree === undefined ? undefined : Math.max(1, Math.floor(options.minHubDegree));
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
  if (errors.length > 0) return { ok: false, errors, warnings };

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
    enterpriseSheet &&
      enterpriseColumns &&
      readEnterprises(enterpriseSheet, enterpriseColumns, errors, warnings),
    enterpriseSheet,
  );
  const linkRows = read(
    linkSheet && linkColumns && readLinks(linkSheet, linkColumns, errors, warnings),
    linkSheet,
  );
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
  if (errors.length > 0) return { ok: false, errors, warnings };
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
    return { ok: false, errors, warnings };
  }

  const { tiers, hubRule } = assignTiers(
    enterprises,
    links,
    { tierFrom, minHubDegree: chosenMinHubDegree },
    enterpriseColumns?.header.get("tier") ?? "tier",
    warnings,
  );
  const summary: SheetsSummary = {
    hasTierColumn,
    tierFrom,
    hubRule,
    ...(chosenMinHubDegree !== undefined && { chosenMinHubDegree }),
  };
  if (!options.keepDirections) orientLinks(links, tiers, warnings, linkSheet?.file ?? "");

  const build = assembleDataset(
    sheets,
    enterprises,
    links,
    regions,
    { tiers, names: tierFrom === "column" ? tierNamesGiven(enterprises) : {} },
    regionSheet !== undefined,
    warnings,
  );
  onChecking();
  const loaded = loadDataset(build.dataset);
  const locate = (p: DatasetProblem) =>
    locateProblem(p, build.origins, { enterpriseColumns, linkColumns, regionColumns });
  const loaderWarnings = loaded.warnings.map(locate);
  const all = {
    warnings: [
      ...warnings,
      // A directed graph file keeps its links' directions, so breaks the star rules as the data does.
      ...((tierFrom === "degree" && hubRule.basis === "spread") || options.keepDirections
        ? summariseStarRules(loaderWarnings, linkSheet?.file ?? "", build.dataset, options.keepDirections)
        : loaderWarnings),
    ],
    summary,
  };
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
