/**
 * Which dataset file the page opens: `?data=<url>` when it names a file on the page's own origin
 * (relative or absolute), else the default. Another origin is refused: the app fetches nothing from
 * elsewhere (offline use, strict CSP).
 */
export const DATASET_PARAM = "data";

export function datasetUrlFrom(search: string, baseUrl: string, defaultPath: string): string {
  const fallback = new URL(defaultPath, baseUrl).href;
  const requested = new URLSearchParams(search).get(DATASET_PARAM);
  if (!requested) return fallback;
  try {
    const url = new URL(requested, baseUrl);
    if (url.origin !== new URL(baseUrl).origin) {
      console.warn(`[url] ignored data="${requested}": only files on this site can be opened`);
      return fallback;
    }
    return url.href;
  } catch {
    return fallback;
  }
}
