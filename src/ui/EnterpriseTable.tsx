/** The visible enterprises as a sortable table, in step with the graph's filters. */
import { useMemo } from "react";
import type { Enterprise } from "../data/schema";
import { detailsTableMessage } from "../i18n/detailsTableMessages";
import { type Lang, LOCALE, nameIn } from "../i18n/lang";
import { levelName, type MessageKey, roleName } from "../i18n/translate";
import type { NetworkIndex } from "../model/networkIndex";
import { compareLevels } from "../model/provenance";
import type { TableColumn, ViewStore } from "../store/viewStore";
import { useStoreApi, useViewStore } from "./storeContext";
import { useLang, useNetworkIndex, useT, useVisibility } from "./useDerived";

type Column = TableColumn;

/** The other language's name: Chinese in English mode, English in Chinese mode. */
const OTHER_LANG: Record<Lang, Lang> = { en: "zh", zh: "en" };

/** A header from the main catalogue, or (for the newer columns) from the table's own words. */
type ColumnLabel = { message: MessageKey } | { own: (lang: Lang) => string };

const COLUMNS: Array<{ key: Column; label: ColumnLabel }> = [
  { key: "name", label: { message: "name" } },
  {
    key: "otherName",
    label: { own: (lang) => detailsTableMessage(lang, lang === "en" ? "chineseName" : "englishName") },
  },
  { key: "sector", label: { message: "network" } },
  { key: "tier", label: { message: "tier" } },
  { key: "region", label: { message: "region" } },
  { key: "prefecture", label: { own: (lang) => detailsTableMessage(lang, "topRegion") } },
  { key: "commander", label: { message: "commander" } },
  { key: "provenance", label: { message: "provenance" } },
];
/** Shown only for a dataset whose links have weights. */
const WEIGHT_COLUMN: { key: Column; label: ColumnLabel } = {
  key: "weight",
  label: { message: "totalWeight" },
};

const TIER_ORDER = { commander: 0, medium: 1, small: 2 };
const selectSelected = (s: ViewStore) => s.selectedId;
const selectSort = (s: ViewStore) => s.tableSort;

const regionName = (id: string | undefined, index: NetworkIndex, lang: Lang) =>
  id === undefined ? "" : nameIn(index.regions.get(id)?.name ?? {}, lang, id);

function cellText(column: Column, enterprise: Enterprise, index: NetworkIndex, lang: Lang): string {
  switch (column) {
    case "name":
      return nameIn(enterprise.name, lang, enterprise.id);
    case "sector":
      return nameIn(
        index.dataset.sectors.find((s) => s.id === enterprise.sector)?.name ?? {},
        lang,
        enterprise.sector,
      );
    case "tier":
      return roleName(lang, enterprise, index.words);
    case "otherName":
      return enterprise.name[OTHER_LANG[lang]]?.trim() ?? "";
    case "region":
      return regionName(enterprise.region, index, lang);
    case "prefecture":
      // The top of the region's tree: its prefecture, or the provincial city it lies in.
      return regionName(index.regionPath.get(enterprise.id)?.at(-1), index, lang);
    case "commander": {
      const commander = index.commanderOf.get(enterprise.id);
      return commander ? nameIn(index.enterprises.get(commander)?.name ?? {}, lang, commander) : "";
    }
    case "provenance":
      return levelName(lang, index.level.get(enterprise.id) ?? "illustrative", index.words);
    case "weight":
      return new Intl.NumberFormat(LOCALE[lang]).format(index.strength.get(enterprise.id) ?? 0);
  }
}

export function EnterpriseTable() {
  const store = useStoreApi();
  const index = useNetworkIndex();
  const lang = useLang();
  const t = useT();
  const visibility = useVisibility();
  const selectedId = useViewStore(selectSelected);
  const sort = useViewStore(selectSort);
  const label = (column: { label: ColumnLabel }) =>
    "message" in column.label ? t(column.label.message) : column.label.own(lang);

  const columns = index.strength.size > 0 ? [...COLUMNS, WEIGHT_COLUMN] : COLUMNS;
  const rows = useMemo(() => {
    const collator = new Intl.Collator(LOCALE[lang], { numeric: true });
    const otherCollator = new Intl.Collator(LOCALE[OTHER_LANG[lang]], { numeric: true });
    const sectorOrder = new Map(index.dataset.sectors.map((s, i) => [s.id, i]));
    const compare = (a: Enterprise, b: Enterprise): number => {
      switch (sort.column) {
        case "sector":
          return (
            (sectorOrder.get(a.sector) ?? 0) - (sectorOrder.get(b.sector) ?? 0) ||
            TIER_ORDER[a.tier] - TIER_ORDER[b.tier]
          );
        case "tier":
          return TIER_ORDER[a.tier] - TIER_ORDER[b.tier];
        case "weight":
          return (index.strength.get(a.id) ?? 0) - (index.strength.get(b.id) ?? 0);
        case "provenance":
          return compareLevels(
            index.level.get(a.id) ?? "illustrative",
            index.level.get(b.id) ?? "illustrative",
          );
        case "otherName":
          return otherCollator.compare(
            cellText("otherName", a, index, lang),
            cellText("otherName", b, index, lang),
          );
        case "prefecture":
          return (
            collator.compare(
              cellText("prefecture", a, index, lang),
              cellText("prefecture", b, index, lang),
            ) || collator.compare(cellText("region", a, index, lang), cellText("region", b, index, lang))
          );
        default:
          return collator.compare(
            cellText(sort.column, a, index, lang),
            cellText(sort.column, b, index, lang),
          );
      }
    };
    const visible = index.dataset.enterprises.filter((e) => visibility.matching.has(e.id));
    const sorted = [...visible].sort((a, b) => compare(a, b) || collator.compare(a.id, b.id));
    return sort.ascending ? sorted : sorted.reverse();
  }, [index, lang, visibility, sort]);

  return (
    <div className="table-wrap">
      <table className="enterprise-table" data-testid="enterprise-table">
        <caption>{t("tableCaption", { count: rows.length })}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort.column === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.ascending ? "ascending" : "descending") : "none"}
                >
                  <button
                    type="button"
                    onClick={() =>
                      store
                        .getState()
                        .setTableSort({ column: column.key, ascending: active ? !sort.ascending : true })
                    }
                    aria-label={t("sortBy", { column: label(column) })}
                  >
                    {label(column)}
                    <span aria-hidden="true">{active ? (sort.ascending ? " ▲" : " ▼") : ""}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((enterprise) => (
            <tr key={enterprise.id} aria-selected={enterprise.id === selectedId} data-id={enterprise.id}>
              {columns.map((column) =>
                column.key === "name" ? (
                  <th key={column.key} scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        store.getState().select(enterprise.id);
                        store.getState().setMode("graph");
                      }}
                      aria-label={t("selectRow", { name: cellText("name", enterprise, index, lang) })}
                    >
                      {cellText("name", enterprise, index, lang)}
                    </button>
                  </th>
                ) : column.key === "otherName" ? (
                  <td key={column.key} lang={OTHER_LANG[lang]}>
                    {cellText("otherName", enterprise, index, lang)}
                    {lang === "en" && enterprise.name.pinyin && (
                      <span className="pinyin" lang="zh-Latn">
                        {enterprise.name.pinyin}
                      </span>
                    )}
                  </td>
                ) : (
                  <td key={column.key}>{cellText(column.key, enterprise, index, lang)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
