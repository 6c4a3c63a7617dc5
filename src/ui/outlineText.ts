/** What an outline row says: its accessible name, and the count shown at its end. */
import { formatNumber, type Lang } from "../i18n/lang";
import { type MessageKey, roleName, translateCount } from "../i18n/translate";
import type { NetworkIndex } from "../model/networkIndex";
import type { OutlineItem } from "../model/outline";
import { attestedCountText } from "./attestedCount";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

function networkSplit(item: OutlineItem, index: NetworkIndex, lang: Lang, showsAttested: boolean) {
  return showsAttested && item.kind === "network"
    ? attestedCountText(lang, index.words, { total: item.count, attested: item.attested ?? 0 })
    : null;
}

/** A network's count split by provenance ("120 · 25 attested") when the dataset attests anything. */
export function outlineCount(
  item: OutlineItem,
  index: NetworkIndex,
  lang: Lang,
  showsAttested: boolean,
): string {
  return (
    networkSplit(item, index, lang, showsAttested)?.text ??
    formatNumber(lang, item.kind === "network" ? item.count : item.children.length)
  );
}

export function outlineItemLabel(
  item: OutlineItem,
  index: NetworkIndex,
  lang: Lang,
  t: T,
  showsAttested: boolean,
): string {
  if (item.kind === "network") {
    return t("outlineNetworkLabel", {
      name: t("outlineNetworkName", { name: item.label }),
      count:
        networkSplit(item, index, lang, showsAttested)?.label ??
        translateCount(lang, "enterprises", item.count, index.words),
    });
  }
  if (item.kind === "placeholder")
    return item.quote ? t("unnamedQuote", { label: item.label, quote: item.quote }) : item.label;
  const parts = [
    t("outlineEnterpriseLabel", {
      name: item.label,
      tier: roleName(lang, index.enterprises.get(item.key) ?? { tier: item.tier ?? "small" }, index.words),
    }),
  ];
  if (item.children.length > 0)
    parts.push(translateCount(lang, "contractedFactories", item.children.length, index.words));
  if (item.context) parts.push(t("outlineContext"));
  return parts.join(lang === "zh" ? "，" : ", ");
}
