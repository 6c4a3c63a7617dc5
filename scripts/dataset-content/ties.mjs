/**
 * The ties the article states outside the five networks (data brief §3.0): Taiyuan's state industrial
 * enterprises with each prefecture (established), Yangquan's and Datong's with nearby local industry
 * (being established), and the province's state plants and mines that sent the 600+ technicians. Every
 * actor here is a group, not one enterprise; every tie is attested, pairing included.
 */
import { unknown } from "./claims.mjs";

export const TIES_SECTOR = {
  id: "ties",
  zh: "五网之外的联系",
  en: "Wider support",
  description: {
    zh: "不属于五个工业网、但原文明确记载的联系：太原市国营工业企业已分别和全省各个专区建立联系；阳泉、大同等市的国营工矿企业正在和附近的地方工业建立联系；全省国营厂矿抽调了第一批六百多名工程技术人员。",
    en: "Ties the article states outside the five networks: Taiyuan's state industrial enterprises have established ties with each prefecture respectively; the state industrial and mining enterprises of Yangquan, Datong and other cities are establishing ties with nearby local industry; the province's state plants and mines have transferred a first batch of more than 600 engineering and technical personnel.",
  },
  quoteId: "q-taiyuan",
};

export const UNNAMED_GROUP = unknown(
  "The article speaks of them as a group and names none of them.",
  "原文把它们作为一个整体提及，未列出任何一家。",
);

/** Hubs: the groups the article names as giving support. */
export const TIE_HUBS = [
  {
    id: "taiyuan-soes",
    zh: "太原市国营工业企业",
    en: "Taiyuan's state industrial enterprises",
    region: "taiyuan",
    quoteId: "q-taiyuan",
    description: {
      zh: "原文提到的群体：太原市的国营工业企业已分别和全省各个专区建立联系，保证供应各专区发展地方工业所需的设备、材料。原文未说明是哪些企业，也未说明哪家与哪个专区联系。",
      en: "The article's group: Taiyuan's state industrial enterprises, which had established ties with each prefecture of the province respectively, to ensure the equipment and materials the prefectures needed for local industry. Which enterprises, and which of them with which prefecture, the article does not say.",
    },
  },
  {
    id: "yangquan-soes",
    zh: "阳泉市国营工矿企业",
    en: "Yangquan's state industrial and mining enterprises",
    region: "yangquan",
    quoteId: "q-yq-dt",
    description: {
      zh: "原文提到的群体：阳泉市的国营工矿企业正在和附近的地方工业建立联系（“阳泉、大同等市”，其他城市未具名）。",
      en: "The article's group: Yangquan's state industrial and mining enterprises, which were establishing ties with nearby local industry (the article says 'Yangquan, Datong and other cities' and names no other).",
    },
  },
  {
    id: "datong-soes",
    zh: "大同市国营工矿企业",
    en: "Datong's state industrial and mining enterprises",
    region: "datong",
    quoteId: "q-yq-dt",
    description: {
      zh: "原文提到的群体：大同市的国营工矿企业正在和附近的地方工业建立联系（“阳泉、大同等市”，其他城市未具名）。",
      en: "The article's group: Datong's state industrial and mining enterprises, which were establishing ties with nearby local industry (the article says 'Yangquan, Datong and other cities' and names no other).",
    },
  },
  {
    id: "province-soes",
    zh: "全省国营厂矿",
    en: "The province's state plants and mines",
    quoteId: "q-600",
    description: {
      zh: "原文提到的群体：全省国营厂矿已经抽调了第一批六百多名工程技术人员，即将出发参加地方工业建设。原文未按企业、工业网或地区细分这一人数。",
      en: "The article's group: the province's state plants and mines had transferred a first batch of more than 600 engineering and technical personnel, about to leave to take part in building local industry. The article gives no breakdown of the figure by enterprise, network or place.",
    },
  },
];

/** The groups on the receiving end, each tied to one hub. */
export const TIE_MEMBERS = [
  ...[
    ["yanbei", "雁北专区", "Yanbei Prefecture"],
    ["xinxian", "忻县专区", "Xinxian Prefecture"],
    ["yuci", "榆次专区", "Yuci Prefecture"],
    ["changzhi", "长治专区", "Changzhi Prefecture"],
    ["jinnan", "晋南专区", "Jinnan Prefecture"],
  ].map(([prefecture, zh, en]) => ({
    id: `local-industry-${prefecture}`,
    zh: `${zh}地方工业`,
    en: `Local industry of ${en}`,
    region: prefecture,
    hub: "taiyuan-soes",
    quoteId: "q-taiyuan",
    support: ["equipment", "materials"],
    status: "established",
    description: {
      zh: `${zh}在建立和发展中的地方工业，原文说太原市国营工业企业已和它建立联系，保证供应所需的设备、材料。`,
      en: `The local industry ${en} was setting up and developing; the article says Taiyuan's state industrial enterprises had established ties with the prefecture to ensure the equipment and materials it needed.`,
    },
  })),
  ...[
    ["yangquan", "阳泉", "Yangquan"],
    ["datong", "大同", "Datong"],
  ].map(([city, zh, en]) => ({
    id: `local-industry-near-${city}`,
    zh: `${zh}附近的地方工业`,
    en: `Local industry near ${en}`,
    hub: `${city}-soes`,
    quoteId: "q-yq-dt",
    support: [],
    status: "in-progress",
    description: {
      zh: `原文说${zh}市的国营工矿企业正在和附近的地方工业建立联系；这种联系在1958年3月尚在建立中。哪些县、哪些企业，原文未说明。`,
      en: `The article says ${en}'s state industrial and mining enterprises were establishing ties with nearby local industry: in March 1958 the ties were being set up. Which counties or enterprises, it does not say.`,
    },
  })),
];
