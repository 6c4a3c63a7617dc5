/** The five networks, the kinds of support, and the facts the article states (data brief §1.4). */
import { attested } from "./claims.mjs";

export const SECTORS = [
  {
    id: "agmach",
    zh: "农业机械修配网",
    en: "Agricultural machinery",
    description: {
      zh: "农业机械修配网。原文给出其结构：五个大型国营厂，分片包干的二十个中型厂，以及每个县的小型工厂。",
      en: "Agricultural machinery repair and fitting network (农业机械修配网). The article gives its structure: five large state factories, twenty medium factories of which they take full charge by area (分片包干), and small factories in every county.",
    },
    // The five large factories are drawn as attested records; these two tiers only through invented stand-ins.
    unnamedMembers: [
      {
        tier: "medium",
        count: 20,
        text: { zh: "20家中型工厂", en: "20 medium factories" },
        quoteId: "q-agmach",
      },
      {
        tier: "small",
        text: { zh: "每个县的小型工厂", en: "The small factories of every county" },
        quoteId: "q-agmach",
      },
    ],
  },
  {
    id: "coal",
    zh: "煤炭网",
    en: "Coal",
    description: {
      zh: "煤炭网。原文未列出任何成员。图中的统帅是四个国营矿务局：大同、汾西两局有文献记载，阳泉、西山两局的存在系推断；它们在网中的角色均系推断。",
      en: "Coal network. The article names no member. The commanders shown are four state mining administrations: Datong's and Fenxi's are documented, Yangquan's and Xishan's existence is inferred, and the role of all four is inferred.",
    },
  },
  {
    id: "fert",
    zh: "化学肥料网",
    en: "Chemical fertiliser",
    description: {
      zh: "化学肥料网。1958年初山西的现代化肥产能大多仍在太原建设中；县级成员为示意性的土化肥厂。",
      en: "Chemical fertiliser network. In early 1958 most of Shanxi's modern fertiliser capacity was still being built in Taiyuan; the county members are illustrative native-fertiliser works.",
    },
  },
  {
    id: "power",
    zh: "动力网",
    en: "Power",
    description: {
      zh: "动力网。“动力”既指电力，也指抽水用的蒸汽机、柴油机等动力机械；原文未说明是哪一种。",
      en: "Power network (动力): electricity and also prime movers such as steam and diesel engines for pumping; the article does not say which.",
    },
  },
  {
    id: "specialty",
    zh: "土特产网",
    en: "Local specialties",
    description: {
      zh: "土特产网。其中心也可能是收购或加工公司而非生产厂；所有统帅均为推断，县级成员均为示意。",
      en: "Local specialties network. Its centres may as well have been procurement or processing companies; every commander is inferred and every county member illustrative.",
    },
  },
];

export const SUPPORT_KINDS = [
  { id: "personnel", zh: "技术人员", en: "Technical personnel", quoteId: "q-measure-personnel" },
  { id: "training", zh: "培养技术力量", en: "Training technical forces", quoteId: "q-measure-personnel" },
  {
    id: "tech-transformation",
    zh: "技术改造",
    en: "Technical transformation",
    quoteId: "q-measure-personnel",
  },
  { id: "equipment", zh: "设备", en: "Equipment", quoteId: "q-measure-zoning" },
  { id: "materials", zh: "材料", en: "Materials", quoteId: "q-measure-zoning" },
  { id: "technical-instruction", zh: "技术传授", en: "Technical instruction", quoteId: "q-agmach" },
  {
    id: "problem-solving",
    zh: "帮助解决生产、建设问题",
    en: "Help with production and construction problems",
    quoteId: "q-agmach",
  },
];

const fact = (id, quoteId, zh, en) => ({
  id,
  text: { zh, en },
  provenance: { existence: attested(quoteId) },
});

export const FACTS = [
  fact(
    "fact-headline",
    "q-headline",
    "标题：国营企业当统帅。",
    "The headline: state-owned enterprises as commanders.",
  ),
  fact(
    "fact-slogan",
    "q-slogan",
    "口号：出人材、出材料、出设备，分片包干。",
    "The slogan: supply talent, supply materials, supply equipment; each takes full charge of an assigned area.",
  ),
  fact(
    "fact-lede",
    "q-lede",
    "导语：山西省国营工业正在充分挖掘企业内部潜力，全面支援地方工业大跃进。",
    "The lede: Shanxi's state industry is fully tapping its enterprises' potential to give all-round support to the Great Leap Forward of local industry.",
  ),
  fact(
    "fact-conference",
    "q-conference",
    "中共山西省委和山西省人民委员会最近召开国营工业企业会议，提出国营工业支援地方工业的要求。",
    "The Shanxi Provincial Party Committee and the Provincial People's Committee recently held a conference of state-owned industrial enterprises that set out how state industry should support local industry.",
  ),
  fact(
    "fact-measure-personnel",
    "q-measure-personnel",
    "国营工业企业抽调技术人员到地方工业和县营工业中安家落户，培养技术力量，进行技术改造。",
    "State enterprises are to transfer technical staff to settle in local and county-run industry, train its technical forces and transform its techniques.",
  ),
  fact(
    "fact-measure-zoning",
    "q-measure-zoning",
    "国营工业企业对地方工业和县营工业所需的设备、材料实行分区包干。",
    "State enterprises take full charge, zone by zone, of the equipment and materials that local and county-run industry needs.",
  ),
  fact(
    "fact-measure-networks",
    "q-measure-networks",
    "建立以国营工业厂矿为中心的工业网，扶植地方工业和县工业。",
    "Industrial networks centred on state plants and mines are to be built to foster local and county industry.",
  ),
  fact(
    "fact-600-personnel",
    "q-600",
    "全省国营厂矿已抽调第一批六百多名工程技术人员，即将出发参加地方工业建设。",
    "State plants and mines across the province have transferred a first batch of more than 600 engineering and technical personnel, about to leave for local industrial construction.",
  ),
  fact(
    "fact-taiyuan-prefectures",
    "q-taiyuan",
    "太原市国营工业企业已分别和全省各个专区建立联系，保证供应其发展地方工业所需的设备、材料。",
    "Taiyuan's state industrial enterprises have established ties with each prefecture of the province respectively, to ensure a full supply of the equipment and materials the prefectures need for local industry.",
  ),
  fact(
    "fact-yangquan-datong",
    "q-yq-dt",
    "阳泉、大同等市的国营工矿企业也正在和附近的地方工业建立联系。",
    "State industrial and mining enterprises of Yangquan, Datong and other cities are establishing links with nearby local industry.",
  ),
  fact(
    "fact-five-networks",
    "q-five",
    "全省已以较大的国营厂矿为中心建立农业机械、煤炭、化学肥料、动力和土特产五个网。",
    "Five networks — agricultural machinery, coal, chemical fertiliser, power and local specialties — have been set up around the larger state plants and mines.",
  ),
  fact(
    "fact-commanders",
    "q-commanders",
    "每个工业网中的县营工业、地方工业都把国营厂矿当统帅。",
    "In every network, county-run and local industry treats the state plants and mines as its commanders.",
  ),
  fact(
    "fact-agmach-structure",
    "q-agmach",
    "农业机械修配网有五个大型国营厂，分片包干二十个中型厂和每个县的小型工厂，进行技术传授并帮助解决生产、建设问题。",
    "The agricultural machinery repair and fitting network has five large state factories; they take full charge, by area, of twenty medium factories, and give them and the small factories of every county systematic technical instruction and help with production and construction problems.",
  ),
];
