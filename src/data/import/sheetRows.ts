/**
 * Reads the rows of one CSV sheet into records, checking each cell that must be an id or a number.
 * Row numbers are the ones a spreadsheet program shows: the header is row 1.
 */
import { INVISIBLE_CHARACTERS } from "../labels";
import { cellProblem, type DatasetProblem } from "../problems";
import type { Name, Tier } from "../schema";
import {
  acceptedNames,
  type ColumnMap,
  type FieldOf,
  mapColumns,
  REQUIRED_COLUMNS,
  type SheetKind,
} from "./columns";

export interface Sheet {
  file: string;
  kind: SheetKind;
  headers: string[];
  /** Data rows, without the header. */
  rows: string[][];
  /** For a sheet read from XML: the line of each row's element, which problems name instead of a row. */
  lines?: readonly number[];
}

export interface Origin {
  file: string;
  row: number;
}

export interface EnterpriseRow extends Origin {
  id: string;
  name: Name;
  sector?: string;
  region?: string;
  /** undefined: the cell is empty (or there is no tier column) and the tier is inferred. */
  tier?: Tier;
  /** The tier cell as written, for the dataset's own name of the tier. */
  tierText?: string;
  description?: string;
  citation?: string;
  position?: { x: number; y: number };
}

export interface LinkRow extends Origin {
  id?: string;
  source: string;
  target: string;
  kind?: string;
  weight?: number;
  citation?: string;
}

export interface RegionRow extends Origin {
  id: string;
  name: Name;
  kind: "prefecture" | "city" | "county";
  parent?: string;
  point?: { lat: number; lon: number };
}

const FORBIDDEN_IDS = new Set(["__proto__", "constructor", "prototype"]);
const MAX_ID_LENGTH = 200;

const TIER_VALUES: Record<Tier, readonly string[]> = {
  commander: ["commander", "hub", "centre", "center", "统帅", "统帅企业", "中心", "枢纽"],
  medium: ["medium", "中型", "中型厂"],
  small: ["small", "spoke", "小型", "小型厂", "卫星"],
};
const REGION_KIND_VALUES = {
  prefecture: ["prefecture", "专区", "地区", "地级"],
  city: ["city", "市", "城市"],
  county: ["county", "县", "县级"],
} as const;

/** A cell's text, trimmed and in Unicode normal form C; undefined when empty or absent. */
function cellReader<K extends SheetKind>(columns: ColumnMap<K>, cells: readonly string[]) {
  return (field: FieldOf<K>): string | undefined => {
    const index = columns.index.get(field);
    const value = index === undefined ? undefined : cells[index]?.normalize("NFC").trim();
    return value === "" ? undefined : value;
  };
}

function checkId(value: string, where: Origin & { field: string }): DatasetProblem | null {
  if (FORBIDDEN_IDS.has(value)) {
    return cellProblem(
      where,
      "forbidden-id",
      `"${value}" cannot be used as an id (it has a special meaning in JavaScript); rename it, e.g. "${value}-1"`,
      `“${value}”不能用作 id（它在 JavaScript 中有特殊含义）；请改名，例如“${value}-1”`,
    );
  }
  // Invisible characters would make two different ids look equal.
  if (value.search(INVISIBLE_CHARACTERS) !== -1) {
    return cellProblem(
      where,
      "invisible-characters-in-id",
      "the id contains invisible control or text-direction characters; retype it",
      "id 中含有不可见的控制字符或文字方向字符；请重新输入",
    );
  }
  if (value.length > MAX_ID_LENGTH) {
    return cellProblem(
      where,
      "id-too-long",
      `the id is ${value.length} characters long; use at most ${MAX_ID_LENGTH}`,
      `id 长度为 ${value.length} 个字符；最多 ${MAX_ID_LENGTH} 个`,
    );
  }
  return null;
}

function emptyId(where: Origin & { field: string }): DatasetProblem {
  return cellProblem(
    where,
    "empty-id",
    "the id is empty or only spaces; every row needs an id",
    "id 为空或只有空格；每一行都需要 id",
  );
}

