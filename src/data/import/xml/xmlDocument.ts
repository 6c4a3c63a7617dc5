/**
 * XML text to a DOM, with @xmldom/xmldom: the browser's DOMParser is not available in the import's
 * worker. Parsing is strict: the first well-formedness error stops it and is reported with its line.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { cellProblem, type DatasetProblem } from "../../problems";

export type XmlParse = { ok: true; root: Element } | { ok: false; problem: DatasetProblem };

export function parseXml(file: string, text: string): XmlParse {
  let reason = "";
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level === "warning") return;
        reason = message;
        throw new Error(message);
      },
    }).parseFromString(text, "application/xml");
    const root = document.documentElement;
    if (root) return { ok: true, root };
    reason = "no root element";
  } catch (error) {
    const locator = (error as { locator?: { lineNumber?: number } }).locator;
    const line = locator?.lineNumber;
    return { ok: false, problem: malformed(file, reason || String(error), line) };
  }
  return { ok: false, problem: malformed(file, reason, undefined) };
}

function malformed(file: string, reason: string, line: number | undefined): DatasetProblem {
  return cellProblem(
    { file, ...(line !== undefined && line > 0 && { row: line }) },
    "malformed-xml",
    `the file is not well-formed XML (${reason}); correct it at this line, or save it again from the program that made it`,
    `文件不是格式正确的 XML（${reason}）；请在这一行更正，或用生成它的程序重新保存`,
  );
}

/** The child elements of `parent` named `localName`, in any namespace. */
export function childElements(parent: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1 && (node as Element).localName === localName) found.push(node as Element);
  return found;
}

export function childElement(parent: Element, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

/** The line of an element, as the parser located it. */
export function lineOf(element: Element): number {
  return element.lineNumber ?? 0;
}
