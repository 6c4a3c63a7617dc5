/**
 * A small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes). Written here
 * rather than taken from d3-dsv because d3-dsv builds its row objects with `new Function`, which a
 * strict Content-Security-Policy forbids, and because reading in one pass lets it report progress.
 * Values stay text: "007" is not the number 7.
 */

export type Delimiter = "," | ";" | "\t";

export type CsvResult = { ok: true; rows: string[][]; delimiter: Delimiter } | { ok: false; row: number };

/** The delimiter used most often in the first line, outside quotes; a comma when there is none. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n") break;
    else if (!quoted && char in counts) counts[char as Delimiter] += 1;
  }
  const best = (Object.entries(counts) as Array<[Delimiter, number]>).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ",";
}

/**
 * Splits CSV text (line ends already normalised to \n) into rows of cells. Fails with the row where a
 * quoted cell is never closed. `onProgress` receives the share of the text read, now and then.
 */
export function parseCsv(text: string, onProgress?: (fraction: number) => void): CsvResult {
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  if (text.length === 0) return { ok: true, rows, delimiter };
  let row: string[] = [];
  let i = 0;
  let nextReport = 1 << 18;
  while (true) {
    let cell: string;
    if (text[i] === '"') {
      let value = "";
      let from = i + 1;
      let end = text.indexOf('"', from);
      while (end !== -1 && text[end + 1] === '"') {
        value += text.slice(from, end + 1);
        from = end + 2;
        end = text.indexOf('"', from);
      }
      if (end === -1) return { ok: false, row: rows.length + 1 };
      // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
      const rest = endOfCell(text, end + 1, delimiter);
      cell = value + text.slice(from, end) + text.slice(end + 1, rest);
      i = rest;
    } else {
      const end = endOfCell(text, i, delimiter);
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (i >= text.length) {
      rows.push(row);
      return { ok: true, rows, delimiter };
    }
    if (text[i] === "\n") {
      rows.push(row);
      row = [];
      if (onProgress && i > nextReport) {
        onProgress(i / text.length);
        nextReport = i + (1 << 18);
      }
      if (i + 1 === text.length) return { ok: true, rows, delimiter };
    }
    i += 1;
  }
}

function endOfCell(text: string, from: number, delimiter: Delimiter): number {
  let i = from;
  while (i < text.length && text[i] !== delimiter && text[i] !== "\n") i += 1;
  return i;
}
