/**
 * Bytes of an imported file to text. Decoding is strict (a wrong encoding is reported, never turned
 * into U+FFFD replacement characters), and the harmless leftovers of spreadsheet programs (a byte-order
 * mark, Windows line ends, blank lines at the end) are repaired with a warning.
 */
import { cellProblem, type DatasetProblem } from "../problems";

/** Larger files are refused before a byte is read: parsing and drawing them would not be usable. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; warnings: DatasetProblem[] }
  | { ok: false; errors: DatasetProblem[] };

export function checkFileSize(
  file: string,
  size: number,
  maxBytes = MAX_IMPORT_BYTES,
): DatasetProblem | null {
  if (size <= maxBytes) return null;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return cellProblem(
    { file },
    "too-large",
    `the file is ${mb(size)} MB, more than the ${mb(maxBytes)} MB that can be opened here; split it or remove columns you do not need`,
    `文件大小为 ${mb(size)} MB，超过可打开的上限 ${mb(maxBytes)} MB；请拆分文件或删去不需要的列`,
  );
}

export function decodeText(file: string, bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [notUtf8(file, bytes)] };
  }
  const warnings: DatasetProblem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push(
      cellProblem(
        { file },
        "repaired-bom",
        "removed the byte-order mark at the start of the file (nothing to do)",
        "已删除文件开头的字节顺序标记（无需处理）",
      ),
    );
  }
  if (text.includes("\r")) {
    text = text.replace(/\r\n?/g, "\n");
    warnings.push(
      cellProblem(
        { file },
        "repaired-line-ends",
        "converted Windows or old Mac line ends to plain line ends (nothing to do)",
        "已将 Windows 或旧版 Mac 的换行符转换为标准换行符（无需处理）",
      ),
    );
  }
  const trimmed = text.replace(/(\n[ \t]*)+$/, "");
  if (trimmed.length !== text.length && /\n[ \t]*\n/.test(text.slice(trimmed.length))) {
    warnings.push(
      cellProblem(
        { file },
        "repaired-trailing-blank-lines",
        "ignored the blank lines at the end of the file (nothing to do)",
        "已忽略文件末尾的空行（无需处理）",
      ),
    );
  }
  return { ok: true, text: trimmed, warnings };
}

function notUtf8(file: string, bytes: Uint8Array): DatasetProblem {
  const line = firstBadLine(bytes);
  const where = { file, ...(line === undefined ? {} : { row: line }) };
  if (looksLikeGbk(bytes)) {
    return cellProblem(
      where,
      "not-utf8-gbk",
      'the file is in a Chinese Windows encoding (GBK or GB2312), not UTF-8; save it again as UTF-8 (in Excel: Save As › "CSV UTF-8"; in WPS: Save As › CSV with encoding UTF-8)',
      "文件使用的是 GBK（或 GB2312）编码，而不是 UTF-8；请另存为 UTF-8 格式（Excel：另存为 ›“CSV UTF-8”；WPS：另存为 › CSV，编码选 UTF-8）",
    );
  }
  return cellProblem(
    where,
    "not-utf8",
    "the file is not UTF-8 text; save it again as UTF-8 (or, if it is a workbook such as .xlsx, save the sheet as CSV UTF-8)",
    "文件不是 UTF-8 文本；请另存为 UTF-8（如果是 .xlsx 等工作簿，请将工作表另存为 CSV UTF-8）",
  );
}

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder("gbk", { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}

/** The line (from 1) of the first byte sequence that is not UTF-8, so the reader knows where to look. */
function firstBadLine(bytes: Uint8Array): number | undefined {
  const text = new TextDecoder("utf-8").decode(bytes);
  const at = text.indexOf("\ufffd");
  if (at === -1) return undefined;
  let line = 1;
  for (let i = 0; i < at; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
