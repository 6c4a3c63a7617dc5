/**
 * Says so when the filters hide the selected enterprise (its details stay open while the graph fades
 * around a node that is not drawn), and offers to widen the filters to show it or to clear the selection.
 */
import { nameIn } from "../i18n/lang";
import { filtersShowing, isShown } from "../model/reveal";
import { useReaderT } from "./readerMessages";
import "./reader.css";
import { usePaintedView, useStoreApi } from "./storeContext";
import { useLang, usePaintedIndex, usePaintedVisibility } from "./useDerived";

export function HiddenSelectionNotice({ id }: { id: string }) {
  const store = useStoreApi();
  const index = usePaintedIndex();
  const visibility = usePaintedVisibility();
  const { filters } = usePaintedView();
  const lang = useLang();
  const t = useReaderT();
  const enterprise = index.enterprises.get(id);
  if (!enterprise || isShown(visibility, id)) return null;
  return (
    <div className="hidden-selection" role="status" data-testid="hidden-selection">
      <p>{t("hiddenSelection", { name: nameIn(enterprise.name, lang, id) })}</p>
      <div className="hidden-selection-actions">
        <button type="button" onClick={() => store.getState().setFilters(filtersShowing(index, filters, id))}>
          {t("showHidden")}
        </button>
        <button type="button" onClick={() => store.getState().select(null)}>
          {t("clearSelection")}
        </button>
      </div>
    </div>
  );
}
