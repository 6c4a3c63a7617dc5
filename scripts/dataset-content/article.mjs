/**
 * The People's Daily article of 25 March 1958 and the passages quoted from it.
 * Every quote's zh must occur verbatim in the article's Chinese text (the headline and slogan use U+3000 spaces).
 */

export const ARTICLE_META = {
  id: "rmrb-1958-03-25-p3",
  publication: { zh: "人民日报", en: "People's Daily" },
  date: "1958-03-25",
  page: 3,
  dateline: { zh: "新华社太原24日电", en: "Xinhua News Agency, Taiyuan, 24 March 1958" },
  titleZh: "山西发展地方工业的重大措施　国营企业当统帅　出人材　出材料　出设备　分片包干",
};

export const QUOTES = [
  {
    id: "q-headline",
    zh: "国营企业当统帅",
    en: "State-owned enterprises as commanders",
  },
  {
    id: "q-slogan",
    zh: "出人材　出材料　出设备　分片包干",
    en: "Supply talent, supply materials, supply equipment; each takes full charge of an assigned area",
  },
  {
    id: "q-lede",
    zh: "山西省国营工业正在充分挖掘企业内部潜力，全面支援地方工业大跃进",
    en: "Shanxi's state industry is fully tapping the potential within its enterprises to give all-round support to the Great Leap Forward of local industry",
  },
  {
    id: "q-conference",
    zh: "中共山西省委和山西省人民委员会最近召开的国营工业企业会议",
    en: "the State-owned Industrial Enterprises Conference recently convened by the Shanxi Provincial CCP Committee and the Shanxi Provincial People's Committee",
  },
  {
    id: "q-measure-personnel",
    zh: "国营工业企业抽调技术人员，到地方工业和县营工业中去安家落户，为地方工业和县营工业培养技术力量，对地方工业进行技术改造，帮助提高技术水平",
    en: "State-owned industrial enterprises will transfer technical personnel to settle in local and county-run industry, train technical forces for local and county-run industry, carry out the technical transformation of local industry, and help raise its technical level",
  },
  {
    id: "q-measure-zoning",
    zh: "国营工业企业对地方工业和县营工业所需的设备、材料、实行分区包干",
    en: "State-owned industrial enterprises will take full charge, zone by zone, of the equipment and materials that local and county-run industry needs",
  },
  {
    id: "q-measure-networks",
    zh: "建立以国营工业厂矿为中心的工业网，扶植地方工业、县工业发展",
    en: "Establish industrial networks centred on state-owned industrial and mining enterprises to support local and county industry",
  },
  {
    id: "q-600",
    zh: "全省国营厂矿已经抽调了第一批六百多名工程技术人员，即将出发参加地方工业建设",
    en: "state-owned factories and mines throughout the province have transferred a first batch of more than 600 engineering and technical personnel, who are about to depart to take part in local industrial construction",
  },
  {
    id: "q-taiyuan",
    zh: "太原市国营工业企业已经分别和全省的各个专区建立联系，保证充分供应这些专区在建立和发展地方工业中所需的设备、材料",
    en: "State-owned industrial enterprises of Taiyuan have established ties with each prefecture of the province respectively, to ensure a full supply of the equipment and materials these prefectures need in setting up and developing local industry",
  },
  {
    id: "q-yq-dt",
    zh: "阳泉、大同等市的国营工矿企业也正在和附近的地方工业建立联系",
    en: "State-owned industrial and mining enterprises in Yangquan, Datong and other cities are also establishing contacts with nearby local industries",
  },
  {
    id: "q-five",
    zh: "现在全省已经以较大的国营厂矿为中心建立了农业机械、煤炭、化学肥料、动力和土特产等五个网",
    en: "five networks - agricultural machinery, coal, chemical fertilizer, power and local specialties - have been established, centred on larger state-owned factories and mines",
  },
  {
    id: "q-commanders",
    zh: "每个工业网中的县营工业、地方工业都把国营厂矿当统帅",
    en: "County-run and local industries in each network regard the state-owned factories and mines as commanders",
  },
  {
    id: "q-agmach",
    zh: "农业机械修配网的五个大型国营厂，对分片包干的二十个中型厂和每个县的小型工厂，不仅进行系统的技术传授，而且还帮助解决一系列生产、建设上的问题",
    en: "The five large state-owned factories of the agricultural machinery repair and fitting network not only give systematic technical instruction to the twenty medium-sized factories, for which they take full charge by area, and to the small factories of every county, but also help solve a series of production and construction problems",
  },
];
