/**
 * Illustrative county members of the coal, fertiliser, power and specialty networks. The article says
 * county-run and local industry in every network took state plants as commanders but names none, so
 * every works here is invented to show that tier, with a generic name. A group stands either in the
 * counties it lists or in the counties nearest a place (`nearest`: the place, and which ranks of the
 * nearest-first order); its commander is not chosen here but by the pairing rule (build-dataset.mjs).
 */

const NEAR_TAIYUAN = {
  zh: "距太原最近的县之一；该网的统帅都在太原。",
  en: "One of the counties nearest Taiyuan, where all of this network's commanders stand.",
};
const near = (zh, en) => ({ zh: `选在${zh}附近的县。`, en: `County chosen near ${en}.` });
const PRODUCT_KNOWN = {
  zh: "该产品与此县的联系出自常识，未经资料核对。",
  en: "The product's tie to the county is general knowledge, not checked against a source.",
};

const COAL_MINE = { zh: "煤矿", en: "coal mine" };
const NATIVE_FERTILISER = { zh: "土化肥厂", en: "native-fertiliser works" };
const POWER_STATION = { zh: "发电站", en: "power station" };
const ENGINE_STATION = { zh: "动力站", en: "engine station" };

/** Each group: one kind of works, the counties it stands in and why there. */
export const COUNTY_WORKS = [
  {
    sector: "coal",
    works: COAL_MINE,
    where: near("大同", "Datong"),
    counties: ["daren", "zuoyun", "hunyuan", "shuoxian", "pinglu-yanbei"],
  },
  {
    sector: "coal",
    works: COAL_MINE,
    where: near("阳泉", "Yangquan"),
    counties: ["pingding", "yuxian", "shouyang", "xiyang"],
  },
  {
    sector: "coal",
    works: COAL_MINE,
    where: near("太原西山", "Taiyuan's western hills"),
    counties: ["qingxu", "jiaocheng", "yangqu", "wenshui"],
  },
  {
    sector: "coal",
    works: COAL_MINE,
    where: near("汾西矿区", "the Fenxi coalfield"),
    counties: ["lingshi", "xiaoyi", "fenyang", "jiexiu", "huoxian"],
  },
  {
    sector: "fert",
    works: NATIVE_FERTILISER,
    where: NEAR_TAIYUAN,
    nearest: { to: "taiyuan", ranks: [0, 11] },
  },
  {
    sector: "power",
    works: POWER_STATION,
    where: NEAR_TAIYUAN,
    nearest: { to: "taiyuan", ranks: [0, 5] },
  },
  {
    sector: "power",
    works: ENGINE_STATION,
    where: NEAR_TAIYUAN,
    nearest: { to: "taiyuan", ranks: [5, 10] },
  },
  {
    sector: "specialty",
    works: { slug: "cakes", zh: "糕点厂（太谷饼）", en: "pastry works (Taigu cakes)" },
    where: PRODUCT_KNOWN,
    counties: ["taigu"],
  },
  {
    sector: "specialty",
    works: { slug: "sand-pots", zh: "砂锅厂", en: "sand-pot works" },
    where: PRODUCT_KNOWN,
    counties: ["pingding"],
  },
  {
    sector: "specialty",
    works: { slug: "millet", zh: "小米加工厂（沁州黄）", en: "millet works (Qinzhou yellow)" },
    where: PRODUCT_KNOWN,
    counties: ["qinxian"],
  },
  {
    sector: "specialty",
    works: { slug: "beef", zh: "牛肉加工厂", en: "beef-curing works" },
    where: PRODUCT_KNOWN,
    counties: ["pingyao"],
  },
];
