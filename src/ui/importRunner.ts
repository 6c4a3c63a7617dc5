/**
 * Runs an import in a Web Worker so that a large file never freezes the page, and swaps the dataset
 * into the store only when the whole import has succeeded: a failed import leaves the screen as it was.
 */
import type { ImportOptions, ImportProgress, ImportResult } from "../data/import/importFiles";
import type { ImportMessage, ImportRequest } from "../data/import/importWorker";
import { problem } from "../data/problems";
import type { Dataset } from "../data/schema";
import { SECTOR_PALETTE } from "../model/scales";
import type { ViewStoreApi } from "../store/viewStore";
import { loadLabelFonts } from "./fontLoading";

/** Resolves with the import's result; rejects if the worker fails, or with an AbortError when `signal` aborts. */
export function runImport(
  files: File[],
  options: ImportOptions,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const worker = new Worker(new URL("../data/import/importWorker.ts", import.meta.url), { type: "module" });
  return new Promise<ImportResult>((resolve, reject) => {
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
    signal?.addEventListener("abort", () => {
      worker.terminate();
      reject(new DOMException("import cancelled", "AbortError"));
    });
    worker.postMessage({ files, options } satisfies ImportRequest);
  });
}

/** Fonts first, so that the new labels are measured with the glyphs they will be drawn with. */
export async function showDataset(store: ViewStoreApi, dataset: Dataset): Promise<void> {
  await loadLabelFonts(dataset).catch(() => undefined);
  store.getState().setDataset(dataset);
}

/** `?data=` sheets: fetched from this site, then imported like dropped files. */
export async function importFromUrls(urls: readonly string[]): Promise<ImportResult> {
  const files: File[] = [];
  const names = urls.map((url) => decodeURIComponent(new URL(url).pathname.split("/").pop() || url));
  for (const [i, url] of urls.entries()) {
    const name = names[i] ?? url;
    const fail = (en: string, zh: string): ImportResult => ({
      ok: false,
      errors: [{ ...problem("", "http", en, zh), file: url }],
      warnings: [],
      format: "csv",
      files: names,
    });
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail(`could not be fetched (${detail})`, `无法获取（${detail}）`);
    }
    if (!response.ok)
      return fail(`could not be fetched (HTTP ${response.status})`, `无法获取（HTTP ${response.status}）`);
    files.push(new File([await response.blob()], name));
  }
  const result = await runImport(files, { paletteSize: SECTOR_PALETTE.length }, () => undefined);
  if (!result.ok) return result;
  // Laid out as the report would suggest: the rule is fetched only now, the layout worker only if needed.
  const { withDefaultLayout } = await import("./importLayout");
  return { ...result, dataset: await withDefaultLayout(result.dataset) };
}
