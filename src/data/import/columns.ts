/**
 * Column names a spreadsheet may use, in Chinese or English, for each field of each kind of sheet.
 * Headers are compared after NFKC (full-width letters become ASCII), lower-casing and removing spaces,
 * underscores and hyphens, so "Name_ZH", "name zh" and "ｎａｍｅ" all match.
 */

export type SheetKind = "enterprises" | "links" | "regions";

const ENTERPRISE_COLUMNS = {
  id: ["id", "编号", "代码", "标识", "nodeid", "key"],
  name: ["name", "label", "名称", "名字", "企业", "企业名称", "单位", "单位名称"],
  nameZh: ["namezh", "labelzh", "中文名", "中文名称"],
  nameEn: ["nameen", "labelen", "英文名", "英文名称", "english"],
  pinyin: ["pinyin", "拼音"],
  sector: ["sector", "行业", "部门", "industry", "network", "网络", "group", "分组", "category", "类别"],
  region: ["region", "地区", "区域", "县市", "所在地", "location", "place", "county", "县", "city", "城市"],
  tier: ["tier", "层级", "级别", "level", "role", "角色"],
  description: ["description", "说明", "描述", "note", "notes", "备注"],
  citation: ["citation", "source", "来源", "出处", "reference", "文献", "资料来源"],
  x: ["x", "横坐标"],
  y: ["y", "纵坐标"],
} as const;

const LINK_COLUMNS = {
  id: ["id", "编号", "linkid", "edgeid"],
  source: ["source", "from", "hub", "起点", "源", "源节点", "统帅", "统帅企业", "中心"],
  target: ["target", "to", "spoke", "终点", "目标", "目标节点", "协作厂"],
  kind: ["kind", "support", "type", "relation", "方式", "支援方式", "类型", "关系"],
  weight: ["weight", "权重", "value", "strength", "强度"],
  citation: ["citation", "出处", "reference", "文献", "资料来源"],
} as const;

const REGION_COLUMNS = {
  id: ["id", "编号", "代码", "region", "地区"],
  name: ["name", "label", "名称", "名字"],
  nameZh: ["namezh", "中文名", "中文名称"],
  nameEn: ["nameen", "英文名", "英文名称", "english"],
  pinyin: ["pinyin", "拼音"],
  kind: ["kind", "type", "类型", "级别"],
  parent: ["parent", "上级", "所属", "上级地区"],
  lat: ["lat", "latitude", "纬度"],
  lon: ["lon", "lng", "long", "longitude", "经度"],
} as const;

export const COLUMNS = { enterprises: ENTERPRISE_COLUMNS, links: LINK_COLUMNS, regions: REGION_COLUMNS };

export type FieldOf<K extends SheetKind> = keyof (typeof COLUMNS)[K];

export const REQUIRED_COLUMNS: { [K in SheetKind]: ReadonlyArray<FieldOf<K>> } = {
  enterprises: ["id"],
  links: ["source", "target"],
  regions: ["id"],
};

function normaliseHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

export interface ColumnMap<K extends SheetKind> {
  /** Column index of each recognised field. */
  index: Map<FieldOf<K>, number>;
  /** The header as written in the file, by field, for messages. */
  header: Map<FieldOf<K>, string>;
  /** Headers matching no field, as written. */
  unknown: string[];
  /** Fields named by more than one column. */
  repeated: Array<{ field: FieldOf<K>; headers: string[] }>;
}

export function mapColumns<K extends SheetKind>(kind: K, headers: readonly string[]): ColumnMap<K> {
  const synonyms = COLUMNS[kind] as Record<string, readonly string[]>;
  const fieldOf = new Map<string, FieldOf<K>>();
  for (const [field, names] of Object.entries(synonyms))
    for (const name of names) fieldOf.set(name, field as FieldOf<K>);
  const index = new Map<FieldOf<K>, number>();
  const header = new Map<FieldOf<K>, string>();
  const seen = new Map<FieldOf<K>, string[]>();
  const unknown: string[] = [];
  headers.forEach((raw, i) => {
    const field = fieldOf.get(normaliseHeader(raw));
    if (field === undefined) {
      if (raw.trim() !== "") unknown.push(raw);
      return;
    }
    const list = seen.get(field) ?? [];
    list.push(raw);
    seen.set(field, list);
    if (!index.has(field)) {
      index.set(field, i);
      header.set(field, raw);
    }
  });
  const repeated = [...seen]
    .filter(([, list]) => list.length > 1)
    .map(([field, list]) => ({ field, headers: list }));
  return { index, header, unknown, repeated };
}

/** Which sheet a CSV file is, from its headers first and its file name second. */
export function classifySheet(fileName: string, headers: readonly string[]): SheetKind {
  const has = (kind: SheetKind, field: string) => mapColumns(kind, headers).index.has(field as never);
  if (has("links", "source") && has("links", "target")) return "links";
  if (has("regions", "lat") && has("regions", "lon")) return "regions";
  if (has("enterprises", "sector") || has("enterprises", "tier")) return "enterprises";
  const name = fileName.normalize("NFKC").toLowerCase();
  if (/node|enterprise|企业|节点/.test(name)) return "enterprises";
  if (/region|地区|区域/.test(name)) return "regions";
  if (/link|edge|连线|关系|边/.test(name)) return "links";
  return "enterprises";
}

/** The names accepted for a field, for messages: `id / 编号 / 代码 …`. */
export function acceptedNames(kind: SheetKind, field: string): string {
  return ((COLUMNS[kind] as Record<string, readonly string[]>)[field] ?? []).slice(0, 4).join(" / ");
}
