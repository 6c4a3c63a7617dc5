/**
 * The agricultural machinery repair and fitting network: 5 large factories, 20 medium factories and a
 * small works in every county are attested; names, sites and zones are not (data brief §3.1).
 */

/**
 * Four medium factories per zone, at the prefecture seat and large county towns (the brief's suggested
 * layout). Where the seat was a city directly under the province in March 1958 (Datong, Yuci, Changzhi),
 * and so not part of the zone's prefecture, the factory stands in the county around that city instead.
 */
export const MEDIUM_SITES = {
  yanbei: ["daren", "shuoxian", "yanggao", "hunyuan"],
  xinxian: ["xinxian-county", "guoxian", "daixian", "wuzhai"],
  yuci: ["yucixian", "fenyang", "jiexiu", "lishan"],
  changzhi: ["luan", "jinchengxian", "qinxian", "gaoping"],
  jinnan: ["linfen", "anyi", "quwo", "hejin"],
};

export const COMMANDER_NUMERALS = ["一", "二", "三", "四", "五"];

const CANDIDATES = {
  zh: "太原重型机器厂、太原矿山机器厂、经纬纺织机械厂（榆次）",
  en: "Taiyuan Heavy Machinery Plant, Taiyuan Mining Machinery Plant, Jingwei Textile Machinery Works (Yuci)",
};

export const commanderDescription = (prefecture) => ({
  zh: `农业机械修配网的五个大型国营厂之一。原文未列出名称和地点。研究中提出的候选（均未证实，不作为其身份）：${CANDIDATES.zh}。此处其负责的片区（${prefecture.zh}）为示意。`,
  en: `One of the five large state factories at the centre of the agricultural machinery repair and fitting network. The article gives neither names nor places. Candidates suggested by research, none confirmed and none used as its identity: ${CANDIDATES.en}. Its zone here, ${prefecture.en}, is illustrative.`,
});

export const TEXT = {
  commanderIdentity: {
    zh: `原文未列出五个大型厂的名称。未证实的候选：${CANDIDATES.zh}。`,
    en: `The article names none of the five large factories. Unconfirmed candidates: ${CANDIDATES.en}.`,
  },
  commanderLocation: {
    zh: "没有资料说明五个大型厂的位置。",
    en: "No source says where the five large factories were.",
  },
  mediumIdentity: {
    zh: "原文未列出二十个中型厂的名称；此处名称为虚拟的通称。",
    en: "The article names none of the twenty medium factories; this generic name is invented.",
  },
  mediumLocation: {
    zh: "按研究简报建议的示意布局：每片四个，位于专区驻地和较大的县城；专区驻地若是省辖市（1958年3月不属该专区），则改放在环绕该市的县。",
    en: "Placed by the research brief's suggested layout: four per zone, at the prefecture seat and large county towns; where the seat was a city under the province (not part of the prefecture in March 1958), in the county around it.",
  },
  smallIdentity: {
    zh: "原文只说每个县都有小型工厂；此处名称为虚拟的通称。",
    en: "The article says only that every county had small factories; this generic name is invented.",
  },
  pairing: {
    zh: "原文只说五个大型厂分片包干，未说明各片的范围；每厂负责一个专区是示意布局，该专区的各厂都与它配对。",
    en: "The article says the five large factories take full charge by area (分片包干) but not of which counties; one prefecture per large factory is a layout choice, and every works in that prefecture is paired with it.",
  },
};
