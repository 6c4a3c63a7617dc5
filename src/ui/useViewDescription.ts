import { useMemo } from "react";
import { describeView, type ViewDescription } from "../model/describe";
import { createDescriptionText } from "./descriptionText";
import { usePaintedView } from "./storeContext";
import { useLang, usePaintedIndex, usePaintedVisibility } from "./useDerived";

/** The graph's short label and long description for the current view, in the UI language. */
export function useViewDescription(): ViewDescription {
  const index = usePaintedIndex();
  const lang = useLang();
  const { filters, focusSector } = usePaintedView();
  const visibility = usePaintedVisibility();
  return useMemo(
    () => describeView(index, filters, visibility, createDescriptionText(lang, index.words), focusSector),
    [index, filters, visibility, lang, focusSector],
  );
}

/** The id of the element holding the long description (aria-describedby of the graph). */
export const GRAPH_DESCRIPTION_ID = "graph-description";

/** The id of the graph's canvas region (focusable from script, so Escape in the outline can return to it). */
export const GRAPH_REGION_ID = "graph-region";
