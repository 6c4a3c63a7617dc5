/**
 * Says once, on the page, what the opening link asked for that could not be shown (an id this
 * dataset lacks, a value that is not valid): the view would otherwise differ from the link silently.
 */
import { formatList } from "../i18n/lang";
import type { ViewStore } from "../store/viewStore";
import { useStoreApi, useViewStore } from "./storeContext";
import { useLang, useT } from "./useDerived";

const selectDropped = (s: ViewStore) => s.droppedFromLink;

export function LinkNotice() {
  const store = useStoreApi();
  const dropped = useViewStore(selectDropped);
  const lang = useLang();
  const t = useT();
  if (dropped.length === 0) return null;
  const values = formatList(
    lang,
    dropped.map(({ param, value }) => `${param}=${value}`),
  );
  return (
    <div className="link-notice" role="status" data-testid="link-notice">
      <p>{t("linkValuesDropped", { values })}</p>
      <button type="button" onClick={() => store.getState().setDroppedFromLink([])}>
        {t("dismissNote")}
      </button>
    </div>
  );
}
