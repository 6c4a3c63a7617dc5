/**
 * Ways in for the reader's own data: the "Open data…" button and dropping files anywhere on the page.
 * The import runs in a worker (ui/importRunner.ts); its dialog, with progress and the report, is a
 * separate chunk loaded when first needed.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { ImportProgress, ImportResult } from "../data/import/importFiles";
import { afterNextPaint } from "../lib/frames";
import type { LayoutKind } from "../model/layoutChoice";
import { SECTOR_PALETTE } from "../model/scales";
import { forgetDatasetUrl } from "../store/urlSync";
import { runImport, showDataset } from "./importRunner";
import type { ImportState, TierChoice } from "./importState";
import { useStoreApi } from "./storeContext";
import { useT } from "./useDerived";

const loadDialog = () => import("./ImportDialog");
const ImportDialog = lazy(loadDialog);
const loadLayout = () => import("./importLayout");

type OpenedResult = ImportResult & { ok: true };

/** Imports quicker than this show no progress, only their report. */
const PROGRESS_DELAY_MS = 400;

export function Importer() {
  const store = useStoreApi();
  const t = useT();
  const [state, setState] = useState<ImportState>({ phase: "idle" });
  const running = useRef<AbortController | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // A title the reader gave in the report outlives a re-import of the same files with other hubs.
  const chosenTitle = useRef<{ files: File[]; title: string } | null>(null);
  // A choice of hubs outlives a choice of attributes for the same files, and the other way round.
  const choices = useRef<{ files: File[]; choice: TierChoice } | null>(null);
  // A layout the reader chose outlives a re-import of the same files with other hubs.
  const chosenLayout = useRef<{ files: File[]; kind: LayoutKind } | null>(null);
  // The import as the worker gave it, before any layout, for the report's layout switch.
  const imported = useRef<{ files: File[]; result: OpenedResult } | null>(null);

  /**
   * Lays the imported network out as `wanted` (or as its report suggests), draws it and shows the report.
   * Resolves quietly when `current` was aborted on the way.
   */
  const show = useCallback(
    async (files: File[], opened: OpenedResult, wanted: LayoutKind | undefined, current: AbortController) => {
      const { layOut } = await loadLayout();
      const onProgress = (fraction: number) =>
        setState((s) =>
          s.phase === "working" && s.files === files ? { ...s, progress: { stage: "layout", fraction } } : s,
        );
      const { dataset: laidOut, layout } = await layOut(opened.dataset, wanted, onProgress, current.signal);
      if (current.signal.aborted) return;
      const title = chosenTitle.current?.title;
      const dataset = title === undefined ? laidOut : { ...laidOut, title: { zh: title, en: title } };
      const result = { ...opened, dataset };
      // Drawing a large network holds the main thread; say so before it starts.
      setState({ phase: "drawing", files, result });
      await new Promise<void>((resolve) => afterNextPaint(resolve));
      if (current.signal.aborted) return;
      // The file is not at any URL, so a ?data= left in the address would name another dataset.
      forgetDatasetUrl(window);
      await showDataset(store, dataset);
      if (!current.signal.aborted) setState({ phase: "done", files, result, layout });
    },
    [store],
  );

  const crashed = useCallback(
    (files: File[], current: AbortController) => (error: unknown) => {
      if (current.signal.aborted) return;
      setState({ phase: "crashed", files, reason: error instanceof Error ? error.message : String(error) });
    },
    [],
  );

  const start = useCallback(
    (files: File[], choice: TierChoice = {}) => {
      if (files.length === 0) return;
      if (chosenTitle.current?.files !== files) chosenTitle.current = null;
      if (chosenLayout.current?.files !== files) chosenLayout.current = null;
      const kept = choices.current?.files === files ? choices.current.choice : {};
      const { attributeRoles = kept.attributeRoles, ...hubs } = choice;
      const { attributeRoles: _, ...keptHubs } = kept;
      choices.current = {
        files,
        choice: { ...(choice.tierFrom ? hubs : keptHubs), ...(attributeRoles && { attributeRoles }) },
      };
      running.current?.abort();
      const current = new AbortController();
      running.current = current;
      setState({ phase: "working", files, progress: null, visible: false });
      const timer = window.setTimeout(
        () => setState((s) => (s.phase === "working" && s.files === files ? { ...s, visible: true } : s)),
        PROGRESS_DELAY_MS,
      );
      const onProgress = (progress: ImportProgress) =>
        setState((s) => (s.phase === "working" && s.files === files ? { ...s, progress } : s));
      runImport(
        files,
        { paletteSize: SECTOR_PALETTE.length, ...choices.current.choice },
        onProgress,
        current.signal,
      )
        .then(async (result) => {
          if (current.signal.aborted) return;
          if (result.ok) {
            imported.current = { files, result };
            await show(files, result, chosenLayout.current?.kind, current);
          } else setState({ phase: "done", files, result });
        })
        .catch(crashed(files, current))
        .finally(() => window.clearTimeout(timer));
    },
    [show, crashed],
  );

  /** The report's layout switch: the same import, laid out again (by links once per import). */
  const relayout = useCallback(
    (files: File[], opened: OpenedResult, kind: LayoutKind) => {
      chosenLayout.current = { files, kind };
      running.current?.abort();
      const current = new AbortController();
      running.current = current;
      setState({ phase: "working", files, progress: { stage: "layout", fraction: 0 }, visible: true });
      show(files, opened, kind, current).catch(crashed(files, current));
    },
    [show, crashed],
  );

  const close = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ phase: "idle" });
    buttonRef.current?.focus();
  }, []);

  const dragging = useDroppedFiles(start);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="open-data"
        title={t("openDataLabel")}
        aria-label={t("openDataLabel")}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => inputRef.current?.click()}
      >
        {t("openData")}
      </button>
      <input
        ref={inputRef}
        type="file"
        hidden
        multiple
        accept=".csv,.tsv,.txt,.json,.gexf,.graphml,.xml,text/csv,application/json"
        data-testid="open-data-input"
        onChange={(event) => {
          start([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <p className="drop-overlay-title">{t("dropFiles")}</p>
          <p>{t("dropFilesHint")}</p>
        </div>
      )}
      {state.phase !== "idle" && (state.phase !== "working" || state.visible) && (
        <Suspense fallback={null}>
          <ImportDialog
            state={state}
            onClose={close}
            onRetry={(choice) => {
              if (state.phase === "done") start(state.files, choice);
            }}
            onLayout={(kind) => {
              if (state.phase === "done" && imported.current?.files === state.files)
                relayout(state.files, imported.current.result, kind);
            }}
            onRename={(title) => {
              if (state.phase !== "done" || !state.result.ok) return;
              chosenTitle.current = { files: state.files, title };
              const dataset = { ...state.result.dataset, title: { zh: title, en: title } };
              setState({ phase: "done", files: state.files, result: { ...state.result, dataset } });
              void showDataset(store, dataset);
            }}
          />
        </Suspense>
      )}
    </>
  );
}

/** Files dragged over the page show a drop target; dropped, they are imported. */
function useDroppedFiles(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      void loadDialog();
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file itself and leave the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      onFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragover", onOver);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("drop", onDrop);
    };
  }, [onFiles]);
  return dragging;
}
