/**
 * Pinyin for every name in the Shanxi dataset, written the standard way (GB/T 16159): words joined,
 * tone marks, each word capitalised, an apostrophe before a syllable that starts with a, o or e inside a
 * word ("Lù'ān"), ordinal numbers hyphenated ("Dì-yī"), the particle 的 in lower case. pinyin-pro gives the readings; words come from
 * the place names of the 1958 map and the WORDS list, matched longest first, so every name is cut into
 * words on purpose: a character no word covers is an error, not a guess.
 *
 * Place names read differently from the common reading of their characters; READINGS overrides them,
 * checked by hand against the place names of the 1958 map (see POLYPHONE_PLACES in the dataset tests).
 */
import { pinyin } from "pinyin-pro";

/** Words whose reading pinyin-pro gets wrong in these names, or that are written with a hyphen. */
export const READINGS = {
  洪洞: "hóngtóng",
  解: "xiè",
  解虞: "xièyú",
  繁峙: "fánshì",
  曲沃: "qūwò",
  阳曲: "yángqū",
  河曲: "héqū",
  垣曲: "yuánqū",
  曲醋厂: "qūcùchǎng",
  长子: "zhǎngzǐ",
  第一: "dì-yī",
  第五: "dì-wǔ",
};

/** The words of the enterprise, network and group names that are not place names. */
export const WORDS = [
  ...Object.keys(READINGS),
  "县",
  "市",
  "专区",
  "雁北",
  "晋南",
  "省",
  "全",
  "一",
  "二",
  "三",
  "四",
  "五",
  "未",
  "的",
  "厂",
  "网",
  "大型",
  "中型",
  "国营",
  "具名",
  "农机",
  "农具",
  "修配厂",
  "修配网",
  "农业",
  "机械",
  "煤矿",
  "矿务局",
  "煤炭网",
  "化学",
  "肥料网",
  "动力网",
  "土特产网",
  "土",
  "化肥厂",
  "发电站",
  "动力站",
  "糕点厂",
  "太谷饼",
  "砂锅厂",
  "小米",
  "加工厂",
  "沁州黄",
  "牛肉",
  "大同",
  "阳泉",
  "西山",
  "汾西",
  "山西",
  "磷肥厂",
  "太原",
  "化工厂",
  "热电厂",
  "发电厂",
  "地方",
  "杏花村",
  "酒厂",
  "清徐",
  "毛则渠",
  "石圪节",
  "益源庆",
  "工业",
  "工矿",
  "企业",
  "厂矿",
  "附近",
  "五网",
  "之外",
  "联系",
];

const PUNCTUATION = { "（": "(", "）": ")", "，": "," };
/** Function words stay lower case inside a name. */
const LOWER_CASE = new Set(["的"]);
const VOWEL_START = /^[aoeāáǎàōóǒòēéěè]/;

/** One word's pinyin: joined syllables, apostrophes where needed, first letter capitalised. */
function wordPinyin(word) {
  const reading =
    READINGS[word] ??
    pinyin(word, { type: "array", toneType: "symbol" })
      .map((syllable, i) => (i > 0 && VOWEL_START.test(syllable) ? `'${syllable}` : syllable))
      .join("");
  return LOWER_CASE.has(word) ? reading : reading.charAt(0).toUpperCase() + reading.slice(1);
}

/** Cuts a name into words (longest known word first), digit runs and punctuation. */
function tokens(text, vocabulary) {
  const found = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (/\s/.test(char)) i += 1;
    else if (/\d/.test(char)) {
      const digits = /^\d+/.exec(text.slice(i))[0];
      found.push(digits);
      i += digits.length;
    } else if (char in PUNCTUATION) {
      found.push(PUNCTUATION[char]);
      i += 1;
    } else {
      let length = Math.min(6, text.length - i);
      while (length > 0 && !vocabulary.has(text.slice(i, i + length))) length -= 1;
      if (length === 0)
        throw new Error(`no word for "${char}" in "${text}": add it to WORDS in dataset-pinyin.mjs`);
      found.push(wordPinyin(text.slice(i, i + length)));
      i += length;
    }
  }
  return found;
}

/**
 * A pinyin writer that knows the given place names (without 县/市 suffix) as words:
 * `toPinyin("灵丘县农具修配厂")` is "Língqiū Xiàn Nóngjù Xiūpèichǎng".
 */
export function createPinyin(placeNames) {
  const vocabulary = new Set([...WORDS, ...placeNames]);
  return (text) =>
    tokens(text.replace(/^\[示意\]\s*/, ""), vocabulary).reduce((out, token) => {
      if (out === "") return token;
      if (token === ")" || token === "," || out.endsWith("(")) return `${out}${token}`;
      return `${out} ${token}`;
    }, "");
}
