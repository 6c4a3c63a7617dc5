/**
 * One polite live region for the view: it reads the new description when the filters or the
 * language change (after typing pauses) and names the enterprise when the selection changes.
 * Nothing is announced on first load; the graph's aria-describedby covers that.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { nameIn } from "../i18n/lang";
import { roleName } from "../i18n/translate";
import { usePaintedView } from "./storeContext";
import { useLang, usePaintedIndex, useT } from "./useDerived";
import { useViewDescription } from "./useViewDescription";

/** Typing in the search box changes the view on every key; wait for a pause before speaking. */
export const DESCRIPTION_DELAY_MS = 700;

export function ViewAnnouncer() {
  const index = usePaintedIndex();
  const lang = useLang();
  const t = useT();
  const { long } = useViewDescription();
  const { selectedId } = usePaintedView();
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // What was last seen, so that mounting (and StrictMode's second run) announces nothing.
  const previous = useRef({ long, selectedId });

  const announce = useCallback((text: string, delay: number) => {
    clearTimeout(timer.current);
    // Clearing first makes a repeated message count as a change for screen readers.
    setMessage("");
    timer.current = setTimeout(() => setMessage(text), delay);
  }, []);

  useEffect(() => {
    if (long === previous.current.long) return;
    previous.current.long = long;
    announce(long, DESCRIPTION_DELAY_MS);
  }, [long, announce]);

  useEffect(() => {
    if (selectedId === previous.current.selectedId) return;
    previous.current.selectedId = selectedId;
    const enterprise = selectedId ? index.enterprises.get(selectedId) : undefined;
    if (!enterprise) {
      announce(t("announceDeselected"), 50);
      return;
    }
    const sector = index.dataset.sectors.find((s) => s.id === enterprise.sector);
    announce(
      t("announceSelected", {
        name: nameIn(enterprise.name, lang, enterprise.id),
        tier: roleName(lang, enterprise, index.words),
        network: nameIn(sector?.name ?? {}, lang, enterprise.sector),
      }),
      50,
    );
  }, [selectedId, index, lang, t, announce]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="announcer"
    >
      {message}
    </div>
  );
}
