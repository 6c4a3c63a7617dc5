/** The embed's way out: the same view in the full explorer, in a new window (a sandbox needs allow-popups). */
import { serializeUrlState } from "../store/urlState";
import { urlHeld } from "../store/urlSync";
import type { ViewStore } from "../store/viewStore";
import { useAppUrl } from "./embedContext";
import { useViewStore } from "./storeContext";
import { useT } from "./useDerived";

const selectViewQuery = (s: ViewStore) => serializeUrlState(urlHeld(s));

export function OpenFullView() {
  const t = useT();
  const query = useViewStore(selectViewQuery);
  const href = `${useAppUrl()}${query}`;
  return (
    <a
      className="open-full-view"
      href={href}
      target="_blank"
      rel="noopener"
      aria-label={t("openFullViewLabel")}
      data-testid="open-full-view"
    >
      {t("openFullView")} ↗
    </a>
  );
}
