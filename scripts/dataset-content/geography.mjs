/**
 * The March-1958 administrative map (data brief §2.2): five prefectures and five directly administered
 * cities; the 95 counties come from regions-1958-03.json. Ordered so that zone N of the agricultural
 * machinery network is PREFECTURES[N - 1]. `countySources` (default: `sources`) list the sources
 * for the prefecture's county membership.
 */

export const PREFECTURES = [
  {
    id: "yanbei",
    zh: "雁北专区",
    en: "Yanbei Prefecture",
    seat: "datong",
    sources: ["src-jawiki-datong", "src-datong-jianshi", "src-xzqh-1949-1999"],
    countySources: ["src-jawiki-datong", "src-datong-jianshi"],
  },
  {
    id: "xinxian",
    zh: "忻县专区",
    en: "Xinxian Prefecture",
    seat: "xinxian-county",
    sources: ["src-jawiki-datong"],
  },
  { id: "yuci", zh: "榆次专区", en: "Yuci Prefecture", seat: "yuci-city", sources: ["src-newton-yuci"] },
  {
    id: "changzhi",
    zh: "长治专区",
    en: "Changzhi Prefecture",
    seat: "changzhi-city",
    sources: ["src-dict-changzhi", "src-jincheng-dangshi"],
    // The party-history report shows only that the prefectural committee met in December 1957.
    countySources: ["src-dict-changzhi"],
  },
  {
    id: "jinnan",
    zh: "晋南专区",
    en: "Jinnan Prefecture",
    seat: "linfen",
    sources: ["src-jawiki-jinnan", "src-xzqh-1949-1999"],
    countySources: ["src-jawiki-jinnan"],
  },
];

/** Sources for the status of each city in March 1958, with the brief's confidence. */
export const CITY_SOURCES = {
  taiyuan: { sources: ["src-xzqh-1949-1999"], confidence: "high" },
  datong: { sources: ["src-datong-jianshi"], confidence: "high" },
  yangquan: { sources: ["src-xzqh-1949-1999"], confidence: "high" },
  "changzhi-city": { sources: ["src-dict-changzhi"], confidence: "high" },
  "yuci-city": { sources: ["src-newton-yuci"], confidence: "medium" },
};

/** Counties formed by the 1954 mergers, cited to the chronology that dates them as well. */
export const MERGED_COUNTIES = [
  "daren",
  "luan",
  "lishan",
  "hongzhao",
  "xiangfen",
  "wanrong",
  "linyi",
  "xieyu",
];

/** The one county whose existence beside 榆次市 rests on a single source. */
export const COUNTY_CONFIDENCE = { yucixian: "medium" };

/**
 * The county 忻县 shares its id with its prefecture in the regions file; region ids must be unique,
 * so the county is renamed.
 */
export const RENAMED_REGION_IDS = { xinxian: "xinxian-county" };

/**
 * Bases of the English names where the regions file's toneless pinyin column will not do: it gives
 * English for 榆次县 and adds the characters to the two "Pinglu". (The pinyin field itself is generated.)
 */
export const PINYIN_OVERRIDES = { yucixian: "Yuci", "pinglu-yanbei": "Pinglu", "pinglu-jinnan": "Pinglu" };

/** The two Pinglu counties (平鲁, 平陆) read the same in English. */
export const EN_OVERRIDES = {
  "pinglu-yanbei": "Pinglu County (Yanbei)",
  "pinglu-jinnan": "Pinglu County (Jinnan)",
};

/**
 * How far a modern seat point stands for the 1958 seat, from the regions file's coordinate label: a seat
 * believed unchanged is documented by the modern geodata (at medium confidence, since it is modern); any
 * other is only inferred, with the regions file's note.
 */
export const SEAT_LEVEL = {
  "likely-unchanged": "documented",
  check: "inferred",
  "differs-or-unknown": "inferred",
};

export const SEAT_RATIONALE = {
  check: {
    en: "The point is the seat of the modern unit today; whether the 1958 seat stood there was not checked.",
    zh: "此点是今天对应政区驻地的位置；1958年的驻地是否在此未经核实。",
  },
  "differs-or-unknown": {
    en: "The point is the seat of the modern unit today; the 1958 seat is known or suspected to have stood elsewhere.",
    zh: "此点是今天对应政区驻地的位置；已知或怀疑1958年的驻地在别处。",
  },
};
