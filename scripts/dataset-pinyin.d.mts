export const READINGS: Record<string, string>;
export const WORDS: string[];
/** A pinyin writer that knows the given place names (without 县/市 suffix) as words. */
export function createPinyin(placeNames: readonly string[]): (text: string) => string;
