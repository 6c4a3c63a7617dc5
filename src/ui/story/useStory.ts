/**
 * The open story (store.story): loads its file, checks it against the dataset, and applies the view of
 * each step it arrives at, whoever moved it there (the bar's buttons, keys or swipe, the URL, Back,
 * or a host page's goToStep message). Leaving the story keeps the last step's view.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { DatasetProblem } from "../../data/problems";
import { loadStoryFromUrl, type Story, type StoryStep } from "../../data/story";
import { EMPTY_FILTERS } from "../../model/filters";
import { urlHeld } from "../../store/urlSync";
import type { ViewStore, ViewStoreApi } from "../../store/viewStore";
import { useGraphHandle } from "../graphHandle";
import { useStoreApi, useViewStore } from "../storeContext";

const selectFile = (s: ViewStore) => s.story?.file ?? null;
const selectStep = (s: ViewStore) => s.story?.step ?? 1;
const selectDataset = (s: ViewStore) => s.dataset;

export type StoryLoad =
  | { status: "loading" }
  | { status: "failed"; errors: DatasetProblem[] }
  | {
      status: "ready";
      story: Story;
      step: number;
      goTo(step: number): void;
      /** Back to the first step and its view, even from the first step after the reader moved away. */
      restart(): void;
    };

/**
 * Puts the step's view in the store. The graph moves its camera for what changed (GraphView.tsx: new
 * filters re-pack and frame, a focus frames the network, a selection its neighbourhood); the return
 * value says whether anything will, so that a step that changes none of them can frame it itself.
 */
export function applyStepView(store: ViewStoreApi, step: StoryStep): { cameraMoves: boolean } {
  const state = store.getState();
  const { sectors, regions, tiers, provenance, focus, select } = step.view;
  const filters = { ...EMPTY_FILTERS, sectors, regions, tiers, provenance };
  const sameFilters = JSON.stringify(filters) === JSON.stringify({ ...state.filters, query: "" });
  const focusSector = focus ?? null;
  const selectedId = select ?? null;
  state.applyUrlState({ ...urlHeld(state), filters, focusSector, selectedId, mode: "graph", viewport: null });
  const cameraMoves =
    !sameFilters ||
    state.filters.query !== "" ||
    (focusSector !== null && focusSector !== state.focusSector) ||
    (selectedId !== null && selectedId !== state.selectedId);
  return { cameraMoves };
}

/** What loading a story file came to (the step and restart are added as the hook returns). */
type LoadResult =
  | { status: "failed"; errors: DatasetProblem[] }
  | { status: "ready"; story: Story; goTo(step: number): void };

export function useStory(onLegend: (open: boolean) => void): StoryLoad {
  const store = useStoreApi();
  const file = useViewStore(selectFile);
  const wanted = useViewStore(selectStep);
  const dataset = useViewStore(selectDataset);
  const [loaded, setLoaded] = useState<{ file: string; result: LoadResult } | null>(null);
  const graph = useGraphHandle();
  const onLegendRef = useRef(onLegend);
  onLegendRef.current = onLegend;

  useEffect(() => {
    if (file === null || dataset === null) return;
    let cancelled = false;
    loadStoryFromUrl(file, document.baseURI, dataset).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        for (const error of result.errors) console.warn(`[story] ${error.path}: ${error.en}`);
        setLoaded({ file, result: { status: "failed", errors: result.errors } });
        return;
      }
      const { story } = result;
      const goTo = (step: number) => {
        const current = store.getState().story;
        if (!current || step < 1 || step > story.steps.length) return;
        store.getState().setStory({ ...current, step });
      };
      setLoaded({ file, result: { status: "ready", story, goTo } });
    });
    return () => {
      cancelled = true;
    };
  }, [file, dataset, store]);

  const story = loaded?.file === file && loaded.result.status === "ready" ? loaded.result.story : null;
  const step = story ? Math.min(Math.max(1, wanted), story.steps.length) : wanted;

  // A step past the end (a link, a host's message) opens the last one, and the URL says so.
  useEffect(() => {
    if (story && step !== wanted) store.getState().setStory({ file: file ?? "1", step });
  }, [story, step, wanted, file, store]);

  const applied = useRef<{ story: Story; step: number } | null>(null);
  // Shows step `step` of `story`, the one applied before being `applied.current`.
  const show = useCallback(
    (story: Story, step: number) => {
      const shown = story.steps[step - 1];
      if (!shown) return;
      const previous = applied.current;
      applied.current = { story, step };
      const { cameraMoves } = applyStepView(store, shown);
      if (!cameraMoves) {
        const { focus } = shown.view;
        const dataset = store.getState().dataset;
        const ids =
          focus && dataset
            ? dataset.enterprises.filter((e) => e.sector === focus).map((e) => e.id)
            : undefined;
        graph.current?.fit(ids);
      }
      // The legend opens for a step that shows it and closes after it; one the reader opened stays open.
      const hadLegend = previous?.story === story && story.steps[previous.step - 1]?.view.legend === true;
      if (shown.view.legend !== hadLegend) onLegendRef.current(shown.view.legend);
    },
    [store, graph],
  );
  useEffect(() => {
    if (!story) return;
    const previous = applied.current;
    if (previous?.story === story && previous.step === step) return;
    show(story, step);
  }, [story, step, show]);

  if (!loaded || loaded.file !== file) return { status: "loading" };
  if (loaded.result.status !== "ready") return loaded.result;
  const ready = loaded.result;
  const restart = () => {
    // The URL first, so that the view applied below is written with step 1.
    store.getState().setStory({ file: file ?? "1", step: 1 });
    show(ready.story, 1);
  };
  return { ...ready, step, restart };
}
