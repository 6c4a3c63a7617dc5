/** One message catalogue for every UI string, ARIA label and table header, in Chinese and English. */
import type { Lang } from "../model/elements";

const en = {
  appTitleFallback: "Hub-and-spoke network explorer",
  language: "Language",
  switchLanguage: "中文",
  switchLanguageLabel: "切换到中文",
  filters: "Filters",
  sectors: "Networks",
  regions: "Regions",
  tiers: "Tier",
  provenance: "Provenance",
  search: "Search",
  searchPlaceholder: "Name, pinyin or 中文",
  resetFilters: "Reset filters",
  removeFilter: "Remove filter",
  shownCount: "{shown} of {total} enterprises shown",
  contextCount: "plus {count} commanders shown for context",
  emptyTitle: "No enterprise matches these filters",
  emptyHint: "Remove a filter or start again.",
  graphView: "Graph",
  tableView: "Table",
  viewMode: "View",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  fit: "Fit to screen",
  focusNetwork: "Focus on network",
  allNetworks: "All networks",
  graphLabel: "Network graph",
  legend: "Legend",
  legendSectors: "Networks (colour)",
  legendTiers: "Tier (shape and size)",
  legendProvenance: "Provenance (outline and fill)",
  legendSupport: "Support given (line style)",
  legendContext: "Commander shown for context",
  details: "Details",
  close: "Close",
  tier: "Tier",
  network: "Network",
  region: "Region",
  regionUnknown: "not known",
  commander: "Commander",
  contractedFactories: "Contracted factories",
  support: "Support",
  provenanceHeading: "How we know",
  existence: "Existence",
  identity: "Identity",
  location: "Location",
  role: "Role",
  pairing: "Pairing",
  confidence: "confidence",
  articleSource: "People's Daily, 25 March 1958, p. 3",
  sources: "Sources",
  about: "What the article says",
  name: "Name",
  count: "Count",
  sortBy: "Sort by {column}",
  loading: "Loading the networks…",
  loadFailed: "The dataset could not be loaded",
  selectRow: "Show {name} in the graph",
  tableCaption: "Enterprises shown ({count})",
  high: "high",
  medium: "medium",
  low: "low",
};

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appTitleFallback: "轴辐网络浏览器",
  language: "语言",
  switchLanguage: "English",
  switchLanguageLabel: "Switch to English",
  filters: "筛选",
  sectors: "工业网",
  regions: "地区",
  tiers: "层级",
  provenance: "史料依据",
  search: "搜索",
  searchPlaceholder: "名称、拼音或 English",
  resetFilters: "重置筛选",
  removeFilter: "移除筛选条件",
  shownCount: "显示 {shown} / {total} 家企业",
  contextCount: "另有 {count} 家统帅企业作为背景显示",
  emptyTitle: "没有符合筛选条件的企业",
  emptyHint: "请移除某个筛选条件或重新开始。",
  graphView: "网络图",
  tableView: "表格",
  viewMode: "视图",
  zoomIn: "放大",
  zoomOut: "缩小",
  fit: "适应屏幕",
  focusNetwork: "聚焦工业网",
  allNetworks: "全部工业网",
  graphLabel: "网络图",
  legend: "图例",
  legendSectors: "工业网（颜色）",
  legendTiers: "层级（形状与大小）",
  legendProvenance: "史料依据（轮廓与填充）",
  legendSupport: "支援方式（线型）",
  legendContext: "作为背景显示的统帅企业",
  details: "详情",
  close: "关闭",
  tier: "层级",
  network: "工业网",
  region: "地区",
  regionUnknown: "不详",
  commander: "统帅企业",
  contractedFactories: "包干的工厂",
  support: "支援方式",
  provenanceHeading: "史料依据",
  existence: "存在",
  identity: "身份",
  location: "位置",
  role: "角色",
  pairing: "对应关系",
  confidence: "可信度",
  articleSource: "《人民日报》1958年3月25日第3版",
  sources: "来源",
  about: "原文记载",
  name: "名称",
  count: "数量",
  sortBy: "按{column}排序",
  loading: "正在加载工业网……",
  loadFailed: "无法加载数据集",
  selectRow: "在网络图中显示{name}",
  tableCaption: "显示的企业（{count}）",
  high: "高",
  medium: "中",
  low: "低",
};

const tierNames = {
  en: { commander: "Commander", medium: "Medium factory", small: "Small factory" },
  zh: { commander: "统帅企业", medium: "中型厂", small: "小型厂" },
} as const;

const levelNames = {
  en: {
    attested: "Attested",
    documented: "Documented",
    inferred: "Inferred",
    illustrative: "Illustrative",
    unknown: "Not identified",
  },
  zh: {
    attested: "原文记载",
    documented: "有文献",
    inferred: "推断",
    illustrative: "示意",
    unknown: "未具名",
  },
} as const;

const levelExplanations = {
  en: {
    attested: "stated in the 1958 article",
    documented: "stated in another cited source",
    inferred: "our reasoning from the sources, not stated anywhere",
    illustrative: "filled in to show a structure the article describes; not a real name",
    unknown: "the article says it existed but names none",
  },
  zh: {
    attested: "1958年原文明确记载",
    documented: "其他有出处的文献记载",
    inferred: "据史料推断，未见明文",
    illustrative: "为展示原文所述结构而补充，并非真实名称",
    unknown: "原文提到其存在，但未具名",
  },
} as const;

const catalogue: Record<Lang, Record<MessageKey, string>> = { en, zh };

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogue[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? formatValue(lang, params[name]) : match,
  );
}

function formatValue(lang: Lang, value: string | number | undefined): string {
  return typeof value === "number"
    ? new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-GB").format(value)
    : String(value);
}

export function tierName(lang: Lang, tier: keyof (typeof tierNames)["en"]): string {
  return tierNames[lang][tier];
}

export function levelName(lang: Lang, level: keyof (typeof levelNames)["en"]): string {
  return levelNames[lang][level];
}

export function levelExplanation(lang: Lang, level: keyof (typeof levelExplanations)["en"]): string {
  return levelExplanations[lang][level];
}
