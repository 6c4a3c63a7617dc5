/**
 * Search that matches Chinese, English and pinyin with or without tone marks, tone numbers or
 * spaces: "Lingqiu", "líng qiū", "ling2 qiu1", "灵丘" and "lingqiu county" all find 灵丘县.
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s'’·\-_()（）[\]【】,，.。]+/g, "");
}

/**
 * The forms a typed query is tried in. Latin-only queries may be pinyin typed the way input
 * methods accept it: tone numbers after syllables ("ling2qiu1") and "v" for "ü" ("lv" for 吕).
 * The literal form comes first, so ids and English words with digits still match as typed.
 */
export function searchVariants(query: string): string[] {
  const needle = normaliseSearchText(query);
  if (needle === "" || !/^[a-z0-9]+$/.test(needle)) return [needle];
  const variants = new Set([needle]);
  const toneless = needle.replace(/([a-z])[1-5]/g, "$1");
  variants.add(toneless);
  variants.add(toneless.replace(/v/g, "u"));
  return [...variants];
}

/**
 * `searchText`: an enterprise's names, then optionally a line of its places (see placeSearchText).
 * A name matches anywhere in it; a place only from its start, so "Yanbei" or "雁北" finds Yanbei's
 * enterprises while one letter does not find every enterprise of a place that has it.
 */
export function matchesQuery(searchText: string, query: string): boolean {
  const variants = searchVariants(query);
  if (variants[0] === "") return true;
  const cut = searchText.indexOf("\n");
  const names = cut === -1 ? searchText : searchText.slice(0, cut);
  const places = cut === -1 ? "" : searchText.slice(cut);
  return variants.some((variant) => names.includes(variant) || places.includes(`|${variant}`));
}

/**
 * A place's names as searched (see matchesQuery): each from a "|", so that a search matches a place
 * from the start of one of its names.
 */
export function placeSearchText(names: ReadonlyArray<string | undefined>): string {
  return names.map((name) => `|${normaliseSearchText(name ?? "")}`).join("");
}
