/**
 * Saves a file with a plain <a download> and an object URL: no library, and it works inside a
 * sandboxed iframe that is given `allow-downloads`.
 */
import type { Lang } from "../i18n/lang";
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers read the URL after click() returns; release it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export function formatBytes(bytes: number, lang: Lang): string {
  const locale = lang === "zh" ? "zh-CN" : "en-GB";
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(kb)} kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}