export function checkColumns<K extends SheetKind>(sheet: Sheet, kind: K): ColumnMap<K> | DatasetProblem[] {
  const columns = mapColumns(kind, sheet.headers);
  const errors: DatasetProblem[] = [];
  for (const field of REQUIRED_COLUMNS[kind]) {
    if (columns.index.has(field)) continue;
    errors.push(
      cellProblem(
        { file: sheet.file, row: 1 },
        "missing-column",
        `the ${kindName.en[kind]} sheet has no "${String(field)}" column; add one (accepted names: ${acceptedNames(kind, String(field))}). Found: ${sheet.headers.join(", ") || "nothing"}`,
        `${kindName.zh[kind]}表缺少“${String(field)}”列；请添加（可用列名：${acceptedNames(kind, String(field))}）。现有列：${sheet.headers.join("、") || "无"}`,
      ),
    );
  }
  for (const { field, headers } of columns.repeated) {
    errors.push(
      cellProblem(
        { file: sheet.file, row: 1 },
        "repeated-column",
        `the columns ${headers.map((h) => `"${h}"`).join(" and ")} both mean "${String(field)}"; keep one of them`,
        `列 ${headers.map((h) => `“${h}”`).join("和")} 含义相同（“${String(field)}”）；请只保留一列`,
      ),
    );
  }
  return errors.length > 0 ? errors : columns;
}

export const kindName = {
  en: { enterprises: "enterprise", links: "link", regions: "region" },
  zh: { enterprises: "企业", links: "连线", regions: "地区" },
} as const;

/** Calls `read` for every row that is not blank, with its spreadsheet row number. */
function eachRow(sheet: Sheet, read: (cells: string[], origin: Origin) => void): number {
  let blank = 0;
  sheet.rows.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) blank += 1;
    else read(cells, { file: sheet.file, row: sheet.lines?.[i] ?? i + 2 });
  });
  return blank;
}

function nameFrom(get: (field: "name" | "nameZh" | "nameEn" | "pinyin") => string | undefined): Name {
  const plain = get("name");
  const zh = get("nameZh") ?? (plain !== undefined && /[\u3400-\u9fff]/.test(plain) ? plain : undefined);
  const en = get("nameEn") ?? (plain !== undefined && zh !== plain ? plain : undefined);
  const pinyin = get("pinyin");
  return { ...(zh && { zh }), ...(en && { en }), ...(pinyin && { pinyin }) };
}

function knownValue<T extends string>(values: Record<T, readonly string[]>, cell: string): T | undefined {
  const wanted = cell.normalize("NFKC").toLowerCase();
  return (Object.keys(values) as T[]).find((key) => values[key].includes(wanted));
}

export function readEnterprises(
  sheet: Sheet,
  columns: ColumnMap<"enterprises">,
  errors: DatasetProblem[],
  warnings: DatasetProblem[],
): { records: EnterpriseRow[]; blankRows: number } {
  const records: EnterpriseRow[] = [];
  const blankRows = eachRow(sheet, (cells, origin) => {
    const get = cellReader(columns, cells);
    const header = (field: FieldOf<"enterprises">) => columns.header.get(field) ?? String(field);
    const id = get("id");
    if (id === undefined) return void errors.push(emptyId({ ...origin, field: header("id") }));
    let rowOk = pushIf(errors, checkId(id, { ...origin, field: header("id") }));
    const record: EnterpriseRow = { ...origin, id, name: nameFrom(get) };
    for (const field of ["sector", "region"] as const) {
      const value = get(field);
      if (value === undefined) continue;
      rowOk = pushIf(errors, checkId(value, { ...origin, field: header(field) })) && rowOk;
      record[field] = value;
    }
    const tier = get("tier");
    if (tier !== undefined) {
      const known = knownValue(TIER_VALUES, tier);
      if (known === undefined) {
        rowOk = false;
        errors.push(
          cellProblem(
            { ...origin, field: header("tier") },
            "unknown-tier",
            `"${tier}" is not a tier; write commander (hub), medium or small (spoke), or leave the cell empty to infer it`,
            `“${tier}”不是有效层级；请填写 统帅（中心）、中型 或 小型，或留空以自动推断`,
          ),
        );
      } else {
        record.tier = known;
        record.tierText = tier;
      }
    }
    const description = get("description");
    if (description !== undefined) record.description = description;
    const citation = get("citation");
    if (citation !== undefined) record.citation = citation;
    const position = readPosition(get("x"), get("y"), { ...origin, field: header("x") }, warnings);
    if (position) record.position = position;
    if (rowOk) records.push(record);
  });
  return { records, blankRows };
}

