/** Active filters as removable chips, the "N of M shown" count, reset, and the empty state. */
import { nameIn } from "../i18n/lang";
import { levelName, tierName, translateCount } from "../i18n/translate";
import { isFiltered } from "../model/filters";
import { usePaintedView, useStoreApi } from "./storeContext";
import { useLang, usePaintedIndex, usePaintedVisibility, useT } from "./useDerived";

/** `interactive`: chips that remove a filter, and Reset; an embed without controls shows the count alone. */
export function FilterSummary({ interactive = true }: { interactive?: boolean }) {
  const store = useStoreApi();
  const index = usePaintedIndex();
  const lang = useLang();
  const t = useT();
  const { filters } = usePaintedView();
  const visibility = usePaintedVisibility();
  const actions = store.getState();

  const chips: Array<{ key: string; label: string; remove: () => void }> = [
    ...filters.sectors.map((id) => ({
      key: `sector:${id}`,
      label: nameIn(index.dataset.sectors.find((s) => s.id === id)?.name ?? {}, lang, id),
      remove: () => actions.toggleFacetValue("sectors", id),
    })),
    ...filters.regions.map((id) => ({
      key: `region:${id}`,
      label: nameIn(index.regions.get(id)?.name ?? {}, lang, id),
      remove: () => actions.toggleFacetValue("regions", id),
    })),
    ...filters.tiers.map((tier) => ({
      key: `tier:${tier}`,
      label: tierName(lang, tier, index.words),
      remove: () => actions.toggleFacetValue("tiers", tier),
    })),
    ...filters.provenance.map((level) => ({
      key: `prov:${level}`,
      label: levelName(lang, level, index.words),
      remove: () => actions.toggleFacetValue("provenance", level),
    })),
    ...(filters.query.trim() !== ""
      ? [{ key: "query", label: `“${filters.query.trim()}”`, remove: () => actions.setQuery("") }]
      : []),
  ];

  return (
    <div className="filter-summary">
      {/* Not a live region: ViewAnnouncer reads the whole new description once typing pauses. */}
      <p className="result-count" data-testid="result-count">
        {t("shownCount", { shown: visibility.matching.size, total: index.enterprises.size })}
        {visibility.context.size > 0 && (
          <span className="context-count">
            {" "}
            ·{" "}
            {t("contextCount", {
              commanders: translateCount(lang, "commanders", visibility.context.size, index.words),
            })}
          </span>
        )}
      </p>
      {interactive && chips.length > 0 && (
        <ul className="chips" aria-label={t("filters")}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <button
                type="button"
                className="chip"
                onClick={chip.remove}
                aria-label={`${t("removeFilter")}: ${chip.label}`}
              >
                {chip.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {interactive && isFiltered(filters) && (
        <button type="button" className="reset" onClick={() => actions.resetFilters()}>
          {t("resetFilters")}
        </button>
      )}
    </div>
  );
}

export function EmptyState() {
  const store = useStoreApi();
  const t = useT();
  const visibility = usePaintedVisibility();
  if (visibility.matching.size > 0) return null;
  return (
    <div className="empty-state" role="status">
      <p className="empty-title">{t("emptyTitle")}</p>
      <p>{t("emptyHint")}</p>
      <button type="button" onClick={() => store.getState().resetFilters()}>
        {t("resetFilters")}
      </button>
    </div>
  );
}
