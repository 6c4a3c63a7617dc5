/** Under the search box: regions the search names, each offered as the region filter instead. */
import { nameIn } from "../i18n/lang";
import { regionsMatching } from "../model/regionSearch";
import { useReaderT } from "./readerMessages";
import { useStoreApi, useViewStore } from "./storeContext";
import { useLang, usePaintedIndex } from "./useDerived";
import "./reader.css";

export function RegionSuggestions() {
  const store = useStoreApi();
  const index = usePaintedIndex();
  const lang = useLang();
  const t = useReaderT();
  const filters = useViewStore((s) => s.filters);
  const matches = regionsMatching(index, filters.query).filter(
    ({ region }) => !filters.regions.includes(region.id),
  );
  if (matches.length === 0) return null;
  return (
    <div className="region-suggestions" data-testid="region-suggestions">
      <p>{t("regionSuggestion")}</p>
      <ul>
        {matches.map(({ region, count }) => (
          <li key={region.id}>
            <button
              type="button"
              onClick={() =>
                store
                  .getState()
                  .setFilters({ ...filters, regions: [...filters.regions, region.id], query: "" })
              }
            >
              {t("regionFilter", { region: nameIn(region.name, lang, region.id), count })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
