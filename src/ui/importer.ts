/**
 * Runs an import in a Web Worker so that a large file never freezes the page, and swaps the dataset
 * into the store only when the whole import has succeeded: a failed import leaves the screen as it was.
 */
import type { ImportOptions, ImportProgress, ImportResult } from "../data/import/importFiles";
import type { ImportMessage, ImportRequest } from "../data/import/importWorker";
import type { Dataset } from "../data/schema";
import type { ViewStoreApi } from "../store/viewStore";
import { loadLabelFonts } from "./fontLoading";

export interface RunningImport {
  /** null when cancelled. */
  result: Promise<ImportResult | null>;
  cancel(): void;
}

export function runImport(
  files: File[],
  options: ImportOptions,
  onProgress: (progress: ImportProgress) => void,
): RunningImport {
  const worker = new Worker(new URL("../data/import/importWorker.ts", import.meta.url), { type: "module" });
  let settle: (result: ImportResult | null) => void = () => undefined;
  const result = new Promise<ImportResult | null>((resolve, reject) => {
    settle = resolve;
    worker.addEventListener("message", (event: MessageEvent<ImportMessage>) => {
      if (event.data.type === "progress") onProgress(event.data.progress);
      else {
        worker.terminate();
        resolve(event.data.result);
      }
    });
    worker.addEventListener("error", (event) => {
      worker.terminate();
      reject(new Error(event.message || "the import worker failed"));
    });
  });
  worker.postMessage({ files, options } satisfies ImportRequest);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}

/** Fonts first, so that the new labels are measured with the glyphs they will be drawn with. */
export async function showDataset(store: ViewStoreApi, dataset: Dataset): Promise<void> {
  await loadLabelFonts(dataset).catch(() => undefined);
  store.getState().setDataset(dataset);
}