export function readLinks(
  sheet: Sheet,
  columns: ColumnMap<"links">,
  errors: DatasetProblem[],
  warnings: DatasetProblem[],
): { records: LinkRow[]; blankRows: number } {
  const records: LinkRow[] = [];
  const blankRows = eachRow(sheet, (cells, origin) => {
    const get = cellReader(columns, cells);
    const header = (field: FieldOf<"links">) => columns.header.get(field) ?? String(field);
    let rowOk = true;
    const ends: Partial<Record<"source" | "target", string>> = {};
    for (const end of ["source", "target"] as const) {
      const value = get(end);
      const where = { ...origin, field: header(end) };
      if (value === undefined) {
        rowOk = false;
        errors.push(
          cellProblem(
            where,
            "empty-link-end",
            `the ${end} is empty; a link needs the ids of both ends`,
            `${end === "source" ? "起点" : "终点"}为空；连线两端都需要填写 id`,
          ),
        );
      } else {
        rowOk = pushIf(errors, checkId(value, where)) && rowOk;
        ends[end] = value;
      }
    }
    const id = get("id");
    if (id !== undefined) rowOk = pushIf(errors, checkId(id, { ...origin, field: header("id") })) && rowOk;
    const kind = get("kind");
    if (kind !== undefined)
      rowOk = pushIf(errors, checkId(kind, { ...origin, field: header("kind") })) && rowOk;
    if (!rowOk || ends.source === undefined || ends.target === undefined) return;
    const record: LinkRow = { ...origin, source: ends.source, target: ends.target };
    if (id !== undefined) record.id = id;
    if (kind !== undefined) record.kind = kind;
    if (columns.index.has("weight")) {
      const weight = readWeight(get("weight"), { ...origin, field: header("weight") }, warnings);
      if (weight !== undefined) record.weight = weight;
    }
    const citation = get("citation");
    if (citation !== undefined) record.citation = citation;
    records.push(record);
  });
  return { records, blankRows };
}

