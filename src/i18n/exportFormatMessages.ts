/**
 * The export dialog's words for the PDF format and text outlines, in Chinese and English. Out of the
 * main catalogue: the dialog loads on first use, and so do these (the first load has no room).
 */
import type { Lang } from "./lang";

const en = {
  formatPdf: "PDF vector document",
  textAsOutlines: "Text as outlines",
  textAsOutlinesHint:
    "Letters become shapes, so Illustrator, Inkscape and computers without Chinese fonts show them as drawn. The words stay in the file for screen readers.",
  pdfOutlinesNote: "Text is set as outlines, so the PDF shows the same letters everywhere.",
};

export type ExportFormatMessageKey = keyof typeof en;

const zh: Record<ExportFormatMessageKey, string> = {
  formatPdf: "PDF 矢量文档",
  textAsOutlines: "文字转为轮廓",
  textAsOutlinesHint:
    "文字转为图形，在 Illustrator、Inkscape 和未装中文字体的电脑上也照原样显示；文件中仍保留文字，供读屏软件朗读。",
  pdfOutlinesNote: "文字以轮廓绘出，PDF 在任何电脑上显示的字形都相同。",
};

const catalogue: Record<Lang, Record<ExportFormatMessageKey, string>> = { en, zh };

export function exportFormatMessage(lang: Lang, key: ExportFormatMessageKey): string {
  return catalogue[lang][key];
}
