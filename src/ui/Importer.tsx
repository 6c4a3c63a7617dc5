/**
 * Ways in for the reader's own data: the "Open data…" button and dropping files anywhere on the page.
 * The import runs in a worker (ui/importRunner.ts); its dialog, with progress and the report, is a
 * separate chunk loaded when first needed.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { ImportProgress } from "../data/import/importFiles";
import { afterNextPaint } from "../lib/frames";
import { SECTOR_PALETTE } from "../model/scales";
import { forgetDatasetUrl } from "../store/urlSync";
import { runImport, showDataset } from "./importRunner";
import type { ImportState, TierChoice } from "./importState";
import { useStoreApi } from "./storeContext";
import { useT } from "./useDerived";

const loadDialog = () => import("./ImportDialog");
const ImportDialog = lazy(loadDialog);

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

  const start = useCallback(
    (files: File[], choice: TierChoice = {}) => {
      if (files.length === 0) return;
      if (chosenTitle.current?.files !== files) chosenTitle.current = null;
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
        .then(async (imported) => {
          if (current.signal.aborted) return;
          const title = chosenTitle.current?.title;
          const result =
            imported.ok && title !== undefined
              ? { ...imported, dataset: { ...imported.dataset, title: { zh: title, en: title } } }
              : imported;
          if (result.ok) {
            // Drawing a large network holds the main thread; say so before it starts.
            setState({ phase: "drawing", files, result });
            await new Promise<void>((resolve) => afterNextPaint(resolve));
            if (current.signal.aborted) return;
            // The file is not at any URL, so a ?data= left in the address would name another dataset.
            forgetDatasetUrl(window);
            await showDataset(store, result.dataset);
          }
          if (!current.signal.aborted) setState({ phase: "done", files, result });
        })
        .catch((error: unknown) => {
          if (current.signal.aborted) return;
          setState({
            phase: "crashed",
            files,
            reason: error instanceof Error ? error.message : String(error),
          });
        })
        .finally(() => window.clearTimeout(timer));
    },
    [store],
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
