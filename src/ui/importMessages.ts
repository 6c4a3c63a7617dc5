/**
 * The import dialog's messages, in Chinese and English: a catalogue of their own, loaded with the dialog
 * rather than with the page, since most visits never open data.
 */
import { useMemo } from "react";
import type { Lang } from "../i18n/lang";
import { fillTemplate, type Register } from "../i18n/translate";
import { useLang, useRegister } from "./useDerived";

const en = {
  importTitle: "Open data",
  importReading: "Reading {files}…",
  importStage: "{stage}: {percent}",
  stageReading: "Reading",
  stageParsing: "Parsing",
  stageChecking: "Checking",
  stageLayout: "Laying out by links",
  importLayingOut: "Laying out {files} by its links…",
  importCancel: "Cancel",
  importDrawing: "Drawing {enterprises} enterprises…",
  importOpened: "Opened {files}",
  importSummary: "{enterprises} enterprises, {links} links, {networks} networks.",
  importFailed: "{files} could not be opened",
  importKept: "The network on screen has not changed. Fix the problems below and open the file again.",
  importCrashed: "The import stopped unexpectedly ({reason}). The network on screen has not changed.",
  importErrors: "To fix ({count})",
  importWarnings: "Repaired or worth checking ({count})",
  importMore: "… and {count} more of this kind",
  hubsHeading: "Which enterprises are hubs",
  importTitleLabel: "Title",
  importRename: "Rename",
  hubsFromColumn: "As the tier column says (empty cells by the number of links)",
  hubsRuleStars:
    "By the shape of the data: every link has an end with no other link, so each star's centre (2 links or more) is a hub",
  hubsRuleSpread:
    "Those whose links stand well above the rest: at least {min} (at least 3, and more than the mean {mean} plus twice the standard deviation {sd})",
  hubsFromDegree: "Those with at least this many links:",
  hubsResult: "Hubs found: {hubs}.",
  hubsApply: "Apply",
  attributesHeading: "Which attributes are the network and the region",
  attributeSector: "Network (colour and group):",
  attributeRegion: "Region:",
  attributeNone: "none",
  layoutHeading: "Layout",
  layoutChosenStars: "Laid out as stars",
  layoutChosenLinks: "Laid out by links",
  layoutChosenFile: "Laid out as the file places it",
  layoutStars: "As stars: each hub in the middle of its own nodes",
  layoutLinks: "By links: linked nodes drawn close together (ForceAtlas2)",
  layoutFile: "Where the file places each node",
  layoutSuggested: "(suggested)",
  layoutRule:
    "{outside} of {links} links fall outside the stars (between two hubs, between two other nodes, or to a second hub). Stars are suggested when at most one link in ten does.",
  importDone: "Show the network",
  importLocalNote:
    "This network lives only in this tab. To share a link to it, put the file on this site and open it with ?data=file-name.csv.",
  importFormatHelp:
    "Columns an enterprise sheet needs: id (name, sector, region and tier are optional); a link sheet: source and target (kind optional). Chinese names work too: 编号, 名称, 行业, 地区, 层级; 起点, 终点, 方式. Save sheets as CSV UTF-8.",
};

export type ImportMessageKey = keyof typeof en;

const zh: Record<ImportMessageKey, string> = {
  importTitle: "打开数据",
  importReading: "正在读取 {files}……",
  importStage: "{stage}：{percent}",
  stageReading: "读取",
  stageParsing: "解析",
  stageChecking: "检查",
  stageLayout: "按连接布局",
  importLayingOut: "正在按连接为 {files} 布局……",
  importCancel: "取消",
  importDrawing: "正在绘制 {enterprises} 家企业……",
  importOpened: "已打开 {files}",
  importSummary: "{enterprises} 家企业，{links} 条连线，{networks} 个网络。",
  importFailed: "无法打开 {files}",
  importKept: "屏幕上的网络没有改变。请修正以下问题后重新打开文件。",
  importCrashed: "导入意外中止（{reason}）。屏幕上的网络没有改变。",
  importErrors: "需要修正（{count}）",
  importWarnings: "已修复或值得检查（{count}）",
  importMore: "……同类问题还有 {count} 个",
  hubsHeading: "哪些企业是中心企业",
  importTitleLabel: "标题",
  importRename: "改名",
  hubsFromColumn: "按层级列（空白单元格按连线数量）",
  hubsRuleStars:
    "按数据的形状：每条连线都有一端没有其他连线，因此每个星形的中心（连线不少于 2 条）是中心企业",
  hubsRuleSpread:
    "连线数量明显多于其他的：不少于 {min} 条（至少 3 条，且多于平均值 {mean} 加两倍标准差 {sd}）",
  hubsFromDegree: "连线数量不少于：",
  hubsResult: "共有 {hubs} 个中心企业。",
  hubsApply: "应用",
  attributesHeading: "哪些属性是网络和地区",
  attributeSector: "网络（颜色和分组）：",
  attributeRegion: "地区：",
  attributeNone: "无",
  layoutHeading: "布局",
  layoutChosenStars: "按星形布局",
  layoutChosenLinks: "按连接布局",
  layoutChosenFile: "按文件中的位置布局",
  layoutStars: "星形：每个枢纽居于它自己的节点中间",
  layoutLinks: "按连接：相连的节点靠近排列（ForceAtlas2）",
  layoutFile: "按文件给出的每个节点的位置",
  layoutSuggested: "（建议）",
  layoutRule:
    "{links} 条连线中有 {outside} 条不在星形之内（连接两个枢纽、连接两个其他节点，或连到第二个枢纽）。不超过十分之一时建议用星形布局。",
  importDone: "查看网络",
  importLocalNote:
    "此网络只存在于当前标签页中。如需分享链接，请将文件放到本网站，并用 ?data=文件名.csv 打开。",
  importFormatHelp:
    "企业表必须有 编号（id）列（名称、行业、地区、层级可选）；连线表必须有 起点（source）和 终点（target）列（方式可选）。英文列名也可以。请将表格另存为 CSV UTF-8。",
};

const CATALOGUE: Record<Lang, Record<ImportMessageKey, string>> = { en, zh };

/** A network that is not the 1958 article's has nodes, not enterprises (see model/vocabulary.ts). */
const networkWords: Record<Lang, Partial<Record<ImportMessageKey, string>>> = {
  en: {
    importSummary: "{enterprises} nodes, {links} links, {networks} networks.",
    importDrawing: "Drawing {enterprises} nodes…",
    hubsHeading: "Which nodes are hubs",
  },
  zh: {
    importSummary: "{enterprises} 个节点，{links} 条连线，{networks} 个网络。",
    importDrawing: "正在绘制 {enterprises} 个节点…",
    hubsHeading: "哪些节点是枢纽",
  },
};

export function translateImport(
  lang: Lang,
  key: ImportMessageKey,
  params: Record<string, string | number> = {},
  register: Register = "article",
): string {
  const template = (register === "network" ? networkWords[lang][key] : undefined) ?? CATALOGUE[lang][key];
  return fillTemplate(lang, template, params);
}

export function useImportT() {
  const lang = useLang();
  const register = useRegister();
  return useMemo(
    () => (key: ImportMessageKey, params?: Record<string, string | number>) =>
      translateImport(lang, key, params, register),
    [lang, register],
  );
}
