/**
 * Whether a passage is the article's own words. Layout whitespace (line breaks, the full-width spaces
 * between a headline's phrases) is not part of the words, so it is left out on both sides.
 */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u3000]+/g, "");
}

export function isVerbatimIn(articleText: string, passage: string): boolean {
  const words = normaliseWhitespace(passage);
  return words !== "" && normaliseWhitespace(articleText).includes(words);
}
