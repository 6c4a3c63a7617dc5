/**
 * Illustrative county members of the coal, fertiliser, power and specialty networks. The article says
 * county-run and local industry in every network took state plants as commanders but names none, so
 * every works here is invented to show that tier, with a generic name.
 */

const SPREAD = {
  zh: "为使该网覆盖五个专区而选定此县。",
  en: "County chosen to spread the network over the five prefectures.",
};
const near = (zh, en) => ({ zh: `选在${zh}附近的县。`, en: `County chosen near ${en}.` });
const PRODUCT_IN_DICTIONARY = {
  zh: "长治县（1958年属潞安县）的地名词典条目提到该产品。",
  en: "A dictionary entry for 长治县 (part of Lu'an County in 1958) names the product.",
};
const PRODUCT_KNOWN = {
  zh: "该产品与此县的联系出自常识，未经资料核对。",
  en: "The product's tie to the county is general knowledge, not checked against a source.",
};

const COAL_MINE = { zh: "煤矿", en: "coal mine" };
const NATIVE_FERTILISER = { zh: "土化肥厂", en: "native-fertiliser works" };
const POWER_STATION = { zh: "发电站", en: "power station" };
const ENGINE_STATION = { zh: "动力站", en: "engine station" };

/** Each group: one commander, one kind of works, the counties it stands in and why there. */
export const COUNTY_WORKS = [
  {
    sector: "coal",
    commander: "datong-mining",
    works: COAL_MINE,
    where: near("大同", "Datong"),
    counties: ["daren", "zuoyun", "hunyuan", "shuoxian", "pinglu-yanbei"],
  },
  {
    sector: "coal",
    commander: "yangquan-mining",
    works: COAL_MINE,
    where: near("阳泉", "Yangquan"),
    counties: ["pingding", "yuxian", "shouyang", "xiyang"],
  },
  {
    sector: "coal",
    commander: "xishan-mining",
    works: COAL_MINE,
    where: near("太原西山", "Taiyuan's western hills"),
    counties: ["qingxu", "jiaocheng", "yangqu", "wenshui"],
  },
  {
    sector: "coal",
    commander: "fenxi-mining",
    works: COAL_MINE,
    where: near("汾西矿区", "the Fenxi coalfield"),
    counties: ["lingshi", "xiaoyi", "fenyang", "jiexiu", "huoxian"],
  },
  {
    sector: "fert",
    commander: "taiyuan-chem",
    works: NATIVE_FERTILISER,
    where: SPREAD,
    counties: ["yanggao", "yingxian", "dingxiang", "daixian", "wenshui"],
  },
  {
    sector: "fert",
    commander: "shanxi-phos",
    works: NATIVE_FERTILISER,
    where: SPREAD,
    counties: ["taigu", "tunliu", "gaoping", "linyi", "wenxi", "hongzhao"],
  },
  {
    sector: "power",
    commander: "ty-tpp1",
    works: POWER_STATION,
    where: SPREAD,
    counties: ["tianzhen", "hunyuan"],
  },
  {
    sector: "power",
    commander: "ty-tpp1",
    works: ENGINE_STATION,
    where: SPREAD,
    counties: ["fanshi", "hequ", "qixian"],
  },
  {
    sector: "power",
    commander: "ty-tpp2",
    works: POWER_STATION,
    where: SPREAD,
    counties: ["heshun", "qinyuan"],
  },
  {
    sector: "power",
    commander: "ty-tpp2",
    works: ENGINE_STATION,
    where: SPREAD,
    counties: ["pingshun", "xinjiang", "ruicheng"],
  },
  {
    sector: "specialty",
    commander: "qingxu-vinegar",
    works: { slug: "hemp", zh: "潞麻加工厂", en: "hemp works (Lu hemp)" },
    where: PRODUCT_IN_DICTIONARY,
    counties: ["luan"],
  },
  {
    sector: "specialty",
    commander: "qingxu-vinegar",
    works: { slug: "dangshen", zh: "党参加工厂", en: "dangshen (codonopsis) works" },
    where: PRODUCT_IN_DICTIONARY,
    counties: ["luan"],
  },
  {
    sector: "specialty",
    commander: "qingxu-vinegar",
    works: { slug: "cakes", zh: "糕点厂（太谷饼）", en: "pastry works (Taigu cakes)" },
    where: PRODUCT_KNOWN,
    counties: ["taigu"],
  },
  {
    sector: "specialty",
    commander: "qingxu-vinegar",
    works: { slug: "sand-pots", zh: "砂锅厂", en: "sand-pot works" },
    where: PRODUCT_KNOWN,
    counties: ["pingding"],
  },
  {
    sector: "specialty",
    commander: "qingxu-vinegar",
    works: { slug: "millet", zh: "小米加工厂（沁州黄）", en: "millet works (Qinzhou yellow)" },
    where: PRODUCT_KNOWN,
    counties: ["qinxian"],
  },
  {
    sector: "specialty",
    commander: "qingxu-vinegar",
    works: { slug: "day-lilies", zh: "黄花菜加工厂", en: "day-lily works" },
    where: PRODUCT_KNOWN,
    counties: ["daren"],
  },
  {
    sector: "specialty",
    commander: "fenjiu",
    works: { slug: "beef", zh: "牛肉加工厂", en: "beef-curing works" },
    where: PRODUCT_KNOWN,
    counties: ["pingyao"],
  },
  {
    sector: "specialty",
    commander: "fenjiu",
    works: { slug: "ironware", zh: "铁货厂", en: "ironware works" },
    where: PRODUCT_KNOWN,
    counties: ["yangcheng", "jinchengxian"],
  },
  {
    sector: "specialty",
    commander: "fenjiu",
    works: { slug: "pastry", zh: "糕点厂（闻喜煮饼）", en: "pastry works (Wenxi zhubing)" },
    where: PRODUCT_KNOWN,
    counties: ["wenxi"],
  },
  {
    sector: "specialty",
    commander: "fenjiu",
    works: { slug: "jujubes", zh: "板枣加工厂", en: "jujube works" },
    where: PRODUCT_KNOWN,
    counties: ["jishan"],
  },
];
