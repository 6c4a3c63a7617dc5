/**
 * The filter panel and the article's facts. On a narrow screen they fold behind one button, so the
 * graph comes first on a phone instead of below two screens of checkboxes.
 */
import { useId, useState } from "react";
import { activeFilterCount } from "../model/filters";
import type { ViewStore } from "../store/viewStore";
import { DisclosureIcon } from "./DisclosureIcon";
import { AboutSources, FilterPanel } from "./lazyViews";
import { useViewStore } from "./storeContext";
import { useMediaQuery } from "./useColourScheme";
import { useT } from "./useDerived";

export const NARROW_SCREEN = "(max-width: 1000px)";

const selectActiveCount = (s: ViewStore) => activeFilterCount(s.filters);

export function Sidebar() {
  const t = useT();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [open, setOpen] = useState(false);
  const activeCount = useViewStore(selectActiveCount);
  const contentId = useId();
  const shown = !narrow || open;
  return (
    <aside className="sidebar">
      {narrow && (
        <button
          type="button"
          className="sidebar-toggle"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen((value) => !value)}
        >
          <DisclosureIcon open={open} />
          {activeCount > 0 ? t("filtersActive", { count: activeCount }) : t("filters")}
        </button>
      )}
      <div id={contentId} hidden={!shown}>
        {shown && (
          <>
            <FilterPanel />
            <AboutSources />
          </>
        )}
      </div>
    </aside>
  );
}
