/**
 * Names in the Shanxi dataset: pinyin is word-joined with tone marks and capitals, place names read as
 * places are read (the polyphone traps below were checked by hand), and the two Pinglu counties differ.
 */
import { describe, expect, it } from "vitest";
import { createPinyin } from "../../scripts/dataset-pinyin.mjs";
import type { Dataset } from "../../src/data/schema";
import { loadShanxi } from "../helpers/shanxiDataset";

/** Place names whose common reading is wrong for the place, and the two Pinglu, as written in the dataset. */
const POLYPHONE_PLACES: Record<string, string> = {
  fanshi: "Fánshì Xiàn",
  quwo: "Qūwò Xiàn",
  yangqu: "Yángqū Xiàn",
  hequ: "Héqū Xiàn",
  yuanqu: "Yuánqū Xiàn",
  xieyu: "Xièyú Xiàn",
  zhangzi: "Zhǎngzǐ Xiàn",
  xixian: "Xí Xiàn",
  yuxian: "Yú Xiàn",
  yingxian: "Yìng Xiàn",
  qinxian: "Qìn Xiàn",
  luan: "Lù'ān Xiàn",
  "changzhi-city": "Chángzhì Shì",
  "pinglu-yanbei": "Pínglǔ Xiàn",
  "pinglu-jinnan": "Pínglù Xiàn",
};

/** Traps outside the March-1958 map (洪洞 and 解县 had merged into 洪赵 and 解虞), for the generator itself. */
const GENERATOR_TRAPS: Record<string, string> = {
  洪洞县: "Hóngtóng Xiàn",
  解县: "Xiè Xiàn",
  繁峙县: "Fánshì Xiàn",
  长子县: "Zhǎngzǐ Xiàn",
  曲沃县: "Qūwò Xiàn",
};

const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const WORD = /^[A-ZĀÁǍÀĒÉĚÈŌÓǑÒ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü'-]*$/;

/** Each word capitalised and tone-marked (the particle "de" excepted), joined by single spaces. */
function pinyinFormatProblems(ds: Dataset): string[] {
  const named = [...ds.sectors, ...ds.regions, ...ds.enterprises];
  return named.flatMap(({ id, name }) => {
    const text = name.pinyin ?? "";
    if (!text) return [`${id}: no pinyin`];
    const bad = text
      .split(" ")
      .map((token) => token.replace(/^\(|[),]$/g, ""))
      .filter(
        (word) =>
          !/^\d+$/.test(word) && word !== "de" && !(WORD.test(word) && TONE_MARK.test(word.toLowerCase())),
      );
    return bad.length > 0 ? [`${id}: "${text}" has ${bad.join(", ")}`] : [];
  });
}

function polyphoneProblems(ds: Dataset): string[] {
  return Object.entries(POLYPHONE_PLACES).flatMap(([id, expected]) => {
    const actual = ds.regions.find((r) => r.id === id)?.name.pinyin;
    return actual === expected ? [] : [`${id}: ${actual}, not ${expected}`];
  });
}

describe("the Shanxi dataset's names", () => {
  it("writes pinyin word-joined, with tone marks and capitals", () => {
    expect(pinyinFormatProblems(loadShanxi())).toEqual([]);
  });

  it("reads the polyphone place names as places, and tells the two Pinglu apart", () => {
    const ds = loadShanxi();
    expect(polyphoneProblems(ds)).toEqual([]);
    const pinglu = ds.regions.filter((r) => r.id.startsWith("pinglu-")).map((r) => r.name.pinyin);
    expect(new Set(pinglu).size).toBe(2);
  });

  it("generates those readings from the characters, also for names off the 1958 map", () => {
    const toPinyin = createPinyin(["洪洞", "解", "繁峙", "长子", "曲沃"]);
    for (const [zh, expected] of Object.entries(GENERATOR_TRAPS)) expect(toPinyin(zh), zh).toBe(expected);
  });

  it("fails on a name with toneless or unjoined pinyin, or a common reading of a place", () => {
    const toneless = loadShanxi();
    const mine = toneless.enterprises.find((e) => e.id === "datong-mining");
    if (mine) mine.name.pinyin = "da tong kuang wu ju";
    expect(pinyinFormatProblems(toneless)).not.toEqual([]);
    const misread = loadShanxi();
    const fanshi = misread.regions.find((r) => r.id === "fanshi");
    if (fanshi) fanshi.name.pinyin = "Fánzhì Xiàn";
    expect(polyphoneProblems(misread)).not.toEqual([]);
  });
});
