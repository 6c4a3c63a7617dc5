/**
 * Search that matches Chinese, English and pinyin with or without tone marks or spaces:
 * "Lingqiu", "líng qiū", "灵丘" and "lingqiu county" all find 灵丘县.
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s'’·\-_()（）[\]【】,，.。]+/g, "");
}

export function matchesQuery(searchText: string, query: string): boolean {
  const needle = normaliseSearchText(query);
  return needle === "" || searchText.includes(needle);
}
