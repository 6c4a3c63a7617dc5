/**
 * The import, off the main thread: files in, progress messages out, then the result. One worker per
 * import, terminated by the page when done or cancelled.
 */
import { type ImportOptions, type ImportProgress, type ImportResult, importFiles } from "./importFiles";

export interface ImportRequest {
  files: File[];
  options: ImportOptions;
}

export type ImportMessage =
  | { type: "progress"; progress: ImportProgress }
  | { type: "result"; result: ImportResult };

const post = (message: ImportMessage) => self.postMessage(message);
// Progress is worth a message only when it has moved visibly.
let lastFraction = -1;

self.addEventListener("message", (event: MessageEvent<ImportRequest>) => {
  const { files, options } = event.data;
  importFiles(files, options, (progress) => {
    if (progress.fraction - lastFraction < 0.02 && progress.fraction < 1) return;
    lastFraction = progress.fraction;
    post({ type: "progress", progress });
  }).then((result) => post({ type: "result", result }));
});