export function readRegions(
  sheet: Sheet,
  columns: ColumnMap<"regions">,
  errors: DatasetProblem[],
): { records: RegionRow[]; blankRows: number } {
  const records: RegionRow[] = [];
  const blankRows = eachRow(sheet, (cells, origin) => {
    const get = cellReader(columns, cells);
    const header = (field: FieldOf<"regions">) => columns.header.get(field) ?? String(field);
    const id = get("id");
    if (id === undefined) return void errors.push(emptyId({ ...origin, field: header("id") }));
    let rowOk = pushIf(errors, checkId(id, { ...origin, field: header("id") }));
    const record: RegionRow = { ...origin, id, name: nameFrom(get), kind: "county" };
    const kind = get("kind");
    if (kind !== undefined) {
      const known = knownValue(REGION_KIND_VALUES, kind);
      if (known === undefined) {
        rowOk = false;
        errors.push(
          cellProblem(
            { ...origin, field: header("kind") },
            "unknown-region-kind",
            `"${kind}" is not a kind of region; write prefecture, city or county, or leave it empty`,
            `“${kind}”不是有效的地区类型；请填写 专区、市 或 县，或留空`,
          ),
        );
      } else record.kind = known;
    }
    const parent = get("parent");
    if (parent !== undefined) {
      rowOk = pushIf(errors, checkId(parent, { ...origin, field: header("parent") })) && rowOk;
      record.parent = parent;
    }
    const lat = get("lat");
    const lon = get("lon");
    if (lat !== undefined || lon !== undefined) {
      const latitude = readCoordinate(lat, 90, { ...origin, field: header("lat") }, errors);
      const longitude = readCoordinate(lon, 180, { ...origin, field: header("lon") }, errors);
      if (latitude === undefined || longitude === undefined) rowOk = false;
      else record.point = { lat: latitude, lon: longitude };
    }
    if (rowOk) records.push(record);
  });
  return { records, blankRows };
}

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function readCoordinate(
  cell: string | undefined,
  limit: number,
  where: Origin & { field: string },
  errors: DatasetProblem[],
): number | undefined {
  // DECIMAL admits only finite-looking numbers; one too large to be finite fails the limit.
  if (DECIMAL.test(cell ?? "") && Math.abs(Number(cell)) <= limit) return Number(cell);
  errors.push(
    cellProblem(
      where,
      "not-a-coordinate",
      cell === undefined
        ? "is empty while the other coordinate is given; give both latitude and longitude in decimal degrees, or neither"
        : `"${cell}" is not a finite number between −${limit} and ${limit}; write decimal degrees such as 37.87`,
      cell === undefined
        ? "为空，但另一个坐标已填写；请同时填写经度和纬度（十进制度数），或都不填"
        : `“${cell}”不是 −${limit} 到 ${limit} 之间的有限数；请填写十进制度数，例如 37.87`,
    ),
  );
  return undefined;
}

/** A position is both coordinates as finite numbers; anything else is reported, and the node is laid out. */
function readPosition(
  x: string | undefined,
  y: string | undefined,
  where: Origin & { field: string },
  warnings: DatasetProblem[],
): { x: number; y: number } | undefined {
  if (x === undefined && y === undefined) return undefined;
  const number = (cell: string | undefined) =>
    cell !== undefined && DECIMAL.test(cell) && Number.isFinite(Number(cell)) ? Number(cell) : undefined;
  const [px, py] = [number(x), number(y)];
  if (px !== undefined && py !== undefined) return { x: px, y: py };
  warnings.push(
    cellProblem(
      where,
      "not-a-position",
      `the position (${x ?? "none"}, ${y ?? "none"}) is not two finite numbers; the position is ignored and the node is laid out with the others`,
      `位置（${x ?? "无"}，${y ?? "无"}）不是两个有限数；已忽略该位置，节点随其他节点一起布局`,
    ),
  );
  return undefined;
}

/** A weight that cannot be drawn is reported where it is, and the link keeps the default width. */
function readWeight(
  cell: string | undefined,
  where: Origin & { field: string },
  warnings: DatasetProblem[],
): number | undefined {
  const value = cell === undefined ? Number.NaN : Number(cell);
  if (cell !== undefined && DECIMAL.test(cell) && Number.isFinite(value) && value >= 0) return value;
  const [code, en, zh] =
    cell === undefined
      ? ["weight-missing", "the weight is empty", "权重为空"]
      : DECIMAL.test(cell) && Number.isFinite(value)
        ? ["weight-negative", `the weight ${cell} is negative`, `权重 ${cell} 为负数`]
        : ["weight-not-a-number", `"${cell}" is not a number`, `“${cell}”不是数字`];
  warnings.push(
    cellProblem(
      where,
      code,
      `${en}; the link is drawn at the default width. Write a number of 0 or more, such as 2.5`,
      `${zh}；这条连线按默认宽度绘制。请填写不小于 0 的数，例如 2.5`,
    ),
  );
  return undefined;
}

function pushIf(errors: DatasetProblem[], found: DatasetProblem | null): boolean {
  if (found) errors.push(found);
  return found === null;
}
