/**
 * The view as the side panels show it: the store's filters, selection and dataset, handed on once
 * the graph has painted the frame that shows a change. A click on a facet or a node reaches the
 * graph (and the control itself) at once; the counts, outline, summary, details and descriptions
 * follow after that frame, so the graph's frame never waits for their rendering and layout. Changes
 * the panels do not show (hover, outline focus, camera) do not reach them.
 */
import type { Dataset } from "../data/schema";
import { afterNextPaint } from "../lib/frames";
import type { Filters } from "../model/filters";
import type { ViewStore, ViewStoreApi } from "../store/viewStore";

export interface PaintedView {
  dataset: Dataset | null;
  filters: Filters;
  selectedId: string | null;
  focusSector: string | null;
}

export const panelView = (state: ViewStore): PaintedView => ({
  dataset: state.dataset,
  filters: state.filters,
  selectedId: state.selectedId,
  focusSector: state.focusSector,
});

export const samePanelView = (a: PaintedView, b: PaintedView) =>
  a.dataset === b.dataset &&
  a.filters === b.filters &&
  a.selectedId === b.selectedId &&
  a.focusSector === b.focusSector;

/**
 * Calls `publish` with the panels' view after the frame following each change to it; changes before
 * that frame are handed on together. Returns the unsubscribe function.
 */
export function followAfterPaint(store: ViewStoreApi, publish: (view: PaintedView) => void): () => void {
  let cancel: (() => void) | null = null;
  const unsubscribe = store.subscribe((state, previous) => {
    if (cancel || samePanelView(panelView(state), panelView(previous))) return;
    cancel = afterNextPaint(() => {
      cancel = null;
      publish(panelView(store.getState()));
    });
  });
  return () => {
    unsubscribe();
    cancel?.();
    cancel = null;
  };
}
