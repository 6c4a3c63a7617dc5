/**
 * Which dataset files the page opens: each `?data=<url>` that names a file on the page's own origin
 * (relative or absolute), else the default. One JSON, GEXF or GraphML file, or CSV sheets given as
 * several `data=` (`?data=net.nodes.csv&data=net.links.csv`). Another origin is refused: the app
 * fetches nothing from elsewhere (offline use, strict CSP).
 */
export const DATASET_PARAM = "data";

export function datasetUrlsFrom(search: string, baseUrl: string, defaultPath: string): string[] {
  const origin = new URL(baseUrl).origin;
  const urls = new URLSearchParams(search).getAll(DATASET_PARAM).flatMap((requested) => {
    if (!requested) return [];
    try {
      const url = new URL(requested, baseUrl);
      if (url.origin === origin) return [url.href];
      console.warn(`[url] ignored data="${requested}": only files on this site can be opened`);
    } catch {
      console.warn(`[url] ignored data="${requested}": not a file address`);
    }
    return [];
  });
  return urls.length > 0 ? urls : [new URL(defaultPath, baseUrl).href];
}

/** Spreadsheet sheets and graph files go through the import (a worker); a JSON dataset is read directly. */
export function isSpreadsheetUrl(url: string): boolean {
  return /\.(csv|tsv|txt|gexf|graphml|xml)$/i.test(new URL(url).pathname);
}
